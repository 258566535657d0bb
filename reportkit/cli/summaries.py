"""The one-line summaries the commands print when all went well.

    >>> from reportkit.jobs.batch import BatchResult
    >>> batch_summary(BatchResult(table="t.csv", rows=2), Path("out"))
    '0 of 2 documents written to out'
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportkit.errors import shorten
from reportkit.i18n import N_, ngettext
from reportkit.i18n import gettext as _

if TYPE_CHECKING:
    from reportkit.jobs.batch import BatchResult

__all__ = ["batch_summary", "data_summary"]

_KINDS = {"project": N_("project"), "press_release": N_("press release"),
          "final_report": N_("final report")}


def batch_summary(result: BatchResult, out_dir: Path) -> str:
    """What a batch wrote, and the rows that failed."""
    summary = _("{written} of {rows} documents written to {folder}").format(
        written=len(result.written), rows=result.rows, folder=out_dir)
    if result.pdfs or result.pdf_problems:
        summary += _(", {n} PDFs").format(n=len(result.pdfs))
    if result.combined:
        names = ", ".join(p.name for p in result.combined)
        summary += _("; all in one: {names}").format(names=names)
    if result.failures:
        rows = ", ".join(str(f.row) for f in result.failures)
        summary += _("; failed rows: {rows}").format(rows=rows)
    return summary


def data_summary(model: Any) -> str:
    """One line about a loaded data file: its kind, project number, title and a key figure."""
    project: Any = model if model.kind == "project" else getattr(model, "project", None)
    parts = [_(_KINDS.get(model.kind, model.kind))]
    if project is not None and project.code is not None:
        parts.append(str(project.code))
    title = model.title if hasattr(model, "title") else project.title
    parts.append(f"“{shorten(title, 60)}”")
    if model.kind == "project":
        months = project.period.months
        parts.append(ngettext("{n} month", "{n} months", months).format(n=months))
    elif model.kind == "final_report":
        parts.append(_("spent {spent} of {granted}").format(spent=model.total_spent,
                                                            granted=model.total_granted))
    return " ".join(parts)
