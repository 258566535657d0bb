"""A pool of LibreOffice workers sharing one list of documents.

Each worker is a thread that drives one LibreOffice at a time (:class:`soffice.Run`) with a
profile of its own. It takes the next share of the documents (at most ``MAX_CHUNK``, about an
equal share each), starts LibreOffice on them, and follows its log: every PDF that is done is
checked (:func:`pdfcheck.pdf_flaw`) and moved to its place at once (:func:`write_pdf`), so a run
that is stopped keeps what it finished. Outcomes go to the calling thread, which reports
progress and gathers them in input order.

When LibreOffice crashes, or a document takes longer than the timeout, the worker ends the
whole process group. The document it was converting (the log names it) is tried once more on
its own; a second fault is that document's problem, and the others go back to the queue
untouched. A PDF that cannot be written (disk full) stops the run: the rest would fail alike.
"""

from __future__ import annotations

import math
import queue
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportkit.errors import ConversionError, Problem, RenderError
from reportkit.i18n import N_
from reportkit.i18n import gettext as _
from reportkit.output.atomic import atomic_path

from .pdfcheck import pdf_flaw
from .soffice import Run, make_profile

__all__ = ["NO_PDF", "Job", "Outcome", "Pool", "write_pdf"]

MAX_CHUNK = 200  # documents per LibreOffice start: its ~1 s start shared, its memory bounded
POLL = 0.05  # seconds between looks at a run's log
END_GRACE = 10.0  # seconds LibreOffice gets to close after its last document
NO_PDF = N_("LibreOffice produced no PDF for this file")  # translated when a problem is made

Progress = Callable[[int, int], None]


@dataclass
class Job:
    """One document: its place in the caller's list, the .docx, the PDF to write."""

    index: int
    source: Path
    target: Path
    faults: int = 0  # crashes and timeouts while LibreOffice was converting it


@dataclass(frozen=True)
class Outcome:
    """A finished document: the PDF written, or the problem that stopped it."""

    pdf: Path | None = None
    problem: Problem | None = None


@dataclass
class _Tally:
    """What one run's log has said so far."""

    deadline: float
    reported: set[int] = field(default_factory=set)
    current: int = 0  # the document being converted, 0 between documents
    heard: bool = False
    ended: bool = False


def write_pdf(produced: Path, target: Path) -> None:
    """Copy a checked PDF to ``target``: whole and on disk (fsync) before the rename, or not at all.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "made.pdf").write_bytes(b"%PDF-1.7 ...")
    >>> write_pdf(folder / "made.pdf", folder / "out" / "a.pdf")
    >>> (folder / "out" / "a.pdf").read_bytes()
    b'%PDF-1.7 ...'
    """
    with atomic_path(target, sync=True) as tmp:
        shutil.copyfile(produced, tmp)


class Pool:
    """``workers`` LibreOffice workers converting ``jobs``; :meth:`run` gives their outcomes."""

    def __init__(self, soffice: str, folder: Path, jobs: list[Job], *, workers: int,
                 timeout: float) -> None:
        self._soffice = soffice
        self._folder = folder
        self._jobs = jobs
        self._workers = max(1, min(workers, len(jobs)))
        self._timeout = timeout
        self._chunk = max(1, min(MAX_CHUNK, math.ceil(len(jobs) / self._workers)))
        self._pending = deque(jobs)
        self._lock = threading.Lock()
        self._events: queue.Queue[tuple[str, Job | None, object]] = queue.Queue()
        self._stop = threading.Event()
        self._why_stopped = _("not converted: the conversion was stopped")
        self.problems: list[Problem] = []  # problems of the whole run, not of one document

    def run(self, progress: Progress | None = None) -> list[Outcome]:
        """Convert every job; outcomes in job order. Interrupted, it stops every LibreOffice."""
        threads = [threading.Thread(target=self._worker, args=(n,), daemon=True,
                                    name=f"reportkit-pdf-{n}") for n in range(self._workers)]
        outcomes: dict[int, Outcome] = {}
        try:
            for thread in threads:
                thread.start()
            if progress is not None:
                progress(0, len(self._jobs))
            self._gather(outcomes, len(threads), progress)
        finally:
            self._stop.set()  # a no-op after a normal end; on Ctrl-C it ends every run
            for thread in threads:
                thread.join()
        return [outcomes.get(job.index)
                or Outcome(problem=Problem(self._why_stopped, file=str(job.source),
                    code="pdf.stopped"))
                for job in self._jobs]

    def _gather(self, outcomes: dict[int, Outcome], running: int,
                progress: Progress | None) -> None:
        while running:
            try:  # a timeout, so Ctrl-C is seen on Windows too
                kind, job, value = self._events.get(timeout=0.2)
            except queue.Empty:
                continue
            if kind == "exit":
                running -= 1
            elif kind == "outcome" and job is not None and isinstance(value, Outcome):
                outcomes[job.index] = value
                if progress is not None:
                    progress(len(outcomes), len(self._jobs))
            elif kind == "fatal" and isinstance(value, ConversionError):
                self.problems += value.problems
                self._halt(_("not converted: LibreOffice could not be run"))
            elif isinstance(value, BaseException):  # a bug in a worker: not hidden
                self._halt(_("not converted: the conversion was stopped"))
                raise value

    def _worker(self, number: int) -> None:
        folder = self._folder / f"worker{number}"
        try:
            profile = make_profile(folder / "profile")
            while not self._stop.is_set():
                chunk = self._take()
                if not chunk:
                    break
                self._convert(folder, profile, chunk)
        except ConversionError as exc:
            self._events.put(("fatal", None, exc))
        except BaseException as exc:
            self._events.put(("bug", None, exc))
        finally:
            self._events.put(("exit", None, None))

    def _take(self) -> list[Job]:
        """The next share of documents; a document retried after a fault goes alone."""
        with self._lock:
            if self._pending and self._pending[0].faults:
                return [self._pending.popleft()]
            chunk: list[Job] = []
            while self._pending and len(chunk) < self._chunk and not self._pending[0].faults:
                chunk.append(self._pending.popleft())
            return chunk

    def _requeue(self, jobs: list[Job]) -> None:
        with self._lock:
            self._pending.extendleft(reversed(jobs))

    def _halt(self, why: str) -> None:
        with self._lock:
            if not self._stop.is_set():
                self._why_stopped = why
                self._stop.set()

    def _report(self, job: Job, outcome: Outcome) -> None:
        self._events.put(("outcome", job, outcome))

    def _convert(self, folder: Path, profile: Path, chunk: list[Job]) -> None:
        out = folder / "out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        pairs = [(job.source, out / f"{n}.pdf") for n, job in enumerate(chunk, start=1)]
        run = Run(self._soffice, profile, folder, pairs)
        tally = _Tally(deadline=time.monotonic() + self._timeout)
        try:
            fault = self._follow(run, chunk, pairs, tally)
        finally:
            run.end()
        self._settle(run, chunk, tally, fault or _("it ended without finishing"))

    def _follow(self, run: Run, chunk: list[Job], pairs: list[tuple[Path, Path]],
                tally: _Tally) -> str | None:
        """Watch the run until it ends; what went wrong ("stopped", "timeout", an exit), if any."""
        while True:
            code = run.exit_code()  # before the log, so the last read sees all it wrote
            for kind, n, _detail in run.events():
                if self._stop.is_set():  # a write failed: publish nothing more
                    return "stopped"
                tally.heard = True
                tally.deadline = time.monotonic() + (END_GRACE if kind == "end" else self._timeout)
                if kind == "start":
                    tally.current = n
                elif kind in ("done", "fail") and 1 <= n <= len(chunk):
                    self._report(chunk[n - 1], self._outcome(kind, chunk[n - 1], pairs[n - 1][1]))
                    tally.reported.add(n)
                    tally.current = 0
                tally.ended = tally.ended or kind == "end"
            if code is not None:
                return None if tally.ended else _exit_words(code)
            if self._stop.is_set():
                return "stopped"
            if time.monotonic() > tally.deadline:
                return None if tally.ended else "timeout"
            time.sleep(POLL)

    def _outcome(self, kind: str, job: Job, produced: Path) -> Outcome:
        if kind == "fail":
            return Outcome(problem=Problem(_(NO_PDF), file=str(job.source), code="pdf.no_pdf"))
        flaw = pdf_flaw(produced)
        if flaw is not None:
            return Outcome(problem=Problem(_(
                "LibreOffice wrote a damaged PDF ({flaw}), so it was not kept; convert the "
                "document again, and if it fails again open it in Word to check it").format(
                    flaw=flaw), file=str(job.source), code="pdf.damaged"))
        try:
            write_pdf(produced, job.target)
        except RenderError as exc:
            self._halt(_("not converted: the conversion stopped when {file} could not be "
                         "written").format(file=job.target))
            return Outcome(problem=exc.problems[0])
        produced.unlink(missing_ok=True)
        return Outcome(pdf=job.target)

    def _settle(self, run: Run, chunk: list[Job], tally: _Tally, fault: str) -> None:
        """After a crash or a hang: blame the document being converted, requeue the rest."""
        unfinished = [job for n, job in enumerate(chunk, start=1) if n not in tally.reported]
        if not unfinished or fault == "stopped":
            return
        if not tally.heard:  # it never opened a document: LibreOffice itself is failing
            raise ConversionError(_("LibreOffice stopped before converting anything ({fault}): "
                                    "{output}").format(fault=_fault_words(fault),
                                                       output=run.output_tail()))
        suspect = chunk[tally.current - 1] if tally.current else unfinished[0]
        rest = [job for job in unfinished if job is not suspect]
        suspect.faults += 1
        if suspect.faults < 2:
            self._requeue([suspect, *rest])
            return
        self._report(suspect, Outcome(problem=Problem(self._fault_message(fault),
                                                      file=str(suspect.source), code="pdf.fault")))
        self._requeue(rest)

    def _fault_message(self, fault: str) -> str:
        if fault == "timeout":
            return _("LibreOffice did not finish this document within {seconds} s, twice; it "
                     "may be very large or damaged: open it in Word to check it, or give a "
                     "longer timeout").format(seconds=f"{self._timeout:g}")
        return _("LibreOffice stopped while converting this document, twice ({fault}); open it "
                 "in Word to see whether it is damaged").format(fault=_fault_words(fault))


def _exit_words(code: int) -> str:
    """How a run ended without finishing, in words.

    >>> _exit_words(-11), _exit_words(0), _exit_words(1)
    ('killed by signal 11', 'it ended without finishing', 'exit code 1')
    """
    if code < 0:
        return _("killed by signal {signal}").format(signal=-code)
    if code == 0:
        return _("it ended without finishing")
    return _("exit code {code}").format(code=code)


def _fault_words(fault: str) -> str:
    """A fault as a message shows it: "timeout" in words, the others as they were made.

    >>> _fault_words("timeout"), _fault_words("exit code 1")
    ('timeout', 'exit code 1')
    """
    return _("timeout") if fault == "timeout" else fault
