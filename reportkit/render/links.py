"""Links in a template whose address holds data: ``https://projekti.lv/{{ code }}``,
``mailto:{{ contact.email }}``.

Word keeps a link's address in the part's relationships, outside the text Jinja renders, and
writes its braces encoded (``%7B%7B%20code%20%7D%7D``). When a template is compiled, each link
whose address holds a tag gets that address, decoded, in its ``r:id`` instead, between
markers (the link's paragraph in them), so Jinja renders it where the link is, inside the
loops around it; :mod:`reportkit.render.splice` then checks the address the data made (a web
or e-mail address only: a ``javascript:`` or ``file:`` address from data is refused) and gives
the link a relationship to it. The template's own relationship for it is dropped.

    >>> rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    ...         '<Relationship Id="rId5" TargetMode="External" Target="https://x.lv/%7B%7B%20code'
    ...         '%20%7D%7D" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    ...         'relationships/hyperlink"/></Relationships>')
    >>> source, ids = templated_links('\\n<w:p><w:hyperlink r:id="rId5">', rels.encode())
    >>> source.split('"')[1] == LINK_START + "1" + LINK_PLACE + "https://x.lv/{{ code }}" + LINK_END
    True
"""

from __future__ import annotations

import html
import re
import urllib.parse

from lxml import etree

from .tags import scan, tag_code

__all__ = ["LINK_END", "LINK_PLACE", "LINK_START", "templated_links"]

LINK_START, LINK_PLACE, LINK_END = "\ue002", "\ue004", "\ue003"
"""How a templated address stands in the rendered ``r:id``: start, paragraph, address, end."""
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_LINK_ID = re.compile(r'(<w:hyperlink\b[^>]*?\br:id=")([^"]*)(")')


def templated_links(source: str, rels: bytes | None) -> tuple[str, frozenset[str]]:
    """``source`` (a prepared part) with the address of each link that holds a tag in its
    ``r:id``; and the ids of those relationships, which the rendered document drops."""
    addresses = _templated(rels)
    if not addresses:
        return source, frozenset()
    used: set[str] = set()

    def put(found: re.Match[str]) -> str:
        rid = found.group(2)
        if rid not in addresses:
            return found.group(0)
        used.add(rid)
        paragraph = source.count("\n", 0, found.start())  # line n + 1 is paragraph n
        marked = LINK_START + str(paragraph) + LINK_PLACE + addresses[rid] + LINK_END
        return found.group(1) + marked + found.group(3)

    return _LINK_ID.sub(put, source), frozenset(used)


def _templated(rels: bytes | None) -> dict[str, str]:
    """Relationship id → Jinja source of each external hyperlink whose address holds a tag."""
    if rels is None or (b"%7B" not in rels.upper() and b"{" not in rels):
        return {}
    found = {}
    for rel in etree.fromstring(rels, _PARSER):
        target = urllib.parse.unquote(rel.get("Target", ""))
        if rel.get("Type") == _HYPERLINK and ("{{" in target or "{%" in target):
            found[rel.get("Id", "")] = _code(target)
    return found


def _code(target: str) -> str:
    """The address as Jinja source inside an XML attribute: its own text escaped, its tags made
    fit for Jinja (typographic quotes undone)."""
    out, last = [], 0
    for tag in scan(target).tags:
        if tag.closed:
            out += [html.escape(target[last:tag.start]), tag_code(target[tag.start:tag.end])]
            last = tag.end
    return "".join(out) + html.escape(target[last:])
