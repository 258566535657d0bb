"""A final report from the report file and a workbook of the money spent, or nothing at all.

Run from any folder (the report goes into ``out/`` there)::

    python examples/nosleguma_zinojums.py
    python examples/nosleguma_zinojums.py zinojums.yaml izlietotais.xlsx

What was done (mobilities, activities, results, the signatory) is the coordinator's report file,
``examples/005_nosleguma_zinojums.yaml``, which names its project file
(``003_projekta_apraksts.yaml``, with the budget granted per category). The money spent is the
bookkeeper's workbook, ``examples/izlietotais_budzets.xlsx``: a row per cost category, by the
Latvian name the programme gives it (``Ceļa izdevumi``, ``Kursu maksa`` …), with the amount
spent, and a last row ``Kopā`` with the total as typed. The script reads the workbook with
:func:`reportkit.read_table` (amounts arrive as exact numbers, never floats), puts its figures
into the report in place of the file's, checks the whole with :func:`reportkit.load`, and
renders the built-in final report to ``out/nosleguma_zinojums.docx`` and ``.pdf``.

What it shows: a report is written only when every figure adds up. :class:`reportkit.FinalReport`
refuses a total that is not the sum of its categories and a category the project's budget does
not have; the script puts each such problem at its row of the workbook
(``izlietotais_budzets.xlsx:6: spent_total: is 21489.95, but the categories in 'spent' add up to
21389.95``), prints it and writes nothing, not even the .docx. The differences per category,
the share spent, what the programme pays and the balance are computed by the model.

Exit status: 0 written, 2 nothing written (the problems are printed, one a line).
"""

# Latviski: skripts no noslēguma ziņojuma faila (kas paveikts) un izlietotā budžeta
# darbgrāmatas (cik iztērēts) izveido noslēguma ziņojumu (Word un PDF). Ja kāda summa
# nesakrīt (piemēram, rinda „Kopā” nav kategoriju summa), tas neraksta neko un pasaka, kurā
# darbgrāmatas rindā ir kļūda.
# Palaidiet: python examples/nosleguma_zinojums.py

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportkit
from reportkit import DataError, Problem

HERE = Path(__file__).resolve().parent
REPORT = HERE / "005_nosleguma_zinojums.yaml"
SPENT = HERE / "izlietotais_budzets.xlsx"
OUT = Path("out")
TOTAL_ROW = "Kopā"  # the label of the workbook's total row, as the bookkeeper typed it


@dataclass
class Spending:
    """What the workbook says: spent per category key, the total row, and the workbook row
    each came from (so a problem can be shown where the bookkeeper can fix it). The amounts
    are the cells as read (a number, or a text the model reads or refuses)."""

    spent: dict[str, Any] = field(default_factory=dict)
    total: Any = None
    rows: dict[str, int] = field(default_factory=dict)  # field of the report -> workbook row


def read_spending(workbook: Path, project: reportkit.Project) -> Spending:
    """Read the spent-budget workbook; a category the project's programme does not name is a
    DataError at its row, listing the names it does."""
    # Kategoriju latviskie nosaukumi (kā tos raksta programma) → to atslēgas datos (travel …).
    keys = {project.programme.category_label(key) or key: key
            for key in (project.budget.categories if project.budget else {})}
    found, problems = Spending(), []
    for row in reportkit.read_table(workbook):
        label, amount = row.values.get("kategorija"), row.values.get("izlietots")
        if label == TOTAL_ROW:
            found.total, found.rows["spent_total"] = amount, row.number
        elif label in keys:
            found.spent[keys[label]] = amount
            found.rows[f"spent.{keys[label]}"] = row.number
        else:
            problems.append(Problem(
                f"{label!r} is not a cost category of the project's budget; write one of: "
                f"{', '.join(keys)}, or {TOTAL_ROW!r} for the total", file=str(workbook),
                line=row.number, field="kategorija"))
    if problems:
        raise DataError(problems)
    return found


def load_report(report_file: Path, workbook: Path) -> reportkit.FinalReport:
    """The report of ``report_file`` with the spending of ``workbook`` in place of its own,
    checked; a problem of the spending is a DataError located at its workbook row."""
    report = reportkit.load(report_file, kind="final_report")
    spending = read_spending(workbook, report.project)
    # Ziņojuma lauki no faila, bet nauda — no grāmatvedības darbgrāmatas.
    # (without the figures the model computes from the money: it computes them again)
    data = report.model_dump(exclude=set(reportkit.FinalReport.model_computed_fields))
    data["spent"], data["spent_total"] = spending.spent, spending.total
    try:
        return reportkit.load(data, kind="final_report", source=str(workbook))
    except DataError as error:
        # Katru problēmu parāda tajā darbgrāmatas rindā, no kuras nāca nepareizais skaitlis.
        raise DataError([_at_row(problem, spending, workbook) for problem in error.problems]
                        ) from None


def _at_row(problem: Problem, spending: Spending, workbook: Path) -> Problem:
    row = spending.rows.get(problem.field or "")
    return problem if row is None else problem.at_row(str(workbook), row)


def main(argv: list[str]) -> int:
    report_file = Path(argv[0]) if argv else REPORT
    workbook = Path(argv[1]) if len(argv) > 1 else SPENT
    try:
        report = load_report(report_file, workbook)
        # Tikai tad, kad viss sakrīt, top dokuments: vispirms .docx, tad PDF.
        template = reportkit.Template.builtin("final_report")
        document = template.render(report, OUT / "nosleguma_zinojums.docx")
        written = [document, *reportkit.to_pdf([document])]
    except reportkit.ReportkitError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
