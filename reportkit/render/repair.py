"""Templates as Word and LibreOffice save them: their XML habits undone before Jinja reads it.

A coordinator copies a built-in template, opens it in Word or LibreOffice Writer, edits and
saves it. What comes back is the same document in different XML, and each difference is
handled here, on the part's element tree, before docxtpl's own tag repair
(:func:`reportkit.render.parts.prepare_xml`):

- character entities: LibreOffice writes ``'`` as ``&apos;`` and ``"`` as ``&quot;``, Word
  may write ``&#8217;``; the part is parsed and written again (as docxtpl's python-docx path
  does), so Jinja sees the characters;
- a tag split into several runs: Word splits text where the spelling checker marks a word
  (``w:proofErr``), where it was typed in another editing session (``w:rsidR`` runs), at a
  bookmark (``w:bookmarkStart``, ``_GoBack``), a smart tag (``w:smartTag``), a hyperlink, a
  page break it remembers (``w:lastRenderedPageBreak``) or a change of font; the tag's text is
  moved into the run where it starts, and nothing between the runs is deleted (so fields,
  bookmarks and hyperlinks stay whole). Field codes (``w:instrText``) and tracked deletions
  (``w:delText``) are joined the same way, each apart from the visible text;
- typing habits inside tags (:func:`reportkit.render.tags.jinja_code`): „…” “…” ‘…’ as string
  quotes, a no-break space, an en dash AutoFormat made of ``-``.

A tag is joined only within its paragraph, and one that is not closed in its paragraph, or a
closer with no tag, is a :class:`TagFault` located at the paragraph: Jinja would otherwise read
on to the next ``}}`` and the paragraphs between would vanish from every document.

    >>> xml = ('<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    ...        '<w:p><w:r><w:t>{{ place|decline(&apos;</w:t></w:r>'
    ...        '<w:proofErr w:type="spellStart"/><w:r w:rsidR="00A1"><w:t>loc</w:t></w:r>'
    ...        '<w:r><w:t>&apos;) }}</w:t></w:r></w:p></w:body>')
    >>> part = repair_part(xml, "a.docx", "body")
    >>> part.paragraphs[0].text
    "{{ place|decline('loc') }}"
    >>> "<w:t>{{ place|decline('loc') }}</w:t>" in part.xml
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from reportkit.errors import Problem, TemplateError
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

from .locate import Paragraph
from .tags import Fault, Scan, Tag, faults, scan, tag_code

__all__ = ["RepairedPart", "TagFault", "damaged_message", "repair_part"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
# Each kind of text is joined on its own: the text Word shows, field codes (what Alt+F9 shows),
# and text deleted with Track Changes on.
_STREAMS = {f"{_W}t": "", f"{_W}instrText": N_("in a field code"),
            f"{_W}delText": N_("in text deleted with Track Changes"),
            f"{_W}delInstrText": N_("in a field code deleted with Track Changes")}
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_TAG_CHARS = frozenset("{}")


@dataclass(frozen=True)
class TagFault:
    """A mistake in a paragraph's tags (1-based ``paragraph``); ``stream`` is "" for the text
    Word shows, else where the text is ("in a field code")."""

    paragraph: int
    fault: Fault
    text: str
    stream: str = ""

    def problem(self, file: str, part: str, paragraphs: list[Paragraph]) -> Problem:
        """This fault as a located problem, its span marked in the text quoted.

        >>> from reportkit.render.tags import Fault
        >>> print(TagFault(1, Fault("bad", 0, 2), "}} x").problem("a.docx", "body",
        ...                                                        [Paragraph("}} x")]))
        a.docx, body, paragraph 1 ("»}}« x"): bad
        """
        where = paragraphs[self.paragraph - 1].location(self.paragraph)
        message = _("{where}: {message}").format(where=_(self.stream), message=self.fault.message) \
            if self.stream else self.fault.message
        return Problem(message, file=file, part=part, **{**where, "text": self.text},
                       mark=(self.fault.start, self.fault.end), code="template.tag")


@dataclass
class RepairedPart:
    """A part's XML with the editors' habits undone, its paragraphs (as Word shows them, in
    document order, tables included) and the faults of its tags."""

    xml: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    faults: list[TagFault] = field(default_factory=list)


def _damaged(xml: str, file: str, part: str, exc: etree.XMLSyntaxError) -> Problem:
    """A part that is not XML, located at the paragraph the parser stopped in (counted in the
    raw text, as the XML cannot be read), with the one fix a coordinator has."""
    from .locate import at
    from .parts import paragraph_texts

    line, column = exc.position if exc.position else (1, 0)
    offset = sum(len(text) + 1 for text in xml.split("\n")[: line - 1]) + column
    number = max(1, len(_PARAGRAPH_START.findall(xml[:offset])))
    paragraphs = [Paragraph(text) for text in paragraph_texts(xml)] or [Paragraph("")]
    reason = _LXML_PLACE.sub("", exc.msg)
    return Problem(damaged_message(reason), file=file, part=part,
                   **at(paragraphs, min(number, len(paragraphs)) + 1), code="template.damaged")


def damaged_message(reason: str) -> str:
    """What to do about a part whose XML is not well-formed (``reason``, libxml2's words).

    >>> damaged_message("Premature end of data")  # doctest: +ELLIPSIS
    'the document is damaged: its XML is not well-formed (Premature end of data); open the ...'
    """
    return _("the document is damaged: its XML is not well-formed ({reason}); open the template "
             "in Word and save it again").format(reason=reason)


_PARAGRAPH_START = re.compile(r"<w:p[ >/]")
_LXML_PLACE = re.compile(r",? line \d+(, column \d+)?")  # places in the raw text, not Word's


def repair_part(xml: str, file: str, part: str, env: Any = None) -> RepairedPart:
    """Repair one part (see the module docstring); ``env``, when given, also lexes each tag.

    A part that is not well-formed XML is a TemplateError:

    >>> repair_part("<w:p>", "a.docx", "body")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    reportkit.errors.TemplateError: a.docx, body, paragraph 1 (""): the document is damaged: ...
    """
    head, sep, rest = xml.partition("?>") if xml.lstrip().startswith("<?xml") else ("", "", xml)
    try:
        root = etree.fromstring(rest.encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise TemplateError(_damaged(rest, file, part, exc)) from None
    repaired = RepairedPart("")
    tables = {table: n for n, table in enumerate(root.iter(_TBL), start=1)}
    raw = False
    for number, paragraph in enumerate(root.iter(_P), start=1):
        streams = _streams(paragraph)
        text = "".join(e.text or "" for e in streams.get("", []))
        repaired.paragraphs.append(Paragraph(text, *_place(paragraph, tables)))
        for stream, elements in streams.items():
            found = _join(elements, raw and not stream)
            if not stream:
                raw = found.raw
            repaired.faults += [TagFault(number, f, found.text, stream)
                                for f in faults(found, env)]
    repaired.xml = head + sep + etree.tostring(root, encoding="unicode")
    return repaired


def _streams(paragraph: Any) -> dict[str, list[Any]]:
    """The paragraph's own text elements (not those of a text box inside it), by stream."""
    streams: dict[str, list[Any]] = {}
    for element in paragraph.iter(*_STREAMS):
        if next(element.iterancestors(_P), None) is paragraph:
            streams.setdefault(_STREAMS[element.tag], []).append(element)
    return streams


def _place(paragraph: Any, tables: dict[Any, int]) -> tuple[int | None, int | None, int | None]:
    """(table, row, cell) of a paragraph in a table cell, 1-based; Nones outside tables."""
    cell = next(paragraph.iterancestors(_TC), None)
    if cell is None:
        return None, None, None
    row = next(cell.iterancestors(_TR))
    table = next(row.iterancestors(_TBL))
    rows = [r for r in table.iter(_TR) if next(r.iterancestors(_TBL)) is table]
    cells = [c for c in row.iter(_TC) if next(c.iterancestors(_TR)) is row]
    return tables[table], rows.index(row) + 1, cells.index(cell) + 1


def _join(elements: list[Any], raw: bool) -> Scan:
    """Put each closed tag into the element where it starts and undo typing habits inside it;
    returns the scan of the stream's text as it was."""
    pieces = [e.text or "" for e in elements]
    text = "".join(pieces)
    if not raw and not _TAG_CHARS & set(text):
        return Scan(text)
    found = scan(text, raw=raw)
    tags = [t for t in found.tags if t.closed]
    starts = [sum(map(len, pieces[:i])) for i in range(len(pieces))] + [len(text)]
    for i in range(1, len(pieces)):
        starts[i] = max(starts[i], starts[i - 1])
        for tag in tags:
            if tag.start < starts[i] < tag.end:
                starts[i] = tag.end
    for i, element in enumerate(elements):
        new = "".join(_coded(text, starts[i], starts[i + 1], tags))
        if new != pieces[i]:
            element.text = new
            if new != new.strip():
                element.set(_SPACE, "preserve")
    return found


def _coded(text: str, start: int, end: int, tags: list[Tag]) -> Iterator[str]:
    """``text[start:end]`` with the tags inside it made fit for Jinja."""
    last = start
    for tag in tags:
        if start <= tag.start and tag.end <= end and tag.opener != "{#":
            yield text[last:tag.start]
            yield tag_code(text[tag.start:tag.end])
            last = tag.end
    yield text[last:end]
