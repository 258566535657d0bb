"""One document per row of a spreadsheet: what ``reportkit batch`` does, as a library function.

    >>> import tempfile, docx
    >>> folder = Path(tempfile.mkdtemp())
    >>> document = docx.Document()
    >>> _ = document.add_paragraph("Skola: {{ school.name }}, summa: {{ sum | format_money }}")
    >>> document.save(folder / "veidne.docx")
    >>> _ = (folder / "skolas.csv").write_text(
    ...     "code;school.name;sum\\nA-1;Saules skola;100\\nA-2;Centra skola;desmit\\n")
    >>> result = run_batch(folder / "veidne.docx", folder / "skolas.csv", folder / "out",
    ...                    name="{code}.docx")
    >>> [p.name for p in result.written]
    ['A-1.docx']
    >>> for problem in result.problems:
    ...     print(problem)  # doctest: +ELLIPSIS
    /.../skolas.csv:3: veidne.docx, body, paragraph 1 (...): amount 'desmit' is not a number...

The steps: the template is opened, the table read (:func:`reportkit.read.read_table`; dotted
headers nest), the template checked against the table's columns (so a misspelt column is one
problem, with the column meant, not one per row), each row's file name made
(:class:`reportkit.output.NamePattern`), then the rows
become :class:`~reportkit.render.batches.Job` s, rendered in order, one result each
(:func:`~reportkit.render.batches.render_jobs`). A row that fails keeps its problems, located at
``table:row``, and the other rows still render; two rows never write the same file.

A template that declares its rows (a row kind such as ``participant``, or columns with types:
:mod:`.rows`), or ``rows`` given to :func:`run_batch`, has each row checked before it is
rendered: a bad cell is a failed row, located at its cell with the column named. Without
one, a value a filter refuses is put at the cell of the column its paragraph reads, when the
paragraph reads one (:mod:`.tagcolumns`).

Problems that stop the whole batch before anything is written (the template, the table, the
name pattern, the output folder, LibreOffice missing when PDFs are asked for) are raised as
reportkit errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportkit.errors import ConversionError, DataError, Problem, RenderError, TemplateError
from reportkit.i18n import gettext as _
from reportkit.i18n import os_reason

from .rows import Column, check_row, declared_rows, missing_columns, parse_spec
from .tagcolumns import at_column

if TYPE_CHECKING:
    from reportkit.read.tables import Row
    from reportkit.render import Template

__all__ = ["BatchResult", "Progress", "RowFailure", "check_table", "run_batch", "table_columns"]

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a batch runs."""


@dataclass(frozen=True)
class RowFailure:
    """A row that gave no document: its 1-based row number in the table and why."""

    row: int
    problems: list[Problem]


@dataclass
class BatchResult:
    """What a batch did: documents written (in row order), PDFs, rows that failed, and the
    combined document with its PDF (``combined``) when one was asked for.

    >>> BatchResult(table="t.csv", rows=2, failures=[RowFailure(3, [Problem("x")])]).ok
    False
    """

    table: str
    rows: int
    written: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    failures: list[RowFailure] = field(default_factory=list)
    pdf_problems: list[Problem] = field(default_factory=list)
    combined: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row gave a document (and a PDF, if asked for)."""
        return not self.failures and not self.pdf_problems

    @property
    def problems(self) -> list[Problem]:
        """Every problem, one line each; a row's problems are located at ``table:row``.

        >>> r = BatchResult(table="t.csv", rows=1, failures=[RowFailure(2, [Problem("bad")])])
        >>> [str(p) for p in r.problems]
        ['t.csv:2: bad']
        """
        located = [p if p.file == self.table else p.at_row(self.table, f.row)
                   for f in self.failures for p in f.problems]
        return located + self.pdf_problems


def run_batch(template: str | os.PathLike[str], table: str | os.PathLike[str],
              out_dir: str | os.PathLike[str], *, name: str = "{index:04d}.docx",
              pdf: bool = False, combine: bool = False, workers: int | None = None,
              progress: Progress | None = None, sheet: str | None = None,
              rows: str | None = None) -> BatchResult:
    """Render ``template`` once per row of ``table`` into ``out_dir``; see the module example.

    ``name`` is a file name pattern over the row's columns (``{code}``, dotted
    ``{partner.name}``), ``{index}`` (1, 2, … among the rows) and ``{row}`` (the row number in
    the table); ``.docx`` is added when missing. With ``pdf``, every document written is also
    converted to PDF beside it, by ``workers`` LibreOffice processes (default: one per core,
    :func:`reportkit.to_pdf`); the PDFs made are kept and listed even when some fail. With
    ``combine``, one more document, ``<table>_visi.docx``, holds every record in row order
    (a section each, for printing and signing in one go), and its PDF too when ``pdf``.
    ``progress(done, total)`` counts the documents, then the PDFs: ``total`` is twice the rows
    when PDFs are made. ``sheet``
    names the sheet of a workbook to read (otherwise the one it opens on, if visible:
    :mod:`reportkit.read.workbook`). ``rows`` declares the rows' columns and types (as the
    template's ``reportkit-rows`` property does, which it overrides: :mod:`.rows`).
    """
    from reportkit.read import read_table
    from reportkit.render import Template
    from reportkit.render.batches import Job, render_jobs
    from reportkit.render.pdf import find_soffice

    tpl = Template(template)
    spec = _row_spec(Path(template), rows)
    table_rows = read_table(Path(table), sheet)
    columns = table_columns(table_rows)
    template_problems = tpl.check(columns=columns, table=str(table))
    if template_problems:
        raise TemplateError(template_problems)
    checked = _checked(spec, table_rows, str(table))
    if pdf:
        find_soffice()
    names = _names(name, table_rows, str(table))
    folder = _output_folder(Path(out_dir))
    result = BatchResult(table=str(table), rows=len(table_rows))
    failures: list[RowFailure] = []
    jobs = []
    for row, made, (values, problems) in zip(table_rows, names, checked, strict=True):
        if isinstance(made, Problem) or problems:
            failures.append(RowFailure(row.number, [made] if isinstance(made, Problem)
                                       else problems))
        else:
            jobs.append(Job(values, folder / made, row=row.number))
    stages = 2 if pdf else 1
    report = _Stages(progress, len(table_rows), stages)
    done = len(failures)
    report(done)
    by_number = {row.number: row for row in table_rows}
    for rendered in render_jobs(tpl, jobs):
        if rendered.path is not None:
            result.written.append(rendered.path)
        else:
            row = by_number[rendered.job.row or 0]
            failures.append(RowFailure(row.number, [at_column(p, row, str(table), columns)
                                                    for p in rendered.problems]))
        done += 1
        report(done)
    result.failures = sorted(failures, key=lambda f: f.row)
    if combine and result.written:
        result.combined = [_combined(result.written, folder, Path(table).stem)]
    if pdf and (result.written or result.combined):
        _pdfs(result, workers, lambda d, _t: report(len(table_rows) + d))
    return result


def check_table(tpl: Template, table: str | os.PathLike[str], *, model: type | None = None,
                sheet: str | None = None, rows: str | None = None) -> list[Problem]:
    """What ``reportkit check TEMPLATE --table TABLE`` finds, before any document is made: the
    names the template reads that are not columns of ``table`` (and, with ``model``, not
    fields of it), and, when the template declares its rows (``reportkit-rows``, or ``rows``
    given as ``--rows`` is), the columns it needs that the table lacks, else every bad cell of
    every row, as :func:`run_batch` would find them.

    >>> import tempfile, docx
    >>> from reportkit.render import Template
    >>> folder = Path(tempfile.mkdtemp())
    >>> document = docx.Document()
    >>> _ = document.add_paragraph("{{ vārds }}: {{ summa | format_money }}")
    >>> document.save(folder / "t.docx")
    >>> _ = (folder / "t.csv").write_text("vārds;summa\\nAnna;5\\nJānis;daudz\\n")
    >>> for problem in check_table(Template(folder / "t.docx"), folder / "t.csv",
    ...                            rows="vārds: text, summa: money"):
    ...     print(problem)  # doctest: +ELLIPSIS
    /.../t.csv:3: summa: amount 'daudz' is not a number: write it like 22783.00 or 22 783,00
    """
    from reportkit.read import read_table

    table_rows = read_table(Path(table), sheet)
    problems = tpl.check(model, columns=table_columns(table_rows), table=str(table))
    spec = _row_spec(tpl.path, rows)
    if not spec:
        return problems
    lacking = missing_columns(spec, table_columns(table_rows), str(table))
    if lacking is not None:
        return problems + lacking.problems
    return problems + [p for row in table_rows for p in check_row(spec, row, str(table))[1]]


class _Stages:
    """``progress`` over the documents, then the PDFs: one bar for the whole batch."""

    def __init__(self, progress: Progress | None, rows: int, stages: int) -> None:
        self.progress, self.total = progress, rows * stages

    def __call__(self, done: int) -> None:
        if self.progress is not None:
            self.progress(min(done, self.total), self.total)


def _checked(spec: list[Column], rows: list[Row], table: str
             ) -> list[tuple[dict[str, object], list[Problem]]]:
    """Each row's values, checked against ``spec`` when there is one, with its problems; a
    column the table lacks is a DataError (every row would fail the same way)."""
    if not spec:
        return [(row.values, []) for row in rows]
    lacking = missing_columns(spec, table_columns(rows), table)
    if lacking is not None:
        raise lacking
    return [check_row(spec, row, table) for row in rows]


def _row_spec(template: Path, given: str | None) -> list[Column]:
    """The columns the rows must have: ``given`` (``--rows``), else the template's own."""
    if given is not None:
        return parse_spec(given)
    declared = declared_rows(template)
    return parse_spec(declared, template=str(template)) if declared else []


def _pdfs(result: BatchResult, workers: int | None, progress: Progress) -> None:
    """Convert the documents (and the combined one) to PDF, keeping those made on failure."""
    from reportkit.render import to_pdf

    try:
        made = to_pdf([*result.written, *result.combined], workers=workers, progress=progress)
    except ConversionError as exc:
        result.pdf_problems, made = exc.problems, exc.written
    combined_pdfs = {p.with_suffix(".pdf") for p in result.combined}
    result.pdfs = [p for p in made if p not in combined_pdfs]
    result.combined += [p for p in made if p in combined_pdfs]


def _combined(documents: list[Path], folder: Path, stem: str) -> Path:
    """One document of every record, named after the table and unlike any record's file."""
    from reportkit.output.names import safe_filename, unique_names
    from reportkit.render.combine import combine_docx

    taken = [p.name for p in documents]
    name = unique_names([*taken, safe_filename(f"{stem}_visi.docx")])[-1]
    return combine_docx(documents, folder / name)


def table_columns(rows: list[Row]) -> list[str]:
    """The column names of a table read by :func:`reportkit.read.read_table`, dotted ones as
    their header wrote them.

    >>> from reportkit.read.tables import Row
    >>> table_columns([Row(2, {"code": "A", "partner": {"name": "B"}})])
    ['code', 'partner.name']
    """
    def walk(values: dict[str, object], prefix: str) -> list[str]:
        names = []
        for key, value in values.items():
            names += walk(value, f"{prefix}{key}.") if isinstance(value, dict) \
                else [prefix + key]
        return names
    return walk(rows[0].values, "") if rows else []


def _names(pattern: str, rows: list[Row], table: str) -> list[str | Problem]:
    """Each row's file name; a pattern naming a column the table lacks is a DataError (every
    row would fail the same way)."""
    from reportkit.output.names import NamePattern, UnknownName

    try:
        return NamePattern(pattern).names([r.values for r in rows], [r.number for r in rows])
    except UnknownName as exc:
        raise DataError(Problem(_("the name {pattern} uses {name}, which is not a column; "
                                  "columns: {columns}").format(
                                      pattern=repr(pattern), name=f"{{{exc.name}}}",
                                      columns=", ".join(exc.available)),
                                file=table, code="batch.name")) from None


def _output_folder(folder: Path) -> Path:
    """Make the output folder now, so an unwritable one stops the batch before any row."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(Problem(_("cannot make the output folder ({reason}); choose another "
                                    "with -o").format(reason=os_reason(exc)),
                                  file=str(folder), code="output.cannot_write")) from None
    if not os.access(folder, os.W_OK):
        raise RenderError(Problem(_("the output folder is not writable; choose another with -o"),
                                  file=str(folder), code="output.cannot_write"))
    return folder
