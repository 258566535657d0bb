"""LibreOffice itself: where it is, a private profile holding reportkit's macro, and one run.

A run is one ``soffice`` process in a process group (a session on POSIX) of its own, given a
list of documents. It converts them one after another with a small Basic macro that lives in
the run's private profile, and notes each step in a log file::

    start 1        (document 1 is being opened)
    done 1         (its PDF is written)
    fail 2 <why>   (LibreOffice could not open or export document 2)
    end            (every document was tried; LibreOffice is closing)

The log tells the pool exactly which document a crash or a hang happened in. The macro, not
``--convert-to``, does the converting because it also updates every table of contents (and
other indexes) before export, which ``--convert-to`` never does; and the list is a file, so
10 000 documents never make an over-long command line.

Which LibreOffice runs is :func:`reportkit.render.pdf.find_soffice`'s choice.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportkit.errors import ConversionError
from reportkit.i18n import N_, os_reason
from reportkit.i18n import gettext as _

from .soffice_profile import write_profile

__all__ = ["ENV", "INSTALL_HINT", "Run", "install_hint", "make_profile", "not_found"]

ENV = "REPORTKIT_SOFFICE"
_DOWNLOAD = "https://www.libreoffice.org/download/"
_HOW = {
    "win32": N_("install it from {download} (reportkit finds it in C:\\Program Files\\LibreOffice "
                "without more ado)"),
    "darwin": N_("install it from {download} into Applications, or with "
                 "`brew install --cask libreoffice`"),
    "linux": N_("install it with `apt-get install libreoffice-writer-nogui` (Debian, Ubuntu), "
                "`dnf install libreoffice-writer` (Fedora) or from {download}, and put `soffice` "
                "on PATH"),
}
_HINT = N_("LibreOffice is needed for PDF: {how}, or give its path with --soffice or the "
           "environment variable {env}")


def install_hint(platform: str = sys.platform, translate: Callable[[str], str] = _) -> str:
    """How to install LibreOffice on the system in use, as the end of a message, in the
    language reportkit speaks (``translate=N_``: in English).

    >>> install_hint("win32")  # doctest: +ELLIPSIS
    'LibreOffice is needed for PDF: install it from https://www.libreoffice.org/download/ ...'
    >>> "apt-get install libreoffice-writer-nogui" in install_hint("linux")
    True
    """
    how = translate(_HOW.get(platform, _HOW["linux"])).format(download=_DOWNLOAD)
    return translate(_HINT).format(how=how, env=ENV)


INSTALL_HINT = install_hint(translate=N_)
"""How to install LibreOffice here (:func:`install_hint` for this system), in English; the
messages reportkit makes use :func:`install_hint`, in the language it speaks."""


def not_found(places: list[Path]) -> str:
    """The message for a LibreOffice found nowhere: where it was looked for, how to install it.

    >>> not_found([Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")])[:70]
    'LibreOffice (soffice) is not on PATH, nor in /Applications/LibreOffice'
    """
    if not places:
        return _("LibreOffice (soffice) is not on PATH. {hint}").format(hint=install_hint())
    return _("LibreOffice (soffice) is not on PATH, nor in {places}. {hint}").format(
        places=_(" or ").join(str(p) for p in places), hint=install_hint())


_MACRO = """\
REM reportkit: convert the documents a list names, noting each step in a log.
Sub Convert(listUrl As String, logUrl As String)
  Dim list As Integer, source As String, target As String, n As Long
  list = FreeFile
  Open ConvertFromURL(listUrl) For Input As #list
  Do While Not EOF(list)
    Line Input #list, source
    Line Input #list, target
    n = n + 1
    Note(logUrl, "start " & n)
    Note(logUrl, ConvertOne(source, target, n))
  Loop
  Close #list
  Note(logUrl, "end")
  StarDesktop.terminate()
End Sub

Function ConvertOne(source As String, target As String, n As Long) As String
  Dim doc As Object, indexes As Object, i As Long
  Dim opening(0) As New com.sun.star.beans.PropertyValue
  Dim saving(0) As New com.sun.star.beans.PropertyValue
  On Error GoTo Failed
  opening(0).Name = "Hidden" : opening(0).Value = True
  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, opening())
  If IsNull(doc) Then
    ConvertOne = "fail " & n & " not opened"
    Exit Function
  End If
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  saving(0).Name = "FilterName" : saving(0).Value = "writer_pdf_Export"
  doc.storeToURL(target, saving())
  doc.close(True)
  ConvertOne = "done " & n
  Exit Function
Failed:
  ConvertOne = "fail " & n & " " & Error$
  On Error Resume Next
  If Not IsNull(doc) Then doc.close(True)
End Function

Sub Note(logUrl As String, text As String)
  Dim f As Integer
  f = FreeFile
  Open ConvertFromURL(logUrl) For Append As #f
  Print #f, Replace(Replace(text, Chr(13), " "), Chr(10), " ")
  Close #f
End Sub
"""
_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {kind} PUBLIC '
         '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "{dtd}">\n')
_LIBRARIES = _HEAD.format(kind="library:libraries", dtd="libraries.dtd") + (
    '<library:libraries xmlns:library="http://openoffice.org/2000/library" '
    'xmlns:xlink="http://www.w3.org/1999/xlink">\n'
    ' <library:library library:name="Standard" library:link="false"/>\n</library:libraries>\n')
_LIBRARY = _HEAD.format(kind="library:library", dtd="library.dtd") + (
    '<library:library xmlns:library="http://openoffice.org/2000/library" '
    'library:name="Standard" library:readonly="false" library:passwordprotected="false">'
    '{elements}</library:library>\n')
_MODULE = _HEAD.format(kind="script:module", dtd="module.dtd") + (
    '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Reportkit" '
    f'script:language="StarBasic">{escape(_MACRO)}</script:module>\n')
# ooSetupInstCompleted: without it LibreOffice takes the profile for new and copies its own
# presets over user/basic, dropping the macro.
# No first-start wizard; the rest of the profile is soffice_profile's (no links, no fetching).
_SETTINGS = (("/org.openoffice.Setup/Office", "ooSetupInstCompleted", "true"),
             ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"))


def make_profile(folder: Path) -> Path:
    """Write a LibreOffice user profile holding reportkit's macro into ``folder``; return it.

    >>> import tempfile
    >>> profile = make_profile(Path(tempfile.mkdtemp()) / "profile")
    >>> "Sub Convert" in (profile / "user/basic/Standard/Reportkit.xba").read_text()
    True
    """
    write_profile(folder, extra=_SETTINGS)  # links never followed, nothing fetched
    basic = folder / "user" / "basic"
    (basic / "Standard").mkdir(parents=True, exist_ok=True)
    for name in ("script.xlc", "dialog.xlc"):
        (basic / name).write_text(_LIBRARIES, encoding="utf-8")
    (basic / "Standard" / "script.xlb").write_text(
        _LIBRARY.format(elements='\n <library:element library:name="Reportkit"/>\n'),
        encoding="utf-8")
    (basic / "Standard" / "dialog.xlb").write_text(_LIBRARY.format(elements=""), encoding="utf-8")
    (basic / "Standard" / "Reportkit.xba").write_text(_MODULE, encoding="utf-8")
    return folder


_NEW_GROUP = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)  # Windows' process groups
Event = tuple[str, int, str]
"""One line of a run's log: ("start" | "done" | "fail" | "end", document number, detail)."""


class Run:
    """One LibreOffice process converting ``pairs`` (.docx, PDF to write) in order.

    Its files live in ``folder`` (the list, the log, LibreOffice's own output); it runs in a
    process group of its own so that :meth:`end` stops LibreOffice and everything it started.
    A program that cannot be started is a ConversionError: "not found" with the install hint,
    any other reason (permissions, too many processes) with that reason.
    """

    def __init__(self, soffice: str, profile: Path, folder: Path,
                 pairs: list[tuple[Path, Path]]) -> None:
        self.folder = folder
        self.log = folder / "log.txt"
        self.log.write_bytes(b"")
        self._read = 0
        listing = folder / "list.txt"
        listing.write_text("".join(f"{src.resolve().as_uri()}\n{pdf.resolve().as_uri()}\n"
                                   for src, pdf in pairs), encoding="ascii")
        command = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nolockcheck",
                   f'macro:///Standard.Reportkit.Convert("{listing.resolve().as_uri()}",'
                   f'"{self.log.resolve().as_uri()}")']
        with open(folder / "output.txt", "wb") as output:
            try:
                self.process: subprocess.Popen[bytes] = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=output, stderr=output,
                    start_new_session=os.name != "nt", creationflags=_NEW_GROUP)
            except FileNotFoundError:
                raise ConversionError(_("LibreOffice was not found at {program}. {hint}").format(
                    program=soffice, hint=install_hint())) from None
            except OSError as exc:
                raise ConversionError(_("cannot start LibreOffice ({program}): {reason}; check "
                                        "that it can be run by this user").format(
                    program=soffice, reason=os_reason(exc))) from None

    def events(self) -> list[Event]:
        """The log lines written since the last call (whole lines only)."""
        data = self.log.read_bytes()[self._read:]
        complete = data[: data.rfind(b"\n") + 1]
        self._read += len(complete)
        return [_event(line) for line in complete.decode("utf-8", "replace").splitlines()
                if line.strip()]

    def exit_code(self) -> int | None:
        """LibreOffice's exit code once it has ended (negative: killed by that signal)."""
        return self.process.poll()

    def output_tail(self) -> str:
        """The last line LibreOffice printed, for a message."""
        lines = (self.folder / "output.txt").read_text("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else _("no output")

    def end(self) -> None:
        """Stop the process group (LibreOffice and any child it left running), then reap."""
        _kill_group(self.process)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)


def _event(line: str) -> Event:
    """One log line as an event; an unreadable line is a "fail" of document 0.

    >>> _event("fail 3 not opened")
    ('fail', 3, 'not opened')
    >>> _event("end")
    ('end', 0, '')
    """
    kind, _, rest = line.strip().partition(" ")
    number, _, detail = rest.partition(" ")
    if kind not in ("start", "done", "fail", "end") or (number and not number.isdigit()):
        return ("fail", 0, line.strip())
    return (kind, int(number or 0), detail)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill ``process`` and its whole group, also when it has already ended.

    A group id stays taken while any member lives, so an ended leader's group still names
    exactly the children it left behind.
    """
    if os.name == "nt":  # no process groups to signal: taskkill ends the tree
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)],
                       capture_output=True, check=False)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
