"""Loading a data file (YAML or JSON) into the model its ``kind:`` names, every problem located.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "p.yaml").write_text("kind: project\\ntitel: X\\n", encoding="utf-8")
    >>> try:
    ...     load(folder / "p.yaml")
    ... except DataError as err:
    ...     print(err.problems[-1].line, err.problems[-1].field, err.problems[-1].message)
    2 titel unknown field; did you mean 'title'?

Every problem of a file is reported at once, one line each: ``file:line: field.path: message``.
The steps: the text is read (:mod:`.files`) and parsed with its line map (:mod:`.yamldoc`; JSON
is YAML), photos are named relative to the file and confined to its folder, a ``project:`` file
is loaded in turn, then the model validates and its errors become located problems
(:mod:`.messages`). The parsed data is not changed on the way: each step builds new values.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from reportkit.errors import DataError, DataWarning, Loc, Problem, dotted
from reportkit.i18n import N_
from reportkit.i18n import gettext as _
from reportkit.kinds import NAMES, get_kind

from .formats import parse_file
from .messages import located, validation_problems
from .pictures import not_a_picture
from .yamldoc import Lines

if TYPE_CHECKING:
    from reportkit.models import FinalReport, PressRelease, Project

__all__ = ["load"]


def load(path: str | Path, *, allow_photos_outside: bool = False
         ) -> Project | PressRelease | FinalReport:
    """Read a data file and return the model its ``kind:`` names; raise ``DataError`` if wrong.

    A press release or final report may give ``project:`` as the path of a project file,
    relative to its own folder; photo files (``photos: - file:``) are relative to it too.

    Photos must lie in the data file's folder or a folder inside it, after following symbolic
    links: a picture is copied into the document, which is then sent out, so a data file
    received from someone else must not be able to put ``../../etc/passwd``, ``/home/…/.ssh/id_rsa``
    or a link to them into it. ``allow_photos_outside=True`` lifts this for data you trust (a
    shared picture archive elsewhere on the disk). The referenced ``project:`` file is not
    confined: offices keep one ``projekts.yaml`` beside or above the folders of its press
    releases and reports (``project: ../projekts.yaml``), and a file is only used if it is a
    valid reportkit project, whose text is meant for documents anyway.

        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "r.yaml").write_text(
        ...     "kind: press_release\\ntitle: T\\nphotos:\\n"
        ...     "  - {file: ../../srv/foto.jpg, caption: C}\\n", encoding="utf-8")
        >>> try:
        ...     load(folder / "r.yaml")
        ... except DataError as err:
        ...     print(err)  # doctest: +ELLIPSIS
        /tmp/.../r.yaml:4: photos.1.file: '../../srv/foto.jpg' is outside the data file's ...
        >>> load(folder / "r.yaml", allow_photos_outside=True).photos[0].file  # doctest: +ELLIPSIS
        '/tmp/.../../../srv/foto.jpg'
    """
    return cast("Project | PressRelease | FinalReport",
                _load(Path(path), (), allow_photos_outside))


def _load(path: Path, stack: tuple[Path, ...], allow_photos_outside: bool) -> Any:
    name = str(path)
    data, lines, problems = _read(path, name)
    if "kind" not in data:
        raise DataError(Problem(_("is required: one of {kinds}").format(kinds=", ".join(NAMES)),
                                file=name, line=1, field="kind", code="data.kind_missing"))
    model = get_kind(data["kind"], file=name, line=lines.get(("kind",)), field="kind"
                     ).model_class()
    values: dict[str, Any] = data
    for at in _PICTURES:
        pictures, picture_problems = _pictures_beside(path, _get(data, at), at, lines,
                                                      allow_photos_outside)
        problems += picture_problems
        values = _put(values, at, pictures)
    project_failed = False
    if isinstance(data.get("project"), str) and data["kind"] != "project":
        project = _referenced(path, data["project"], lines, stack, problems, allow_photos_outside)
        project_failed = project is None
        values = {k: v for k, v in values.items() if k != "project" or not project_failed}
        if project is not None:
            values["project"] = project
    from pydantic import ValidationError

    result = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = model.model_validate(values)
        except ValidationError as err:
            problems += validation_problems(err, name, lines, model,
                                            skip_project=project_failed)
    _rewarn(caught, name)
    if problems or result is None:
        raise DataError(problems)
    _warn_located(result, name, lines, referenced=isinstance(data.get("project"), str))
    return result


def _warn_located(result: Any, name: str, lines: Lines, *, referenced: bool) -> None:
    """The model's warnings (texts not confirmed official, counts that disagree), each as
    ``file:line: field: message``; a referenced project file's were given when it was read."""
    skip = frozenset({"project"}) if referenced else frozenset()
    found = [located(name, lines, loc, message) for loc, message in result.data_warnings(skip)]
    for problem in sorted(found, key=lambda p: p.line or 0):  # in the file's order
        warnings.warn(str(problem), DataWarning, stacklevel=4)


def _read(path: Path, name: str) -> tuple[dict[str, Any], Lines, list[Problem]]:
    data, lines, problems = parse_file(path)
    if not isinstance(data, dict):
        raise DataError(Problem(_("must be a set of fields (key: value lines) starting with "
                                  "'kind:', one of {kinds}").format(kinds=", ".join(NAMES)),
                                file=name, line=1, code="data.not_fields"))
    return data, lines, problems


# Where pictures are named in a data file: a press release's photos, a project's logos (in a
# project file, or in the project a press release or report writes out).
_PICTURES: tuple[Loc, ...] = (("photos",), ("logos",), ("project", "logos"))


def _get(data: Any, at: Loc) -> Any:
    for key in at:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _put(data: dict[str, Any], at: Loc, value: Any) -> dict[str, Any]:
    """``data`` with ``value`` at ``at`` (new dicts along the way); as it was for None."""
    if value is None:
        return data
    key, *rest = (str(k) for k in at)
    inner = value if not rest else _put(data[key], tuple(rest), value)
    return {**data, key: inner}


def _pictures_beside(path: Path, pictures: Any, at: Loc, lines: Lines,
                     allow_outside: bool) -> tuple[list[Any] | None, list[Problem]]:
    """The pictures' list with each file named relative to the data file (new dicts), or None
    when there is none; and the pictures outside its folder tree."""
    if not isinstance(pictures, list):
        return None, []
    named, problems = [], []
    for i, photo in enumerate(pictures):
        file = photo.get("file") if isinstance(photo, dict) else None
        if not isinstance(file, str) or not file:
            named.append(photo)
            continue
        loc: Loc = (*at, i, "file")

        def here(message: str, loc: Loc = loc) -> Problem:
            return Problem(message, file=str(path), line=lines.get(loc, lines.get(loc[:2])),
                           field=dotted(loc))

        if "\0" in file:
            problems.append(here(_(_NUL_IN_NAME).format(repr(file))))
            named.append(photo)
            continue
        absolute = str(path.parent / file)  # an absolute file stays as it is
        named.append({**photo, "file": absolute})
        if _resolved(Path(absolute)) is None:
            problems.append(here(_(_LOOP).format(repr(file))))
        elif not allow_outside and not _inside(Path(absolute), path.parent):
            problems.append(here(_("{file} is outside the data file's folder; copy the picture "
                                   "into that folder or a folder in it").format(file=repr(file))))
        elif (wrong := not_a_picture(Path(absolute))) is not None:
            problems.append(here(f"{file!r} {wrong}"))
    return named, problems


# a NUL character cannot be in a file name on any system (Python refuses it with ValueError)
_NUL_IN_NAME = N_("{} is not a file name: it holds a NUL character (\\0)")


def _inside(file: Path, folder: Path) -> bool:
    """Whether ``file``, with ``..`` and symbolic links followed, lies within ``folder``."""
    resolved = _resolved(file)
    return resolved is not None and resolved.is_relative_to(folder.resolve())


def _resolved(file: Path) -> Path | None:
    """``file`` with its symbolic links followed; ``None`` when they make a loop."""
    try:
        return file.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python before 3.13 on a loop
        return None


_LOOP = N_("{} cannot be followed: its symbolic links make a loop")


def _rewarn(caught: list[warnings.WarningMessage], name: str) -> None:
    for w in caught:
        warnings.warn(f"{name}: {w.message}", w.category, stacklevel=4)


def _referenced(path: Path, ref: str, lines: Lines, stack: tuple[Path, ...],
                problems: list[Problem], allow_photos_outside: bool) -> Any:
    """Load the project file ``ref`` names; on failure add problems and return ``None``."""
    target = path.parent / ref
    chain = (*stack, path)

    def here(message: str) -> Problem:
        return Problem(message, file=str(path), line=lines.get(("project",)), field="project")

    if "\0" in ref:
        problems.append(here(_(_NUL_IN_NAME).format(repr(ref))))
        return None
    if _resolved(target) is None:
        problems.append(here(_(_LOOP).format(repr(ref))))
        return None
    if any(target.resolve() == p.resolve() for p in chain):
        problems.append(here(_("{file} refers back to a file that refers to it").format(
            file=repr(ref))))
        return None
    if not target.is_file():
        problems.append(here(_("no project file {file} next to this file").format(
            file=repr(ref))))
        return None
    try:
        project = _load(target, chain, allow_photos_outside)
    except DataError as err:
        problems.extend(err.problems)
        return None
    if getattr(project, "kind", None) != "project":
        problems.append(here(_("{file} is a {kind} file, not a project").format(
            file=repr(ref), kind=project.kind)))
        return None
    return project
