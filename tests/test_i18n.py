"""The Latvian catalogue is complete and current: nothing extracted is missing from it, every
message is translated, the compiled .mo is the .po's, and a translation keeps the original's
placeholders and is spelled as hunspell's Latvian dictionary spells it."""

from __future__ import annotations

import importlib.util
import io
import re
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from reportkit import i18n
from tests.helpers.hunspell import unknown_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def catalogs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages() -> Iterator[Message]:
    with (ROOT / "reportkit/locale/lv/LC_MESSAGES/reportkit.po").open("rb") as fp:
        yield from (m for m in read_po(fp, locale="lv") if m.id)


def forms(message: Message) -> tuple[list[str], list[str]]:
    ids = list(message.id) if isinstance(message.id, tuple) else [message.id]
    strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
    return ids, strings


def _entries(data: bytes) -> dict[object, tuple[object, frozenset[str]]]:
    """msgid → (translation, files it comes from): what a catalogue says, without the line
    numbers, which differ between Babel versions (2.14 numbers a long string by its first line)."""
    catalog = read_po(io.BytesIO(data), locale="lv")
    return {m.id: (m.string, frozenset(path for path, _ in m.locations)) for m in catalog if m.id}


def test_extraction_finds_nothing_the_catalogue_lacks(catalogs: ModuleType) -> None:
    _, po, _ = catalogs.updated()
    extracted, committed = _entries(po), _entries(catalogs.PO.read_bytes())
    new = [m for m in extracted if m not in committed]
    assert new == [], "run python scripts/catalogs.py and translate the new messages"
    # gone from the code: only click's own messages of another click version may stay
    gone = [m for m, (_, files) in committed.items()
            if m not in extracted and not all(f.startswith("click/") for f in files)]
    assert gone == [], "run python scripts/catalogs.py: these are no longer in the code"
    assert _entries(catalogs.POT.read_bytes()).keys() == committed.keys(), \
        "the .pot is not the .po's template: run python scripts/catalogs.py"


def _text(context: object) -> object:
    """A message's context as text (Babel 2.14's read_mo gives it as bytes)."""
    return context.decode() if isinstance(context, bytes) else context


def _hashable(text: object) -> object:
    return tuple(text) if isinstance(text, (list, tuple)) else text


def test_the_compiled_catalogue_is_the_po() -> None:
    with (i18n.LOCALE_DIR / "lv/LC_MESSAGES/reportkit.mo").open("rb") as fp:
        compiled = {(_text(m.context), _hashable(m.id)): _hashable(m.string)
                    for m in read_mo(fp) if m.id}
    written = {(m.context, _hashable(m.id)): _hashable(m.string) for m in messages()}
    assert compiled == written, "the .mo is not compiled from the .po: run scripts/catalogs.py"


def test_every_message_is_translated() -> None:
    missing = [m.id for m in messages() if m.fuzzy or not all(forms(m)[1])]
    assert missing == []


def test_the_catalogue_holds_the_command_line_and_click() -> None:
    places = {path.split("/")[0] + "/" + path.split("/")[-1] for m in messages()
              for path, _ in m.locations}
    assert {"reportkit/commands.py", "reportkit/app.py", "click/core.py",
            "click/exceptions.py"} <= places


def _fields(text: str) -> set[str]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # a lone brace: a message shown as it is, never formatted
        parsed = []
    named = {name for _, name, _, _ in parsed if name is not None}
    return named | set(re.findall(r"%\(\w+\)s", text))


def test_a_translation_keeps_the_placeholders() -> None:
    changed = []
    for message in messages():
        ids, strings = forms(message)
        wanted = set().union(*(_fields(i) for i in ids))
        for text in strings:
            if not _fields(text) <= wanted or (len(ids) == 1 and _fields(text) != wanted):
                changed.append((message.id, text))
    assert changed == []


def test_the_latvian_words_are_spelled_right() -> None:
    words = set()
    for message in messages():
        ids, strings = forms(message)
        kept = set().union(*(_words(i) for i in ids))  # names, commands, codes left as they are
        kept |= {"Excel"}  # a program's name
        for text in strings:
            words |= _words(text) - kept
    assert unknown_words(words) == set()


def _words(text: str) -> set[str]:
    """The words of ``text`` outside placeholders, quotes, example command lines, file names
    and capitals (KIND, PDF)."""
    text = re.sub(r"^\s*reportkit .*$", " ", text, flags=re.MULTILINE)
    text = re.sub(r"\{[^}]*\}|%\(\w+\)s|'[^']*'|\S*[._/=\-]\S*|\b[A-Z]{2,}\b", " ", text)
    return set(re.findall(r"[^\W\d_]+", text))


def test_the_compiled_catalogue_is_the_one_reportkit_reads() -> None:
    with (i18n.LOCALE_DIR / "lv/LC_MESSAGES/reportkit.mo").open("rb") as fp:
        compiled = read_mo(fp)
    i18n.set_language("lv")
    assert i18n.gettext("file not found") == compiled["file not found"].string == \
        "fails nav atrasts"
    assert i18n.ngettext("{n} month", "{n} months", 21).format(n=21) == "21 mēnesis"
    assert i18n.ngettext("{n} month", "{n} months", 11).format(n=11) == "11 mēneši"
