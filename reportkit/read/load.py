"""Loading data (a YAML or JSON file or text, a text stream, a mapping) into the model its
``kind:`` names, every problem located.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "p.yaml").write_text("kind: project\\ntitel: X\\n", encoding="utf-8")
    >>> try:
    ...     load(folder / "p.yaml")
    ... except DataError as err:
    ...     print(err.problems[-1].line, err.problems[-1].field, err.problems[-1].message)
    2 titel unknown field; did you mean 'title'?

Every problem of a file is reported at once, one line each: ``file:line: field.path: message``.
The steps: the input is read (:mod:`.inputs`: a file through :mod:`.files`, parsed with its
line map by :mod:`.yamldoc` or :mod:`.jsondoc`), photos are named relative to the file and
confined to its folder, a ``project:`` file is loaded in turn, then the model validates and its
errors become located problems (:mod:`.messages`). The data is not changed on the way, neither
a parsed file's nor a mapping given: each step builds new values.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union, cast, overload

from reportkit.errors import DataError, DataWarning, FieldWarning, Loc, Problem
from reportkit.i18n import N_
from reportkit.i18n import gettext as _
from reportkit.kinds import NAMES, get_kind

from .inputs import Format, Input, TextSource, from_mapping, from_path, from_stream, from_text
from .inputs import nameless as _nameless
from .messages import located, validation_problems
from .pictures import not_a_picture
from .places import Places, place

if TYPE_CHECKING:
    from reportkit.models import FinalReport, PressRelease, Project

__all__ = ["DataSource", "load", "loads"]

DataSource = Union[str, os.PathLike[str], TextSource, Mapping[str, Any]]  # noqa: UP007
"""What :func:`load` reads: a data file's path, a text stream, or a mapping of the fields."""
Folder = Union[str, os.PathLike[str], None]  # noqa: UP007
Model = Union["Project", "PressRelease", "FinalReport"]


@overload
def load(data: DataSource, *, kind: Literal["project"], source: str | None = None,
         folder: Folder = None, format: Format | None = None,
         allow_photos_outside: bool = False) -> Project: ...
@overload
def load(data: DataSource, *, kind: Literal["press_release"], source: str | None = None,
         folder: Folder = None, format: Format | None = None,
         allow_photos_outside: bool = False) -> PressRelease: ...
@overload
def load(data: DataSource, *, kind: Literal["final_report"], source: str | None = None,
         folder: Folder = None, format: Format | None = None,
         allow_photos_outside: bool = False) -> FinalReport: ...
@overload
def load(data: DataSource, *, kind: None = None, source: str | None = None,
         folder: Folder = None, format: Format | None = None,
         allow_photos_outside: bool = False) -> Project | PressRelease | FinalReport: ...
def load(data: DataSource, *, kind: str | None = None, source: str | None = None,
         folder: Folder = None, format: Format | None = None,
         allow_photos_outside: bool = False) -> Any:
    """Read data and return the model its ``kind:`` names; raise ``DataError`` if wrong.

    ``data`` is a data file's path (YAML, or JSON for ``.json``), a text stream (an open text
    file, ``io.StringIO``, ``sys.stdin``) or a mapping of the fields, as a data file gives them
    (a database row, a web form, JSON parsed in a web service). A mapping is not changed.

    - ``kind``: the kind expected (``"project"``, ``"press_release"``, ``"final_report"``):
      data without ``kind:`` is taken as that kind, data of another kind is a problem, and a
      type checker knows the model returned;
    - ``source``: what messages call the input (``projekts.yaml``, a web form's name), instead
      of the file's path or nothing; a problem's ``file`` is it;
    - ``folder``: for a stream or mapping, the folder photo files and a ``project:`` file are
      named relative to (default: a stream's own file's folder, else the current folder);
    - ``format``: ``"yaml"`` or ``"json"``, for a stream (default: JSON when its name ends in
      ``.json``).

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
        >>> load({"title": "T", "published": "2015-11-09"}, kind="press_release").title
        'T'
    """
    if isinstance(data, (str, os.PathLike)):
        if isinstance(data, str) and "\n" in data and not os.path.exists(data):
            raise ValueError("load() takes a data file's path; for the data itself as a text, "
                             "use reportkit.loads(text)")
        if folder is not None or format is not None:
            raise ValueError("folder= and format= are for streams and mappings: a data file's "
                             "photos are named relative to its own folder, and .json files "
                             "are read as JSON")
        found = from_path(Path(data), source)
    elif isinstance(data, Mapping):
        if format is not None:
            raise ValueError("format= is for texts and streams, not for a mapping")
        found = from_mapping(data, source, folder)
    elif callable(getattr(data, "read", None)):
        found = from_stream(data, source, format, folder)
    else:
        hint = "; for a database row, dict(row)" if hasattr(data, "keys") else ""
        raise TypeError(f"load() takes a data file's path, a text stream or a mapping, "
                        f"not {type(data).__name__}{hint}")
    return _finished(found, kind, allow_photos_outside)


@overload
def loads(text: str, *, kind: Literal["project"], source: str | None = None,
          folder: Folder = None, format: Format | None = None,
          allow_photos_outside: bool = False) -> Project: ...
@overload
def loads(text: str, *, kind: Literal["press_release"], source: str | None = None,
          folder: Folder = None, format: Format | None = None,
          allow_photos_outside: bool = False) -> PressRelease: ...
@overload
def loads(text: str, *, kind: Literal["final_report"], source: str | None = None,
          folder: Folder = None, format: Format | None = None,
          allow_photos_outside: bool = False) -> FinalReport: ...
@overload
def loads(text: str, *, kind: None = None, source: str | None = None,
          folder: Folder = None, format: Format | None = None,
          allow_photos_outside: bool = False) -> Project | PressRelease | FinalReport: ...
def loads(text: str, *, kind: str | None = None, source: str | None = None,
          folder: Folder = None, format: Format | None = None,
          allow_photos_outside: bool = False) -> Any:
    """:func:`load` of a text: YAML, or JSON with ``format="json"`` (or a ``source`` ending in
    ``.json``); problems are located by line, in ``source`` when it is given.

    >>> try:
    ...     loads("kind: press_release\\ntitle: X\\npublished: 9.11.2015\\n", source="web form")
    ... except DataError as err:
    ...     print(err)
    web form:3: published: must be a date written year-month-day: 2015-11-09 (got '9.11.2015')
    """
    return _finished(from_text(text, source, format, folder), kind, allow_photos_outside)


def _finished(found: Input, kind: str | None, allow_photos_outside: bool) -> Model:
    try:
        return cast("Model", _load(found, (), allow_photos_outside, kind))
    except DataError as err:
        raise DataError(_nameless(err.problems)) from None


def _load(found: Input, stack: tuple[Path, ...], allow_photos_outside: bool,
          expected: str | None = None) -> Any:
    name, lines, problems = found.name, found.lines, list(found.problems)
    data = _fields(found, expected)
    model = get_kind(data["kind"], file=name, line=lines.get(("kind",)), field="kind"
                     ).model_class()
    values: dict[str, Any] = data
    for at in _PICTURES:
        pictures, picture_problems = _pictures_beside(found, _get(data, at), at,
                                                      allow_photos_outside)
        problems += picture_problems
        values = _put(values, at, pictures)
    project_failed = False
    if isinstance(data.get("project"), str) and data["kind"] != "project":
        project = _referenced(found, data["project"], stack, problems, allow_photos_outside)
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
            problems += validation_problems(err, name or "", lines, model,
                                            skip_project=project_failed)
    _rewarn(caught, name)
    if problems or result is None:
        raise DataError(problems)
    _warn_located(result, name, lines, referenced=isinstance(data.get("project"), str))
    return result


def _fields(found: Input, expected: str | None) -> dict[str, Any]:
    """The input's fields with its kind: ``expected`` when it names none; a DataError when
    they are not fields, or of no kind, or of another."""
    data, name = found.data, found.name
    if not isinstance(data, dict):
        raise DataError(Problem(_("must be a set of fields (key: value lines) starting with "
                                  "'kind:', one of {kinds}").format(kinds=", ".join(NAMES)),
                                file=name, line=1, code="data.not_fields"))
    if expected is not None:
        get_kind(expected)  # a kind reportkit knows
        if "kind" not in data:
            return {"kind": expected, **data}
        if data["kind"] != expected:
            raise DataError(Problem(_("must be {kind} here (got {value})").format(
                kind=repr(expected), value=repr(data["kind"])),
                file=name, code="data.kind_other", **place(found.lines, ("kind",))))
    if "kind" not in data:
        raise DataError(Problem(_("is required: one of {kinds}").format(kinds=", ".join(NAMES)),
                                file=name, line=1 if found.lines else None, field="kind",
                                code="data.kind_missing"))
    return data


def _warn_located(result: Any, name: str | None, lines: Places, *, referenced: bool) -> None:
    """The model's warnings (texts not confirmed official, counts that disagree), each as
    ``file:line: field: message``; a referenced project file's were given when it was read."""
    skip = frozenset({"project"}) if referenced else frozenset()
    found = [located(name or "", lines, loc, message)
             for loc, message in result.data_warnings(skip)]
    for problem in sorted(found, key=lambda p: p.line or 0):  # in the file's order
        warnings.warn(str(problem), DataWarning, stacklevel=5)


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


def _pictures_beside(found: Input, pictures: Any, at: Loc, allow_outside: bool
                     ) -> tuple[list[Any] | None, list[Problem]]:
    """The pictures' list with each file named relative to the input's folder (new dicts), or
    None when there is none; and the pictures outside that folder's tree."""
    if not isinstance(pictures, list):
        return None, []
    named, problems = [], []
    for i, photo in enumerate(pictures):
        file = photo.get("file") if isinstance(photo, dict) else None
        if not isinstance(file, str) or not file:
            named.append(photo)
            continue
        loc: Loc = (*at, i, "file")

        def here(message: str, code: str, loc: Loc = loc) -> Problem:
            return Problem(message, file=found.name, code=code, **place(found.lines, loc))

        if "\0" in file:
            problems.append(here(_(_NUL_IN_NAME).format(repr(file)), "photo.name"))
            named.append(photo)
            continue
        absolute = str(found.folder / file)  # an absolute file stays as it is
        named.append({**photo, "file": absolute})
        if _resolved(Path(absolute)) is None:
            problems.append(here(_(_LOOP).format(repr(file)), "photo.link_loop"))
        elif not allow_outside and not _inside(Path(absolute), found.folder):
            problems.append(here(_("{file} is outside the data file's folder; copy the picture "
                                   "into that folder or a folder in it").format(file=repr(file))
                                 if found.path is not None else
                                 _("{file} is outside the folder {folder}; copy the picture into "
                                   "that folder or a folder in it").format(
                                       file=repr(file), folder=repr(str(found.folder))),
                                 "photo.outside"))
        elif (wrong := not_a_picture(Path(absolute))) is not None:
            problems.append(here(f"{file!r} {wrong}", "photo.not_a_picture"))
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


def _rewarn(caught: list[warnings.WarningMessage], name: str | None) -> None:
    for w in caught:
        if issubclass(w.category, FieldWarning):  # given again located, by _warn_located
            continue
        warnings.warn(f"{name}: {w.message}" if name else str(w.message), w.category,
                      stacklevel=5)


def _referenced(found: Input, ref: str, stack: tuple[Path, ...], problems: list[Problem],
                allow_photos_outside: bool) -> Any:
    """Load the project file ``ref`` names; on failure add problems and return ``None``."""
    target = found.folder / ref
    chain = (*stack, found.path) if found.path is not None else stack

    def here(message: str, code: str) -> Problem:
        return Problem(message, file=found.name, code=code, **place(found.lines, ("project",)))

    if "\0" in ref:
        problems.append(here(_(_NUL_IN_NAME).format(repr(ref)), "project.name"))
        return None
    if _resolved(target) is None:
        problems.append(here(_(_LOOP).format(repr(ref)), "project.link_loop"))
        return None
    if any(target.resolve() == p.resolve() for p in chain):
        problems.append(here(_("{file} refers back to a file that refers to it").format(
            file=repr(ref)), "project.loop"))
        return None
    if not target.is_file():
        problems.append(here(_("no project file {file} next to this file").format(
                                 file=repr(ref))
                             if found.path is not None else
                             _("no project file {file} in the folder {folder}").format(
                                 file=repr(ref), folder=repr(str(found.folder))),
                             "project.missing"))
        return None
    try:
        project = _load(from_path(target, None), chain, allow_photos_outside)
    except DataError as err:
        problems.extend(err.problems)
        return None
    if getattr(project, "kind", None) != "project":
        problems.append(here(_("{file} is a {kind} file, not a project").format(
            file=repr(ref), kind=project.kind), "project.not_a_project"))
        return None
    return project
