"""Extract, update and compile reportkit's message catalogues with Babel.

    python scripts/catalogs.py          # extract → update lv .po → compile .mo
    python scripts/catalogs.py --check  # exit 1 if the catalogues are not up to date

Messages come from reportkit's own code (``_("…")``, ``gettext``, ``ngettext``) and from the
installed click (its "Usage:", "Missing argument", "--help" texts, which the command line shows
in Latvian too); the template is ``reportkit/locale/reportkit.pot``, the Latvian catalogue
``reportkit/locale/lv/LC_MESSAGES/reportkit.po``, compiled to ``reportkit.mo`` beside it (both
shipped in the wheel). Translate new entries in the .po (a translator's tool or an editor), run
the script again, commit all three. ``tests/test_i18n.py`` checks that they are complete and
current.
"""

from __future__ import annotations

import ast
import inspect
import io
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "reportkit" / "locale"
POT = LOCALE / "reportkit.pot"
PO = LOCALE / "lv" / "LC_MESSAGES" / "reportkit.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None,
            "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2)}
# the click modules whose messages a user sees
CLICK = ("core.py", "decorators.py", "exceptions.py", "formatting.py", "parser.py", "types.py",
         "termui.py")
FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)  # no dates that change every run


def extract_help(fileobj: Any, keywords: Any, comment_tags: Any,
                 options: Any) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel's Python extraction, and the command line's help texts as click shows them: the
    docstrings of functions made commands (``@click.command``, ``@cli.command``,
    ``@click.group``) and every ``help=``/``epilog=`` text and ``EPILOG``, cleaned with
    ``inspect.cleandoc`` as :mod:`reportkit.cli.translated` looks them up."""
    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(_is_command(d) for d in node.decorator_list):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield node.lineno, "_", doc, []
        elif isinstance(node, ast.keyword) and node.arg in ("help", "epilog"):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                yield node.value.lineno, "_", inspect.cleandoc(node.value.value), []
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "EPILOG"
              and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            yield node.lineno, "_", inspect.cleandoc(node.value.value), []


def _is_command(decorator: ast.expr) -> bool:
    call = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(call, ast.Attribute) and call.attr in ("command", "group")


def _messages(folder: Path, names: tuple[str, ...] | None = None) -> Iterator[tuple]:  # type: ignore[type-arg]
    method: list[tuple[str, Any]] = [("cli/**.py", extract_help), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            str(folder), method, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
        if names is None or Path(filename).name in names:
            yield filename, lineno, message, comments, context


def template() -> Catalog:
    """Every message of reportkit and of the click modules a user meets."""
    import click

    catalog = Catalog(project="reportkit", creation_date=FIXED, fuzzy=False)
    sources = [(ROOT / "reportkit", None, "reportkit/"),
               (Path(click.__file__).parent, CLICK, "click/")]
    for folder, names, prefix in sources:
        for filename, lineno, message, comments, context in _messages(folder, names):
            catalog.add(message, None, [(prefix + filename, lineno)], auto_comments=comments,
                        context=context)
    return catalog


def _po_bytes(catalog: Catalog, **options: bool) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, **options)
    return buffer.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def updated() -> tuple[bytes, bytes, bytes]:
    """The .pot, the updated lv .po and its .mo, as bytes."""
    pot = template()
    with PO.open("rb") as fp:
        lv = read_po(fp, locale="lv")
    lv.update(pot, no_fuzzy_matching=True)
    lv.creation_date = lv.revision_date = FIXED
    lv.obsolete.clear()
    return (_po_bytes(pot, ignore_obsolete=True), _po_bytes(lv, ignore_obsolete=True),
            _mo_bytes(lv))


def main() -> int:
    """Write the catalogues, or with ``--check`` say which are out of date."""
    pot, po, mo = updated()
    stale = [p for p, data in ((POT, pot), (PO, po), (MO, mo))
             if not p.exists() or p.read_bytes() != data]
    if "--check" in sys.argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date; run python scripts/catalogs.py")
        return 1 if stale else 0
    for path, data in ((POT, pot), (PO, po), (MO, mo)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with PO.open("rb") as fp:
        missing = [m.id for m in read_po(fp) if m.id and (not m.string or m.fuzzy)]
    print(f"{len(missing)} message(s) to translate in {PO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
