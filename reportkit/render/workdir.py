"""The temporary folder a PDF run works in, and the cleaning up after runs that were killed.

Each run works in ``<temp>/reportkit-pdf-<pid>-<random>``: its LibreOffice profiles, lists,
logs and the PDFs before they are checked and moved. The folder's name holds the pid of the
Python process that owns it, so a run killed outright (SIGKILL, a closed terminal, power loss)
is recognised at the next start: its owner is gone. :func:`clean_stale` then ends any
LibreOffice still working for it (found by the folder's path on its command line, with its
whole process group) and removes the folder. Folders of live runs and of other users are
left alone.

    >>> with work_folder() as folder:
    ...     folder.name.startswith(f"reportkit-pdf-{os.getpid()}-")
    True
    >>> folder.exists()
    False
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PREFIX", "clean_stale", "pid_alive", "work_folder"]

PREFIX = "reportkit-pdf-"
_OWNER = re.compile(rf"{PREFIX}(\d+)-")


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A new work folder in the system's temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def clean_stale() -> list[Path]:
    """End the LibreOffice processes of dead runs and remove their folders; the folders removed.

    >>> clean_stale() is not None
    True
    """
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        owner = _OWNER.match(folder.name)
        if owner is None or not folder.is_dir() or not _mine(folder):
            continue
        if pid_alive(int(owner.group(1))):
            continue
        _end_processes_using(folder)
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (when unsure: yes, so nothing live is touched).

    >>> pid_alive(os.getpid())
    True
    """
    if sys.platform == "win32":  # pragma: no cover - os.kill would end the process there
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _mine(folder: Path) -> bool:
    if not hasattr(os, "getuid"):
        return True
    try:
        return folder.stat().st_uid == os.getuid()
    except OSError:
        return False


def _end_processes_using(folder: Path) -> None:
    """Kill the process group of every process whose command line names ``folder``."""
    if os.name == "nt":  # pragma: no cover - no command lines to read; the files stay locked
        return
    own = os.getpgrp()
    for pid in _processes_naming(folder.name):  # a name URLs never escape
        with contextlib.suppress(OSError):
            group = os.getpgid(pid)
            if group != own:
                os.killpg(group, signal.SIGKILL)
            else:
                os.kill(pid, signal.SIGKILL)


def _processes_naming(text: str) -> list[int]:
    """Pids of processes whose command line contains ``text`` (/proc, else ``ps``)."""
    proc = Path("/proc")
    if proc.is_dir():
        found = []
        for entry in proc.iterdir():
            if entry.name.isdigit():
                try:
                    command = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
                except OSError:
                    continue
                if text in command:
                    found.append(int(entry.name))
        return found
    listing = subprocess.run(["ps", "-A", "-o", "pid=,command="], capture_output=True,
                             text=True, check=False).stdout
    return [int(line.split(None, 1)[0]) for line in listing.splitlines()
            if text in line and line.split(None, 1)[0].isdigit()]


def _windows_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel.GetLastError() == 5)  # access denied: it exists
    code = ctypes.c_ulong()
    kernel.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE
