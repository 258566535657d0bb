"""Running an attack in a process of its own, under a memory cap the test sets, and measuring
its peak memory: the test machine never actually gives a bomb gigabytes.

The cap is ``RLIMIT_AS`` of the new process (its worker processes inherit it); the peak is the
largest resident size of that process and the processes it waited for (``wait4``), so a worker
that renders the document is counted.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Capped:
    """What a capped run gave: its exit code, output, errors and peak memory in MB."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()


def run_capped(args: list[str], *, cap_mb: int, cwd: Path, env: dict[str, str] | None = None,
               timeout: float = 120) -> Capped:
    """``python ARGS`` with an address space of at most ``cap_mb`` MB."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop("REPORTKIT_DEBUG", None)
    cap = cap_mb * 1024 * 1024

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, *args], cwd=cwd, env=environment,
                                   stdout=out, stderr=err, preexec_fn=limit)
        try:
            _, status, usage = _wait4(process.pid, timeout)
        except TimeoutError:
            process.kill()
            process.wait()
            raise
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Capped(process.returncode, out.read().decode(), err.read().decode(),
                      usage.ru_maxrss / 1024)


def _wait4(pid: int, timeout: float) -> tuple[int, int, resource.struct_rusage]:
    import time

    deadline = time.monotonic() + timeout
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return done, status, usage
        if time.monotonic() > deadline:
            raise TimeoutError(f"the capped process did not end within {timeout} s")
        time.sleep(0.02)


def module(*args: str | Path) -> list[str]:
    """The arguments for ``python -m reportkit ARGS``."""
    return ["-m", "reportkit", *[str(a) for a in args]]
