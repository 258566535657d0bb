"""What a template is given: the names of a context, and the file names made from them.

A context is a mapping (a dict, a database row made a dict, a table row) or a pydantic model.
A model's fields and computed fields become the names, as the model's own attribute values (not
a dump), so a template reaches nested models and their computed fields and properties. A
mapping's items become the names, with every date-and-time at midnight inside it made a date
(:func:`reportkit.read.dates.dated`: how openpyxl and database drivers give a date, and what
reportkit's own table reader gives), so ``format_date`` takes it.

    >>> import datetime as dt
    >>> context_names({"start": dt.datetime(2019, 6, 1), "n": 1})
    {'start': datetime.date(2019, 6, 1), 'n': 1}

Nothing given is changed: new dicts and lists are made where a value changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from reportkit.errors import Problem, RenderError
from reportkit.i18n import gettext as _
from reportkit.i18n import os_reason
from reportkit.read.dates import dated

__all__ = ["BinaryOutput", "NameFunction", "context_names", "file_name", "stream_writer"]

NameFunction = Callable[[int, Mapping[str, Any]], str]
"""Makes a record's file name from its index (1, 2, …) and names."""


class BinaryOutput(Protocol):
    """Where :meth:`reportkit.Template.render` can write a document besides a path: anything
    with a ``write`` taking bytes (``open(path, "wb")``, ``io.BytesIO()``,
    ``sys.stdout.buffer``, a web framework's response)."""

    def write(self, data: bytes, /) -> object:
        """Write ``data``."""
        ...  # pragma: no cover


def context_names(context: Any) -> dict[str, Any]:
    """The names a template sees: a mapping's items (dates as dates), or a pydantic model's
    fields and computed fields as attribute values.

    >>> context_names({"a": 1})
    {'a': 1}
    """
    if isinstance(context, Mapping):
        return {name: dated(value) for name, value in context.items()}
    fields = getattr(type(context), "model_fields", None)
    if fields is None:
        hint = "; for a database row, dict(row)" if hasattr(context, "keys") else ""
        raise TypeError("a template context must be a mapping or a pydantic model, "
                        f"not {type(context).__name__}{hint}")
    computed = type(context).model_computed_fields
    return {n: getattr(context, n) for n in [*fields, *computed]}


def stream_writer(out: Any) -> Callable[[bytes], object]:
    """The ``write`` of a binary stream, or a TypeError saying what ``render`` takes.

    >>> import io
    >>> stream_writer(io.StringIO())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: a .docx is bytes: give render() a binary stream (open(path, 'wb'), ...
    """
    import io

    if isinstance(out, io.TextIOBase):
        raise TypeError("a .docx is bytes: give render() a binary stream (open(path, 'wb'), "
                        "io.BytesIO(), sys.stdout.buffer), not a text stream")
    write = getattr(out, "write", None)
    if not callable(write):
        raise TypeError("render() writes to a file's path or a binary stream, "
                        f"not {type(out).__name__}")

    def written(data: bytes) -> object:
        try:
            return write(data)
        except OSError as exc:  # a closed pipe, a full disk
            name = getattr(out, "name", None)
            raise RenderError(Problem(_("cannot write the document: {reason}").format(
                                          reason=os_reason(exc)),
                                      file=os.fspath(name) if isinstance(name, str) else None,
                                          code="output.cannot_write")
                              ) from None
    return written


def file_name(pattern: str | NameFunction, index: int, names: Mapping[str, Any]) -> str:
    """Record ``index``'s file name: ``pattern`` (a :class:`reportkit.output.NamePattern`) or
    a function of the index and the names; a name the record lacks is a RenderError.

    >>> file_name("{index:04d}-{code}.docx", 7, {"code": "A-1"})
    '0007-A-1.docx'
    """
    if callable(pattern):
        return pattern(index, names)
    from reportkit.output.names import NamePattern, UnknownName

    try:
        return NamePattern(pattern).name(names, index=index)
    except UnknownName as exc:
        raise RenderError(_("cannot make a file name from {pattern}: no name {name} in the "
                            "record").format(pattern=repr(pattern), name="{" + exc.name + "}")
                          ) from None
    except ValueError as exc:
        raise RenderError(str(exc)) from None
