"""Participant certificates: one document and one PDF per row of a workbook, and one combined PDF.

Run from any folder (the documents go into ``out/apliecinajumi/`` there)::

    python examples/apliecinajumi.py                      # examples/dalibnieki.xlsx
    python examples/apliecinajumi.py mani_dalibnieki.xlsx # your own workbook

What it shows: :func:`reportkit.run_batch` with ``pdf=True`` and ``combine=True`` over a
workbook as Excel stores it (dates as date-times, amounts as floating-point numbers), and a
template (``examples/apliecinajums.docx``) whose Latvian forms all come from filters: the name
in the dative (``decline_person``), the town and the country in the locative (``decline``,
``country``), the dates (``format_date_range``, ``format_date``), the amount in figures and in
words (``format_money``, ``amount_in_words``). The template is checked against the workbook's
columns before the first row, so a misspelt column stops the batch with one line. The template
also declares its columns and their types (its ``reportkit-rows`` document property:
``dzimte: gender``, ``summa: money``, ``sākums: date`` …), so each row is checked like a data
file: a bad cell is one line at its cell (``dalibnieki.xlsx:Dalībnieki!K5: summa: …``), that
row gives no certificate, and the others are written.

Needs LibreOffice for the PDFs (reportkit finds it on PATH or in its usual install folders).
Exit status: 0 all written, 1 some rows failed (the others are written), 2 nothing written.
"""

# Latviski: šis skripts katram darbgrāmatas dalībniekam (katrai rindai) izveido apliecinājumu
# Word (.docx) un PDF formātā, un vēl vienu kopīgu PDF ar visiem apliecinājumiem drukāšanai.
# Palaidiet to komandrindā: python examples/apliecinajumi.py
# Dokumenti tiek ierakstīti mapē out/apliecinajumi/ tajā mapē, kurā skriptu palaižat.

from __future__ import annotations

import sys
from pathlib import Path

import reportkit
from reportkit import lv
from reportkit.jobs import BatchResult

HERE = Path(__file__).resolve().parent
# Veidne: parasts Word dokuments ar birkām {{ … }}; to var atvērt un mainīt Word programmā.
TEMPLATE = HERE / "apliecinajums.docx"
# Dalībnieku saraksts: pirmajā rindā kolonnu nosaukumi, tālāk viena rinda katram dalībniekam.
PARTICIPANTS = HERE / "dalibnieki.xlsx"
OUT = Path("out") / "apliecinajumi"


def make_certificates(participants: Path, out: Path) -> BatchResult:
    """Render the certificate for every row of ``participants`` into ``out``, each also as a
    PDF, plus ``<workbook>_visi.docx`` and ``.pdf`` holding them all in row order."""
    return reportkit.run_batch(
        TEMPLATE, participants, out,
        # Faila nosaukums no kolonnām: 2019/1 kļūst par 2019_1 (slīpsvītra nav atļauta).
        name="{numurs}_{uzvārds}_{vārds}.docx",
        pdf=True,       # katram apliecinājumam arī PDF
        combine=True,   # un viens kopīgs dokuments (un PDF) ar visiem, drukāšanai
    )


def main(argv: list[str]) -> int:
    participants = Path(argv[0]) if argv else PARTICIPANTS
    try:
        result = make_certificates(participants, OUT)
    except reportkit.ReportkitError as error:
        # Kļūda veidnē vai tabulā (piemēram, kolonnas nosaukumā): neviens dokuments netika
        # ierakstīts. Katra problēma ir viena rinda ar vietu, kur tā ir.
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    # Rinda ar kļūdu (piemēram, summa nav skaitlis) dokumentu nedod, bet pārējās rindas ir
    # ierakstītas. Kādas kolonnas un vērtības vajag, veidnē saka īpašība reportkit-rows.
    for problem in result.problems:
        print(problem, file=sys.stderr)
    # Skaitļa un vārda saskaņojumu (1 apliecinājums, 10 apliecinājumi) raksta reportkit.lv.
    print(f"{lv.count(len(result.written), 'apliecinājums')}, {len(result.pdfs)} PDF; "
          "drukāšanai:")
    for path in result.combined:
        print(f"  {path}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
