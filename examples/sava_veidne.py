"""A template of your own, made from scratch with python-docx, checked, then filled.

Run from any folder (everything goes into ``out/`` there)::

    python examples/sava_veidne.py                              # make the template, check, fill
    python examples/sava_veidne.py out/projekta_kartite.docx    # check and fill your edited copy

The first run writes ``out/projekta_kartite.docx``, a one-page project card: the title and
number, the applicant, the period in words and its length, the budget in figures and in words,
a table of partners and one of the planned mobilities. Any .docx is a template; here
python-docx writes it, so a programmer sees every tag. Open it in Word, change it, save it, and
run the script again with its path: it is checked before anything is filled.

What it shows: :meth:`reportkit.Template.check` with the model the template is meant for
(:class:`reportkit.Project`) finds every problem at once, each at its place as Word shows it
(``projekta_kartite.docx, body, paragraph 1 ("Projekts „»{{ titel }}«”"): 'titel' is not a
field of Project (did you mean 'title'?)``); only a template without problems is filled, with
:func:`reportkit.render_file`, for each project of the examples. The command line does the same
check: ``reportkit check out/projekta_kartite.docx --kind project``.

Exit status: 0 filled, 2 the template has problems (printed, one a line; nothing filled).
"""

# Latviski: skripts izveido savu Word veidni (projekta kartīti), pārbauda to un aizpilda ar
# piemēru projektu datiem. Veidni out/projekta_kartite.docx varat atvērt Word programmā,
# mainīt un saglabāt; tad palaidiet skriptu ar tās ceļu, un tas vispirms pārbaudīs birkas.
# Palaidiet: python examples/sava_veidne.py

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import docx

import reportkit

HERE = Path(__file__).resolve().parent
PROJECTS = [HERE / "003_projekta_apraksts.yaml", HERE / "006_kulturas_mantojums.yaml",
            HERE / "007_eez_projekts.yaml"]
OUT = Path("out")

# Veidnes rindkopas. Birkās {{ … }} ir datu lauki; aiz | ir filtrs, kas raksta latvisko formu:
# datumu locījumā, summu vārdiem, skaitli ar saskaņotu lietvārdu. Pašā veidnē šādu formu nav.
PARAGRAPHS = [
    "Projekts „{{ title }}”",
    "{%p if code %}",
    "Projekta numurs: {{ code }}",
    "{%p endif %}",
    "Pieteicējs: {{ applicant.name }}",
    "Projekta laiks: {{ period.start|format_date_range(period.end) }} "
    "({{ period.start|format_duration(period.end) }})",
    "{%p if budget %}",
    "Budžets: {{ budget.total|format_money }} ({{ budget.total|amount_in_words }})",
    "{%p endif %}",
]


def make_template(path: Path) -> Path:
    """Write the project card template to ``path``: paragraphs, then two tables whose rows
    repeat with ``{%tr for %}``; each tag is in one run, so Word's formatting never splits it."""
    document = docx.Document()
    document.add_heading("Projekta kartīte", level=1)
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    _repeating_table(document, "partners", "p", ["Partneris", "Valsts"],
                     ["{{ p.name }}", "{{ p.country|country }}"])
    _repeating_table(document, "mobilities", "m", ["Mobilitāte", "Vieta", "Skaits"],
                     ["{{ m.title }}",
                      "{{ m.place|decline('loc') }}, {{ m.country|country(case='loc') }}",
                      "{{ m.count|count('mobilitāte') }}"])
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _repeating_table(document: object, items: str, item: str, header: list[str],
                     cells: list[str]) -> None:
    """A table shown only when ``items`` is not empty: a header row, then one row per item."""
    add_paragraph = document.add_paragraph  # type: ignore[attr-defined]
    add_table = document.add_table  # type: ignore[attr-defined]
    add_paragraph(f"{{%p if {items} %}}")
    table = add_table(rows=4, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    table.rows[1].cells[0].text = f"{{%tr for {item} in {items} %}}"
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        cell.text = text
    table.rows[3].cells[0].text = "{%tr endfor %}"
    add_paragraph("{%p endif %}")


def main(argv: list[str]) -> int:
    template_file = Path(argv[0]) if argv else make_template(OUT / "projekta_kartite.docx")
    try:
        template = reportkit.Template(template_file)
        # Pārbaude: vai birkas ir aizvērtas, filtri zināmi un lauki ir projekta datos.
        problems = template.check(reportkit.Project)
        if problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            return 2
        print(f"ok: {template_file}")
        for data in PROJECTS:
            # Brīdinājumi (piemēram, programmas teksts nav apstiprināts kā oficiāls) netraucē
            # dokumentam; katrs ir viena rinda ar datu faila rindu.
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", reportkit.errors.DataWarning)
                written = reportkit.render_file(data, template=template_file,
                                                out=OUT / f"kartite_{data.stem}.docx")
            for warning in caught:
                print(f"warning: {warning.message}", file=sys.stderr)
            print(*written, sep="\n")
    except reportkit.ReportkitError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
