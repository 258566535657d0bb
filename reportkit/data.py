"""Loading data files (YAML or JSON) into models, with the file and line of every problem.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "p.yaml").write_text("kind: project\\ntitel: X\\n", encoding="utf-8")
    >>> try:
    ...     load(folder / "p.yaml")
    ... except DataError as err:
    ...     print(err.problems[-1].line, err.problems[-1].field, err.problems[-1].message)
    2 titel unknown field; did you mean 'title'?

Every problem of a file is reported at once, one line each: ``file:line: field.path: message``.
Numbers with decimals are read as ``Decimal`` from their written text, never as float, so
``total: 22783.00`` is exact; ``NO`` (Norway) stays text, as YAML 1.2 reads it.
"""

from __future__ import annotations

import difflib
import re
import warnings
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args, get_origin

import yaml

from .documents import KINDS
from .errors import DataError, Loc, Problem, dotted

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from .models import FinalReport, PressRelease, Project

__all__ = ["load"]

Lines = dict[Loc, int]


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
        ...     "  - {file: ../../etc/passwd, caption: C}\\n", encoding="utf-8")
        >>> try:
        ...     load(folder / "r.yaml")
        ... except DataError as err:
        ...     print(err)  # doctest: +ELLIPSIS
        /tmp/.../r.yaml:4: photos.0.file: '../../etc/passwd' is outside the data file's folder; ...
        >>> load(folder / "r.yaml", allow_photos_outside=True).photos[0].file  # doctest: +ELLIPSIS
        '/tmp/.../../../etc/passwd'
    """
    return cast("Project | PressRelease | FinalReport",
                _load(Path(path), (), allow_photos_outside))


def _load(path: Path, stack: tuple[Path, ...], allow_photos_outside: bool) -> Any:
    name = str(path)
    data, lines, problems = _read(path, name)
    model = _model_for(data, lines, name)
    problems += _photos_beside(path, data, lines, allow_photos_outside)
    if isinstance(data.get("project"), str) and data["kind"] != "project":
        project = _referenced(path, data["project"], lines, stack, problems, allow_photos_outside)
        if project is None:
            del data["project"]
        else:
            data["project"] = project
    from pydantic import ValidationError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = model.model_validate(data)
        except ValidationError as err:
            failed_ref = isinstance(data.get("project", ""), str) or "project" not in data
            problems += _validation_problems(err, name, lines, model, skip_project=failed_ref)
    _rewarn(caught, name)
    if problems:
        raise DataError(problems)
    return result


def _photos_beside(path: Path, data: dict[str, Any], lines: Lines,
                   allow_outside: bool) -> list[Problem]:
    """Name photo files relative to the data file; report those outside its folder tree."""
    problems = []
    photos = data.get("photos")
    for i, photo in enumerate(photos if isinstance(photos, list) else []):
        file = photo.get("file") if isinstance(photo, dict) else None
        if not isinstance(file, str) or not file:
            continue
        loc: Loc = ("photos", i, "file")
        line = lines.get(loc, lines.get(loc[:2]))
        if "\0" in file:
            problems.append(Problem(_NUL_IN_NAME.format(file), file=str(path), line=line,
                                    field=dotted(loc)))
            continue
        photo["file"] = str(path.parent / file)  # an absolute file stays as it is
        if not allow_outside and not _inside(Path(photo["file"]), path.parent):
            problems.append(Problem(
                f"{file!r} is outside the data file's folder; copy the picture into that folder "
                "or a folder in it",
                file=str(path), line=line, field=dotted(loc)))
    return problems


# a NUL character cannot be in a file name on any system (Python refuses it with ValueError)
_NUL_IN_NAME = "{!r} is not a file name: it holds a NUL character (\\0)"


def _inside(file: Path, folder: Path) -> bool:
    """Whether ``file``, with ``..`` and symbolic links followed, lies within ``folder``."""
    return file.resolve().is_relative_to(folder.resolve())


def _rewarn(caught: list[warnings.WarningMessage], name: str) -> None:
    for w in caught:
        warnings.warn(f"{name}: {w.message}", w.category, stacklevel=4)


# --- reading ---------------------------------------------------------------------------------


def _read(path: Path, name: str) -> tuple[dict[str, Any], Lines, list[Problem]]:
    if not path.exists():
        raise DataError(Problem("file not found", file=name))
    if path.is_dir():
        raise DataError(Problem("is a folder, not a data file", file=name))
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise DataError(Problem(f"cannot be read: {err.strerror}", file=name)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataError(Problem(f"is not UTF-8 text (byte 0x{raw[err.start]:02x}); "
                                "save it as UTF-8", file=name, line=line)) from None
    data, lines, problems = _parse(text, name)
    if not isinstance(data, dict):
        raise DataError(Problem("must be a set of fields (key: value lines) starting with "
                                f"'kind:', one of {', '.join(KINDS)}", file=name, line=1))
    return data, lines, problems


class _Loader(yaml.SafeLoader):
    """SafeLoader that reads decimals as ``Decimal`` and only true/false as booleans."""


# YAML 1.1 reads yes/no/on/off as booleans, so the country code NO would become false.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    text = str(node.value)
    try:
        number = Decimal(text.replace("_", ""))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A date YAML cannot build (2019-02-30) stays text, so the field reports it located."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _parse(text: str, name: str) -> tuple[Any, Lines, list[Problem]]:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}, []
        lines: Lines = {(): 1}
        problems = _mark(node, (), lines, name)
        return loader.construct_document(node), lines, problems
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(p for p in (err.context, err.problem) if p)
        raise DataError(Problem(f"not valid YAML: {message}", file=name, line=line)) from None
    except yaml.YAMLError as err:
        raise DataError(Problem(f"not valid YAML: {err}", file=name)) from None
    except RecursionError:  # PyYAML composes nested lists and mappings recursively
        raise DataError(Problem("nested too deeply to read (lists or fields inside each other "
                                "hundreds of levels deep)", file=name)) from None
    finally:
        loader.dispose()


def _mark(node: yaml.Node, loc: Loc, lines: Lines, name: str) -> list[Problem]:
    """Record the line of every key and list item; report keys given twice."""
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            here = (*loc, str(key_node.value))
            line = key_node.start_mark.line + 1
            if here in lines:
                problems.append(Problem(f"given twice (first on line {lines[here]})",
                                        file=name, line=line, field=dotted(here)))
            lines[here] = line
            problems += _mark(value_node, here, lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            at: Loc = (*loc, i)
            lines[at] = item.start_mark.line + 1
            problems += _mark(item, at, lines, name)
    return problems


# --- kinds and referenced files --------------------------------------------------------------


def _model_for(data: dict[str, Any], lines: Lines, name: str) -> type[BaseModel]:
    from .models import KINDS as MODELS

    kind = data.get("kind")
    if kind is None:
        raise DataError(Problem(f"is required: one of {', '.join(KINDS)}", file=name, line=1,
                                field="kind"))
    if kind not in MODELS:
        raise DataError(Problem(f"unknown kind {kind!r}; one of {', '.join(KINDS)}",
                                file=name, line=lines.get(("kind",)), field="kind"))
    return MODELS[kind]


def _referenced(path: Path, ref: str, lines: Lines, stack: tuple[Path, ...],
                problems: list[Problem], allow_photos_outside: bool) -> Any:
    """Load the project file ``ref`` names; on failure add problems and return ``None``."""
    target = path.parent / ref
    chain = (*stack, path)

    def here(message: str) -> Problem:
        return Problem(message, file=str(path), line=lines.get(("project",)), field="project")

    if "\0" in ref:
        problems.append(here(_NUL_IN_NAME.format(ref)))
        return None
    if any(target.resolve() == p.resolve() for p in chain):
        problems.append(here(f"{ref!r} refers back to a file that refers to it"))
        return None
    if not target.is_file():
        problems.append(here(f"no project file {ref!r} next to this file"))
        return None
    try:
        project = _load(target, chain, allow_photos_outside)
    except DataError as err:
        problems.extend(err.problems)
        return None
    if getattr(project, "kind", None) != "project":
        problems.append(here(f"{ref!r} is a {project.kind} file, not a project"))
        return None
    return project


# --- validation errors into problems ---------------------------------------------------------


def _validation_problems(err: ValidationError, name: str, lines: Lines,
                         model: type[BaseModel], skip_project: bool) -> list[Problem]:
    from .models import FieldProblems

    problems = []
    for e in err.errors(include_url=False):
        loc: Loc = tuple(e["loc"])
        if skip_project and loc[:1] == ("project",):
            continue  # already reported where the project file is named
        found = (e.get("ctx") or {}).get("error")
        if isinstance(found, FieldProblems):
            for sub, message in found.problems:
                problems.append(_located(name, lines, (*loc, *sub), message))
        else:
            problems.append(_located(name, lines, loc, _message(e, model)))
    return problems


def _located(name: str, lines: Lines, loc: Loc, message: str) -> Problem:
    line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
    return Problem(message, file=name, line=line, field=dotted(loc) or None)


_PLAIN = {
    "missing": "is required",
    "string_too_short": "must not be empty",
    "list_type": "must be a list (lines starting with '- ')",
    "model_type": "must be a set of fields (key: value lines)",
    "model_attributes_type": "must be a set of fields (key: value lines)",
    "dict_type": "must be a set of fields (key: value lines)",
}


def _message(e: Any, model: type[BaseModel]) -> str:
    kind, got = e["type"], e.get("input")
    ctx = e.get("ctx") or {}
    if kind == "extra_forbidden":
        return _unknown_field(model, tuple(e["loc"]))
    if kind in _PLAIN:
        return _PLAIN[kind] + ("" if kind == "missing" else f" (got {got!r})")
    if kind.startswith(("date_", "datetime_")):
        return f"must be a date like 2019-06-01 (got {got!r})"
    if kind.startswith("int_"):
        return f"must be a whole number (got {got!r})"
    if kind == "string_type":
        return f"must be text (got {got!r})"
    if kind == "string_unicode":  # a lone surrogate, from JSON's "\ud800"
        return f"{got!r} is not valid Unicode text: it holds a lone surrogate"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')} (got {got!r})"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')} (got {got!r})"
    if kind == "value_error":
        return str(e["msg"]).removeprefix("Value error, ")
    text = str(e["msg"])
    return f"{text[:1].lower()}{text[1:]} (got {got!r})"


def _unknown_field(model: type[BaseModel], loc: Loc) -> str:
    allowed = _fields_at(model, loc[:-1])
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown field; did you mean {close[0]!r}?"
    return f"unknown field; the fields here are: {', '.join(allowed)}"


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model found by following ``loc`` down from ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(current.model_fields)


def _inner_model(annotation: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation) if get_origin(annotation) is not None else ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
