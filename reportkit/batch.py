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
    /.../skolas.csv:3: amount 'desmit' is not a number...

Rows come from :func:`reportkit.tables.read_table` (dotted headers nest); each row's values are
the template's names. A row that fails is collected with its row number and the others still
render (:meth:`reportkit.render.Template.render_many` with ``on_error``). Output names are made
safe with :func:`reportkit.filenames.safe_filename` and unique with
:func:`reportkit.filenames.unique_names`, so two rows never write the same file.

Problems that stop the whole batch before anything is written (the template, the table, the
name pattern, the output folder, LibreOffice missing when PDFs are asked for) are raised as
reportkit errors.
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConversionError, DataError, Problem, RenderError, ReportkitError, TemplateError
from .filenames import safe_filename, unique_names

__all__ = ["BatchResult", "RowFailure", "output_names", "run_batch"]

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a batch runs."""


@dataclass(frozen=True)
class RowFailure:
    """A row that gave no document: its 1-based row number in the table and why."""

    row: int
    problems: list[Problem]


@dataclass
class BatchResult:
    """What a batch did: documents written (in row order), PDFs, rows that failed.

    >>> BatchResult(table="t.csv", rows=2, failures=[RowFailure(3, [Problem("x")])]).ok
    False
    """

    table: str
    rows: int
    written: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    failures: list[RowFailure] = field(default_factory=list)
    pdf_problems: list[Problem] = field(default_factory=list)

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
        located = [Problem(str(p), file=self.table, line=f.row)
                   for f in self.failures for p in f.problems]
        return located + self.pdf_problems


def run_batch(template: str | os.PathLike[str], table: str | os.PathLike[str],
              out_dir: str | os.PathLike[str], *, name: str = "{index:04d}.docx",
              pdf: bool = False, progress: Progress | None = None) -> BatchResult:
    """Render ``template`` once per row of ``table`` into ``out_dir``; see the module example.

    ``name`` is a format pattern over the row's columns (``{code}``, dotted ``{partner.name}``),
    ``{index}`` (1, 2, … among the rows) and ``{row}`` (the row number in the table); ``.docx``
    is added when missing. With ``pdf``, every document written is also converted to PDF beside
    it, in one LibreOffice run.
    """
    from .render import Template, to_pdf
    from .render.pdf import find_soffice
    from .tables import read_table

    tpl = Template(template)
    template_problems = tpl.check()
    if template_problems:
        raise TemplateError(template_problems)
    rows = read_table(Path(table))
    if pdf:
        find_soffice()
    names = output_names(name, [r.values for r in rows], [r.number for r in rows],
                         table=str(table))
    folder = _output_folder(Path(out_dir))
    result = BatchResult(table=str(table), rows=len(rows))
    failures: dict[int, RowFailure] = {}
    todo = []
    for row, file_name in zip(rows, names, strict=True):
        if isinstance(file_name, Problem):
            failures[row.number] = RowFailure(row.number, [file_name])
        else:
            todo.append((row, file_name))

    def failed(index: int, error: ReportkitError) -> None:
        number = todo[index - 1][0].number
        failures[number] = RowFailure(number, error.problems)

    contexts = _reporting([row.values for row, _ in todo], len(rows) - len(todo), len(rows),
                          progress)
    result.written = tpl.render_many(contexts, folder, name=lambda i, _: todo[i - 1][1],
                                     on_error=failed)
    result.failures = [failures[n] for n in sorted(failures)]
    if pdf and result.written:
        try:
            result.pdfs = to_pdf(result.written)
        except ConversionError as exc:
            result.pdf_problems = exc.problems
    return result


def output_names(pattern: str, records: Sequence[Mapping[str, Any]], numbers: Sequence[int], *,
                 table: str = "the table") -> list[str | Problem]:
    """Each record's file name from ``pattern``: safe, ending in ``.docx``, unique ignoring case.

    A record whose name cannot be made gives a :class:`Problem` in its place. A pattern naming
    a column the table lacks is a ``DataError`` (every row would fail the same way).

    >>> output_names("{school.name}", [{"school": {"name": "A/B"}}] * 2, [2, 3])
    ['A_B.docx', 'A_B-2.docx']
    >>> output_names("{kods}.docx", [{"code": "1"}], [2], table="t.csv")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: t.csv: the name '{kods}.docx' uses {kods}, which is not a column; columns: code, index, row
    """  # noqa: E501
    made: list[str | Problem] = []
    for index, (values, number) in enumerate(zip(records, numbers, strict=True), start=1):
        try:
            text = _Fields().format(pattern, **{**values, "index": index, "row": number})
        except (KeyError, AttributeError) as exc:
            key = exc.args[0] if exc.args else pattern
            columns = ", ".join([*_columns(values), "index", "row"])
            raise DataError(Problem(f"the name {pattern!r} uses {{{key}}}, which is not a column;"
                                    f" columns: {columns}", file=table)) from None
        except (ValueError, TypeError, IndexError) as exc:
            made.append(Problem(f"cannot make a file name from {pattern!r}: {exc}"))
            continue
        safe = safe_filename(text)
        made.append(safe if safe.lower().endswith(".docx") else safe_filename(safe + ".docx"))
    unique = iter(unique_names([m for m in made if isinstance(m, str)]))
    return [m if isinstance(m, Problem) else next(unique) for m in made]


class _Fields(string.Formatter):
    """``str.format`` where ``{partner.name}`` reads the nested key, as the dotted header wrote it.

    >>> _Fields().format("{a.b}-{n:03d}", a={"b": "x"}, n=7)
    'x-007'
    """

    def get_field(self, field_name: str, args: Sequence[Any],
                  kwargs: Mapping[str, Any]) -> tuple[Any, str]:
        first, *rest = field_name.split(".")
        if first not in kwargs:
            raise KeyError(field_name)
        value = kwargs[first]
        for part in rest:
            if not isinstance(value, Mapping) or part not in value:
                raise KeyError(field_name)
            value = value[part]
        return value, first


def _columns(values: Mapping[str, Any], prefix: str = "") -> list[str]:
    names: list[str] = []
    for key, value in values.items():
        if isinstance(value, Mapping):
            names += _columns(value, f"{prefix}{key}.")
        else:
            names.append(f"{prefix}{key}")
    return names


def _output_folder(folder: Path) -> Path:
    """Make the output folder now, so an unwritable one stops the batch before any row."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(Problem(f"cannot make the output folder ({exc.strerror or exc}); "
                                  "choose another with -o", file=str(folder))) from None
    if not os.access(folder, os.W_OK):
        raise RenderError(Problem("the output folder is not writable; choose another with -o",
                                  file=str(folder)))
    return folder


def _reporting(contexts: list[Mapping[str, Any]], done: int, total: int,
               progress: Progress | None) -> Iterator[Mapping[str, Any]]:
    """Yield the contexts, telling ``progress`` each time the previous one is finished."""
    for context in contexts:
        if progress is not None:
            progress(done, total)
        yield context
        done += 1
    if progress is not None:
        progress(total, total)
