"""The kinds of data file, one list: each kind's model, built-in template and starter.

A data file names its kind (``kind: project``). The loader picks the model from here, the
command line offers these names, ``reportkit new`` writes the starter, ``reportkit render``
uses the built-in template and ``reportkit schema`` describes the model: all read this table,
so a new kind is added here once.

    >>> [k.name for k in KINDS.values()]
    ['project', 'press_release', 'final_report']
    >>> get_kind("invoice")
    Traceback (most recent call last):
    ...
    reportkit.errors.DataError: unknown kind 'invoice'; the kinds are: project, press_release, final_report
"""  # noqa: E501

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from reportkit.i18n import gettext as _

from .errors import DataError, Problem

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["KINDS", "NAMES", "Kind", "get_kind"]


@dataclass(frozen=True)
class Kind:
    """One kind of data file.

    ``model`` is where its pydantic model is (imported on first use, so the command line starts
    fast), ``template`` the built-in template's name, ``starter`` the file in
    ``reportkit/starters/`` that ``reportkit new`` prints, ``file_name`` the name a starter is
    suggested to be saved as.
    """

    name: str
    model: str
    template: str
    starter: str
    file_name: str

    def model_class(self) -> type[BaseModel]:
        """The model class of this kind.

        >>> KINDS["project"].model_class().__name__
        'Project'
        """
        module, _, name = self.model.partition(":")
        found: Any = getattr(import_module(module), name)
        return found  # type: ignore[no-any-return]


KINDS: dict[str, Kind] = {
    "project": Kind("project", "reportkit.models.projects:Project", "project_description",
                    "project.yaml", "projekts.yaml"),
    "press_release": Kind("press_release", "reportkit.models.press:PressRelease",
                          "press_release", "press_release.yaml", "relize.yaml"),
    "final_report": Kind("final_report", "reportkit.models.reports:FinalReport",
                         "final_report", "final_report.yaml", "zinojums.yaml"),
}
NAMES: tuple[str, ...] = tuple(KINDS)
"""The kind names, in the order the documentation lists them."""


def get_kind(name: object, **where: Any) -> Kind:
    """The kind called ``name``, or a DataError listing the kinds (located by ``where``:
    the Problem's ``file``, ``line``, ``field``).

    >>> get_kind("project").template
    'project_description'
    """
    if isinstance(name, str) and name in KINDS:
        return KINDS[name]
    kinds = ", ".join(NAMES)
    if isinstance(name, (dict, list)):  # kind: {project: true}, kind: [project]
        what = _("a set of fields") if isinstance(name, dict) else _("a list")
        message = _("a kind is one word, not {what}; the kinds are: {kinds}").format(
            what=what, kinds=kinds)
    else:
        shown = repr(name) if isinstance(name, str) else _("{kind} (a kind is one word)").format(
            kind=str(name).lower() if isinstance(name, bool) else name)
        message = _("unknown kind {kind}; the kinds are: {kinds}").format(kind=shown, kinds=kinds)
    raise DataError(Problem(message, code="data.kind_unknown", **where))
