"""Running an attack in a process of its own, under a memory cap the test sets, and measuring
its peak memory: the test machine never actually gives a bomb gigabytes.

The cap is ``RLIMIT_AS`` of the new process (its worker processes inherit it); the peak is the
largest resident size of that process and the processes it waited for (``wait4``), so a worker
that renders the document is counted.
"""

from __future__ import annotations

import os
import signal
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
    with tempfile.TemporaryDirectory() as folder:
        out, err, peak = (Path(folder) / name for name in ("out", "err", "peak"))
        with out.open("wb") as stdout, err.open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-c", _LAUNCHER, str(cap_mb * 1024 * 1024), str(peak), *args],
                cwd=cwd, env=environment, stdout=stdout, stderr=stderr, start_new_session=True)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                raise TimeoutError(f"the capped process did not end within {timeout} s") from None
        return Capped(process.returncode, out.read_text("utf-8"), err.read_text("utf-8"),
                      int(peak.read_text()) / 1024)


# A small Python that runs the program as its child and writes the child's peak. Not the test
# process's own child: a process forked from it (or exec'd after vfork) starts its peak from the
# test process's resident size, 300 MB late in a suite run, whatever it then does itself.
_LAUNCHER = """\
import os, resource, sys
cap, peak, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.execv(sys.executable, [sys.executable, *args])
_, status, usage = os.wait4(pid, 0)
with open(peak, "w") as file:
    file.write(str(usage.ru_maxrss))
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)  # killed by a signal: as a shell says
"""


def module(*args: str | Path) -> list[str]:
    """The arguments for ``python -m reportkit ARGS``."""
    return ["-m", "reportkit", *[str(a) for a in args]]
