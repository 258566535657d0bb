"""The terminal side of long commands: a progress bar, and Ctrl-C between two documents."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["interrupt_between_items", "progress_bar"]


@contextmanager
def interrupt_between_items() -> Iterator[Callable[[], None]]:
    """Ctrl-C stops a batch between two documents, so no temporary file is left behind;
    a second Ctrl-C stops it at once."""
    asked = False

    def on_sigint(_signum: int, _frame: object) -> None:
        nonlocal asked
        if asked:
            raise KeyboardInterrupt
        asked = True

    def stop_if_asked() -> None:
        if asked:
            raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, on_sigint)
    except ValueError:  # not the main thread: Ctrl-C cannot reach us here anyway
        yield stop_if_asked
        return
    try:
        yield stop_if_asked
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
