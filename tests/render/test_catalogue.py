"""The list of filters and tests (``reportkit filters``, ``docs/filters.md``): made from the
registry the sandbox uses, so it cannot drift; every filter with its signature, reportkit's
each with an example; the docs file is what the command prints."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from reportkit import Template
from reportkit.cli import cli
from reportkit.render.filters import FILTERS
from reportkit.render.sandbox import environment

DOCS = Path(__file__).parents[2] / "docs" / "filters.md"
LOCKED_JINJA = re.search(r"(?m)^Jinja2==(\S+)$", (DOCS.parents[1] / "constraints.txt").read_text(
    encoding="utf-8")).group(1)  # type: ignore[union-attr]


def command(*args: str) -> str:
    result = CliRunner().invoke(cli, ["filters", *args], prog_name="reportkit")
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout


def listed(text: str) -> dict[str, str]:
    """Name -> usage line of every entry ``reportkit filters`` prints."""
    usages = re.findall(r"^  (\S.*?)(?:    \[\w+\])?$", text, flags=re.MULTILINE)
    return {re.split(r"[|(]| is ", usage)[1].split("(")[0]: usage for usage in usages}


def _jinja_texts_apart(markdown: str) -> str:
    """The markdown with the descriptions of Jinja's own filters and tests left out (their
    headings kept): those are Jinja's docstrings, which change between Jinja versions."""
    kept = []
    for section in re.split(r"(?m)^(?=## )", markdown):
        if section.startswith("## ") and "Jinja's" in section.split("\n", 1)[0]:
            section = "\n".join(line for line in section.splitlines() if line.startswith("#"))
        kept.append(section)
    return "".join(kept)


def test_the_docs_file_is_what_the_command_makes() -> None:
    written, made = DOCS.read_text(encoding="utf-8"), command("--markdown")
    if jinja2.__version__ != LOCKED_JINJA:  # e.g. the oldest bounds: Jinja's own texts differ
        written, made = _jinja_texts_apart(written), _jinja_texts_apart(made)
    assert written == made, (
        "docs/filters.md is out of date: run  reportkit filters --markdown > docs/filters.md")


def test_every_filter_and_test_of_the_sandbox_is_listed_and_nothing_else() -> None:
    text = command()
    filters, tests = text.split("\nTests (")
    env = environment()
    assert set(listed(filters)) == set(env.filters)
    assert set(listed(tests)) == {name for name in env.tests if name.isidentifier()}
    assert filters.startswith(f"Filters ({len(env.filters)}):\n")


def test_each_listed_filter_is_one_a_template_may_use(make) -> None:
    names = listed(command().split("\nTests (")[0])
    tpl = Template(make("t.docx", [f"{{{{ x|{name} }}}}" for name in names]))
    assert [p.message for p in tpl.check() if "unknown filter" in p.message] == []


@pytest.mark.parametrize("usage", [
    "amount|amount_in_words(currency='EUR', cents='digits', currency_word=None)",
    "word|decline(case, number='sg', gender=None)",
    "start|format_date_range(end, style='from_to', case='loc')",
    "items|join(d=None, attribute=None, conj='un', case=None)",
    "value|default(default_value='', boolean=False)",
    "value is divisibleby(num)",
])
def test_signatures_are_as_a_tag_writes_them(usage: str) -> None:
    assert f"\n  {usage}" in command()


def test_every_reportkit_filter_has_its_summary_and_an_example() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    ours = docs.split("## Filters: Jinja")[0]
    for name in FILTERS:
        if f"### `{name}`" not in ours:
            continue  # one of Jinja's, size-checked (listed with Jinja's)
        entry = ours.split(f"### `{name}`\n", 1)[1].split("\n### ", 1)[0]
        assert "```pycon\n>>> " in entry or "```jinja\n" in entry, name
    assert "```pycon\n>>> cardinal(1505)\n'viens tūkstotis pieci simti pieci'\n```" in docs
    assert "```jinja\n{{ countries|join(case=\"acc\") }}\n" in docs
