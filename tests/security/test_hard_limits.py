"""The hard limits behind the size checks: each document renders in a worker process with a
memory limit and a CPU-time limit, so what no check foresaw still ends as one located
TemplateError, writes nothing, and leaves the next document unharmed.

The bombs here are ones the friendly checks do not catch (every value stays below the size
limit; only their number grows). They run in a process of their own under a memory cap the
test sets (``tests/helpers/capped.py``), with ``REPORTKIT_MEMORY_MB`` and
``REPORTKIT_TIME_LIMIT`` set low so each takes seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest

from reportkit import Template, TemplateError, i18n
from reportkit.cli import EXIT_USAGE
from reportkit.render.isolation import Limits
from tests.helpers.capped import module, run_capped
from tests.helpers.cli import make_template

VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"
# nine-million-character texts, each new, kept in a list: 900 GB if nothing stopped it
MEMORY_BOMB = ("{% set s = 'x' * 9000000 %}{% set ns = namespace(l=[]) %}"
               "{% for i in range(100000) %}{% set ns.l = ns.l + [s ~ i] %}{% endfor %}")
# ten billion turns of an empty loop: hours of processor time
TIME_BOMB = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
MEMORY_LINE = ("uzbrukums.docx, body, paragraph 2 (\"{% set s = 'x' * 9000000 %}{% set ns =…\"): "
               "unsafe template code: the document needed more than 200 MB of memory to "
               "render; a loop or a filter builds too much")
TIME_LINE = ('uzbrukums.docx, body, paragraph 2 ("{% for a in range(100000) %}{% for b in…"): '
             "unsafe template code: the document took more than 2 s of processor time to "
             "render; a loop runs too long")
LOW = {"REPORTKIT_MEMORY_MB": "200", "REPORTKIT_TIME_LIMIT": "2"}


def _template(folder: Path, text: str) -> Path:
    return make_template(folder / "uzbrukums.docx", ["Virsraksts", text])


def _api(template: Path, out: Path) -> list[str]:
    """A script rendering the valid project with ``template`` to ``out``, printing the error."""
    return ["-c", "from reportkit import Template, TemplateError, load\ntry:\n"
                  f"    Template({str(template)!r}).render(load({str(VALID)!r}), {str(out)!r})\n"
                  "except TemplateError as e:\n    print(e)\n"]


@pytest.mark.parametrize(("bomb", "line"), [(MEMORY_BOMB, MEMORY_LINE), (TIME_BOMB, TIME_LINE)],
                         ids=["memory", "time"])
def test_a_bomb_no_check_foresaw_is_one_located_line(bomb: str, line: str,
                                                     tmp_path: Path) -> None:
    template = _template(tmp_path, bomb)
    out = tmp_path / "out"
    started = time.monotonic()
    api = run_capped(_api(template, out / "api.docx"), cap_mb=900, cwd=tmp_path, env=LOW)
    assert (api.returncode, api.stdout.splitlines()) == (0, [line])
    cli = run_capped(module("render", VALID, "-t", template, "-o", out / "cli.docx"),
                     cap_mb=900, cwd=tmp_path, env=LOW)
    assert (cli.returncode, cli.lines) == (EXIT_USAGE, [line])
    assert max(api.peak_mb, cli.peak_mb) < 500  # the worker stopped at 200 MB above its start
    assert time.monotonic() - started < 120
    assert not out.exists() or list(out.iterdir()) == []


def test_after_a_limit_the_next_document_renders(tmp_path: Path) -> None:
    template = _template(tmp_path, "{% if bomb %}" + MEMORY_BOMB + "{% endif %}Sveiki, {{ x }}")
    failed: list[tuple[int, str]] = []
    written = Template(template, limits=Limits(memory_mb=200)).render_many(
        [{"bomb": False, "x": "A"}, {"bomb": True, "x": "B"}, {"bomb": False, "x": "C"}],
        tmp_path / "out", on_error=lambda i, e: failed.append((i, e.problems[0].message)))
    assert [p.name for p in written] == ["0001.docx", "0003.docx"]
    assert [docx.Document(str(p)).paragraphs[1].text for p in written] == ["Sveiki, A",
                                                                           "Sveiki, C"]
    assert failed == [(2, "unsafe template code: the document needed more than 200 MB of "
                          "memory to render; a loop or a filter builds too much")]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0001.docx", "0003.docx"]


def test_a_worker_started_in_english_speaks_latvian_once_latvian_is_chosen(
        tmp_path: Path) -> None:
    """The worker is forked once, in the language of its first document; each document after
    takes the caller's language with it."""
    template = _template(tmp_path, "{% if bomb == 'memory' %}" + MEMORY_BOMB + "{% elif bomb %}"
                         + TIME_BOMB + "{% endif %}Sveiki, {{ x }}")
    tpl = Template(template, limits=Limits(memory_mb=200, seconds=1))
    tpl.render({"bomb": "", "x": "A"}, tmp_path / "a.docx")  # the worker starts, in English
    i18n.set_language("lv")
    with pytest.raises(TemplateError) as memory:
        tpl.render({"bomb": "memory", "x": "B"}, tmp_path / "b.docx")
    with pytest.raises(TemplateError) as time_up:
        tpl.render({"bomb": "time", "x": "C"}, tmp_path / "c.docx")
    assert memory.value.problems[0].message == (
        "nedrošs veidnes kods: dokumenta sagatavošanai vajadzēja vairāk nekā 200 MB atmiņas; "
        "cilpa vai filtrs veido pārāk daudz")
    assert time_up.value.problems[0].message.endswith(  # the prefix is the template error's
        "dokumenta sagatavošana aizņēma vairāk nekā 1 s procesora laika; cilpa darbojas pārāk "
        "ilgi")
    i18n.set_language("en")
    with pytest.raises(TemplateError) as english:
        tpl.render({"bomb": "memory", "x": "D"}, tmp_path / "d.docx")
    assert english.value.problems[0].message == (
        "unsafe template code: the document needed more than 200 MB of memory to render; a loop "
        "or a filter builds too much")
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == ["a.docx", "uzbrukums.docx"]


def test_a_context_that_cannot_be_pickled_renders_in_a_process_of_its_own(
        tmp_path: Path) -> None:
    template = _template(tmp_path, "{{ greet('Ābece') }}")
    out = Template(template).render({"greet": lambda name: f"Sveiki, {name}"},
                                    tmp_path / "ok.docx")
    assert docx.Document(str(out)).paragraphs[1].text == "Sveiki, Ābece"


def test_a_context_that_cannot_be_pickled_is_limited_too(tmp_path: Path) -> None:
    template = _template(tmp_path, "{{ f() }}" + TIME_BOMB)
    with pytest.raises(TemplateError) as caught:
        Template(template, limits=Limits(seconds=1)).render({"f": lambda: ""},
                                                            tmp_path / "x.docx")
    assert caught.value.problems[0].message == (
        "unsafe template code: the document took more than 1 s of processor time to render; "
        "a loop runs too long")
    assert list(tmp_path.glob("*x.docx*")) == []


def test_the_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTKIT_MEMORY_MB", "300")
    monkeypatch.setenv("REPORTKIT_TIME_LIMIT", "2.5")
    assert Limits.from_environment() == Limits(memory_mb=300, seconds=2.5)
    monkeypatch.setenv("REPORTKIT_TIME_LIMIT", "ilgi")
    with pytest.raises(Exception, match=r"REPORTKIT_TIME_LIMIT must be a positive number "
                                        r"\(got 'ilgi'\)"):
        Limits.from_environment()
    i18n.set_language("lv")
    with pytest.raises(Exception, match=r"REPORTKIT_TIME_LIMIT jābūt pozitīvam skaitlim "
                                        r"\(ierakstīts: 'ilgi'\)"):
        Limits.from_environment()


def test_in_process_rendering_keeps_the_size_checks(tmp_path: Path) -> None:
    """What Windows gets (no fork): the friendly checks, no hard limits."""
    template = _template(tmp_path, "{{ ('a' * 10**9)|length }}")
    with pytest.raises(TemplateError, match="unsafe template code: 'a' \\* 1000000000"):
        Template(template, limits=Limits(isolated=False)).render({}, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_threads_sharing_a_template_each_get_their_own_document(tmp_path: Path) -> None:
    """One worker serves every thread: each document goes to the file it was rendered for."""
    from concurrent.futures import ThreadPoolExecutor

    tpl = Template(_template(tmp_path, "Sveiki, {{ x }}"))

    def work(i: int) -> list[Path]:
        return [tpl.render({"x": f"{i}-{j}"}, tmp_path / f"{i}-{j}.docx") for j in range(15)]

    with ThreadPoolExecutor(4) as pool:
        done = list(pool.map(work, range(4)))
    for i, paths in enumerate(done):
        assert [docx.Document(str(p)).paragraphs[1].text for p in paths] == [
            f"Sveiki, {i}-{j}" for j in range(15)]


def test_a_batch_stopped_by_an_error_writes_nothing_after_it(tmp_path: Path) -> None:
    """The next document is already rendering when one fails; it is not written."""
    tpl = Template(_template(tmp_path, "{{ 10 / n }}"))
    with pytest.raises(Exception, match="record 2: a division by zero"):
        tpl.render_many([{"n": 1}, {"n": 0}, {"n": 2}, {"n": 5}], tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0001.docx"]
