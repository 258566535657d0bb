"""How many LibreOffice workers this machine can run: its cores, capped by free memory.

One LibreOffice converting reportkit's documents peaks at about 210 MiB resident
(``benchmarks/bench_pdf.py`` measures it: 150 MiB while converting, more while starting), so
each worker is given ``WORKER_MEMORY`` = 400 MiB of the memory available now, twice that, for
documents with pictures and for the rest of the machine.

    >>> 1 <= default_workers(100) <= cores()
    True
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["WORKER_MEMORY", "available_memory", "cores", "default_workers"]

WORKER_MEMORY = 400 * 2**20


def default_workers(documents: int) -> int:
    """``min(cores, available memory // WORKER_MEMORY, documents)``, at least 1.

    >>> default_workers(1)
    1
    """
    workers = cores()
    memory = available_memory()
    if memory is not None:
        workers = min(workers, memory // WORKER_MEMORY)
    return max(1, min(workers, documents))


def cores() -> int:
    """The cores this process may run on (its affinity where the system tells it).

    >>> cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes of memory available without swapping, or None where it cannot be read.

    >>> (available_memory() or 1) > 0
    True
    """
    if sys.platform == "win32":
        return _windows_available()
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _windows_available() -> int | None:  # pragma: no cover - Windows only
    class Status(ctypes.Structure):
        _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                    ("total", ctypes.c_ulonglong), ("available", ctypes.c_ulonglong),
                    ("page_total", ctypes.c_ulonglong), ("page_available", ctypes.c_ulonglong),
                    ("virtual_total", ctypes.c_ulonglong),
                    ("virtual_available", ctypes.c_ulonglong),
                    ("extended", ctypes.c_ulonglong)]

    status = Status()
    status.length = ctypes.sizeof(Status)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return int(status.available)
