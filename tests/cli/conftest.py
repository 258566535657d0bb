"""Fixtures for the command-line tests; the helpers are in ``tests.helpers.cli``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reportkit.cli import cli
from tests.helpers.cli import Run


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run("render", "x.yaml")``: the command as a user types it, in ``tmp_path``.

    The result has ``exit_code``, ``stdout`` and ``stderr`` apart.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REPORTKIT_DEBUG", raising=False)

    def _run(*args: str | Path) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], prog_name="reportkit")
    return _run
