"""The one way reportkit writes an output file: a temporary file beside it, then a rename.

A reader never sees half a document, and a failure leaves the old file (if any) untouched and
no temporary file behind. The temporary file is hidden and never ends in the output's suffix
(``.0001.docx.k3j9x2.tmp``): a run killed outright (SIGKILL, power loss) cannot clean up, and
what it leaves is such a ``.tmp`` file, safe to delete, never a half-written ``*.docx``.
The finished file gets the permissions a new file gets (``0o666`` less the umask), or keeps
those of the file it replaces, not the owner-only ``0o600`` of a temporary file.

Only an ordinary file (or a link, which is replaced, not followed) is ever replaced: an output
path that is a folder, a device (``/dev/null``), a named pipe or a socket is refused before
anything is written, so ``-o /dev/null`` run as root cannot replace the system's ``/dev/null``
with a document.

On Windows a document open in Word cannot be replaced: the rename fails with a sharing or
permission error, said as "the file is open in another program: close it and run again". A
path longer than the system allows (259 characters on Windows unless long paths are turned on,
a name of 255 bytes elsewhere) is said to be too long, with the length.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "new" / "a.txt"
    >>> with atomic_path(out) as tmp:
    ...     _ = tmp.write_text("done")
    >>> out.read_text()
    'done'
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reportkit.errors import Problem, RenderError
from reportkit.i18n import N_, os_reason
from reportkit.i18n import gettext as _

__all__ = ["atomic_path", "check_output", "prepare_output"]


@contextlib.contextmanager
def atomic_path(out: Path, *, sync: bool = False) -> Iterator[Path]:
    """Yield a temporary path in ``out``'s folder (made if missing); on success it becomes ``out``.

    An unwritable folder is a :class:`RenderError` naming the path, and so is a path that is
    not an ordinary file (below). With ``sync`` the file's bytes reach the disk (fsync) before
    the rename, and the rename itself after it, so even a power cut leaves the old file or the
    whole new one:

    >>> with atomic_path(Path("/proc/reportkit/x.docx")) as tmp:  # doctest: +ELLIPSIS
    ...     pass
    Traceback (most recent call last):
    reportkit.errors.RenderError: /proc/reportkit/x.docx: cannot write here (...)...
    >>> with atomic_path(Path("/dev/null")) as tmp:  # doctest: +ELLIPSIS
    ...     pass
    Traceback (most recent call last):
    reportkit.errors.RenderError: /dev/null: cannot write here (not a file); the path is a device...
    """
    out = Path(out)
    prepare_output(out)
    try:
        fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if sync:
            _fsync(tmp)
        check_output(out)  # still: the path may have changed while the file was made
        os.chmod(tmp, _mode(out))
        _replace(tmp, out)
        if sync and os.name != "nt":  # Windows cannot open a folder to sync it
            _fsync(out.parent)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


_SHARING_VIOLATION, _LOCK_VIOLATION, _FILENAME_EXCED_RANGE = 32, 33, 206  # Windows' codes
WINDOWS_MAX_PATH = 259
"""The longest path Windows opens unless long paths are turned on (MAX_PATH less its NUL)."""


def _replace(tmp: Path, out: Path) -> None:
    """``os.replace``, with a document another program holds open said as such."""
    try:
        os.replace(tmp, out)
    except PermissionError as exc:
        held = getattr(exc, "winerror", None) in (_SHARING_VIOLATION, _LOCK_VIOLATION)
        if held or (out.is_file() and os.access(out.parent, os.W_OK)):
            raise RenderError(Problem(_("the file is open in another program (Word, LibreOffice, "
                                        "a PDF viewer): close it and run again"),
                                      file=str(out), code="output.file_open")) from None
        raise


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY if path.is_dir() else os.O_RDWR  # Windows syncs writable handles only
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_KINDS = ((stat.S_ISDIR, N_("a folder")), (stat.S_ISCHR, N_("a device")),
          (stat.S_ISBLK, N_("a device")), (stat.S_ISFIFO, N_("a named pipe (FIFO)")),
          (stat.S_ISSOCK, N_("a socket")))


def prepare_output(out: Path) -> None:
    """Make ``out``'s folder; refuse an ``out`` that is not an ordinary file or a link (a
    folder, a device, a named pipe, a socket). Either is a RenderError naming it. What
    :func:`atomic_path` does first, for a caller that wants it done before its work.

    >>> prepare_output(Path("/dev/null"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    reportkit.errors.RenderError: /dev/null: cannot write here (not a file); the path is a device...
    """
    check_output(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(out, exc) from None


def check_output(out: Path) -> None:
    """Refuse an ``out`` that exists and is not an ordinary file or a link."""
    try:
        mode = out.lstat().st_mode
    except OSError:
        return  # not there (or not reachable: making the temporary file will say so)
    for test, kind in _KINDS:
        if test(mode):
            what = _("a file name") if kind == "a folder" else _("the name of a file to write")
            raise RenderError(Problem(_("cannot write here (not a file); the path is {kind}; "
                                        "give {what}").format(kind=_(kind), what=what),
                                      file=str(out), code="output.not_a_file"))


def _too_long(out: Path, exc: OSError) -> bool:
    """Whether ``exc`` says the path is longer than the system allows.

    Windows says "file not found" (or error 206) for a path beyond its limit.

    >>> _too_long(Path("a.docx"), OSError(errno.ENAMETOOLONG, "File name too long"))
    True
    """
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == _FILENAME_EXCED_RANGE:
        return True
    return (os.name == "nt" and exc.errno in (errno.ENOENT, errno.EINVAL)
            and len(str(out.absolute())) > WINDOWS_MAX_PATH)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it


def _mode(out: Path) -> int:
    """The permissions ``out`` should have: those it has now, or a new file's.

    >>> import tempfile
    >>> old = Path(tempfile.mkdtemp()) / "old.docx"
    >>> old.touch(mode=0o640)
    >>> oct(_mode(old))
    '0o640'
    """
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _cannot_write(out: Path, exc: OSError) -> RenderError:
    reason = os_reason(exc)
    hint = _("choose another output folder or check its permissions")
    if _too_long(out, exc):
        return RenderError(Problem(
            _("cannot write here (the path is too long: {length} characters); choose a shorter "
              "folder or file name (Windows allows {limit} characters unless long paths are "
              "turned on)").format(length=len(str(out.absolute())), limit=WINDOWS_MAX_PATH),
            file=str(out), code="output.path_too_long"))
    if out.is_dir():
        hint = _("the path is a folder; give a file name")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        hint = _("the disk is full: free some space or choose another output folder")
    if exc.errno == errno.EEXIST and out.parent.is_file():  # mkdir's words: "File exists"
        reason = _("{folder} is a file, not a folder").format(folder=out.parent)
    return RenderError(Problem(_("cannot write here ({reason}); {hint}").format(
        reason=reason, hint=hint), file=str(out), code="output.cannot_write"))
