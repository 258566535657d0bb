"""What in a template would make Word or LibreOffice fetch, read or run something it was not
given: refused when the template is opened, and again in every rendered part.

A .docx can point outside itself. Word and LibreOffice follow such pointers when they open or
convert the document, so a template received from someone else could pull a file from the
disk of whoever renders it into the document that is then sent out, or report to a web server
that the document was opened. Refused, each located by part (and paragraph, in a template
part):

- relationships with ``TargetMode="External"`` other than hyperlinks: linked pictures
  (``<a:blip r:link>``), attached templates, altChunk imports, subdocuments, OLE links, frames,
  mail-merge sources; and altChunk imports even from inside the package;
- elements that load by reference: ``r:link`` attributes, ``altChunk``, ``subDoc``, linked
  OLE objects, VML pictures with a ``src`` or ``o:href``, mail merge;
- fields that include or query: INCLUDETEXT, INCLUDEPICTURE, INCLUDE, IMPORT, LINK, RD, DDE,
  DDEAUTO, DATABASE, and MACROBUTTON (which runs a macro); HYPERLINK and the rest stay;
- SVG pictures whose content refers to another file or address (LibreOffice reads
  ``xlink:href="file:///…"`` into the PDF even with links blocked);
- macros and ActiveX controls (``vbaProject.bin``, macro-enabled content types), and
  ``<!DOCTYPE`` in any XML part (Word never writes one; it could declare entities).

A rendered part is checked for the same elements and fields (:func:`check_rendered`), since a
template can write XML with ``|safe`` or a field instruction from a value.

    >>> field_problem(' INCLUDEPICTURE "http://example.com/x.png" \\\\d')
    'the field INCLUDEPICTURE makes Word read "http://example.com/x.png" into the document'
    >>> field_problem(" PAGE ") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportkit.errors import Problem, TemplateError, shorten
from reportkit.i18n import N_
from reportkit.i18n import gettext as _

__all__ = ["check_rendered", "field_problem", "package_problems"]

_READS = N_("the field {name} makes Word read {target} into the document")
_ASKS = N_("the field {name} makes Word ask another program for data")
_FIELDS = {
    "INCLUDETEXT": _READS, "INCLUDEPICTURE": _READS, "INCLUDE": _READS, "IMPORT": _READS,
    "LINK": _READS, "RD": _READS, "DDE": _ASKS, "DDEAUTO": _ASKS,
    "DATABASE": N_("the field {name} makes Word query a database"),
    "MACROBUTTON": N_("the field {name} runs a macro"),
}
"""Why each refused field is refused (translated when said)."""
_READS_ANOTHER = N_("the field {name} makes Word read another file into the document")
_REFERS = N_("{what} refers to {target}, which Word or LibreOffice would read when opening the "
             "document; {fix}")
_REMOVE = N_("remove it from the template")
_REL_KINDS = {
    "image": N_("a linked picture"), "attachedTemplate": N_("an attached template"),
    "aFChunk": N_("an imported file (altChunk)"), "subDocument": N_("a subdocument"),
    "oleObject": N_("a linked object (OLE link)"), "frame": N_("a frame"),
    "mailMergeSource": N_("a mail merge source"), "recipientData": N_("a mail merge source"),
}
_ELEMENTS = {
    "altChunk": (N_("an imported file (altChunk)"), _REMOVE),
    "subDoc": (N_("a subdocument"), _REMOVE),
    "mailMerge": (N_("a mail merge (its data source)"), _REMOVE),
}
_VML_PICTURES = {"imagedata", "fill", "image", "stroke"}
_MACROS = re.compile(r"vbaProject|vbaData|macroEnabled|activeX", re.IGNORECASE)
_SVG_REFERENCE = re.compile(
    r"""(?:href\s*=\s*["']\s*(?![\s#]|data:)([^"']*)"""
    r"""|url\(\s*["']?\s*(?![\s#"']|data:)([^"')]*)"""
    r"""|(@import[^;]*)|(<!ENTITY[^>]*)|(<!DOCTYPE[^>]*(?:SYSTEM|PUBLIC)[^>]*))""",
    re.IGNORECASE)
# without one of these (element and attribute names are never escaped in XML) a part holds
# nothing refused here, and is not parsed: checking every part of a template, and every
# rendered part of every document, costs microseconds
_NAMES = ("instr", "altChunk", "subDoc", "OLEObject", "mailMerge")
_ATTRIBUTES = tuple(re.compile(rf"{name}\s*=") for name in ("link", "src", "href"))
_ATTRIBUTES_B = tuple(re.compile(rf"{name}\s*=".encode()) for name in ("link", "src", "href"))


def _maybe(text: str | bytes) -> bool:
    """Whether ``text`` might hold a refused field or element (then it is parsed to see)."""
    if isinstance(text, bytes):
        return (any(n.encode() in text for n in _NAMES)
                or any(a.search(text) for a in _ATTRIBUTES_B))
    return any(n in text for n in _NAMES) or any(a.search(text) for a in _ATTRIBUTES)


def field_problem(instruction: str) -> str | None:
    """Why a field with this instruction is refused, or None when it is allowed."""
    words = instruction.split()
    if not words:
        return None
    name = words[0].upper()
    why = _FIELDS.get(name)
    if why is None:
        return None
    target = next((w for w in words[1:] if not w.startswith("\\")), "")
    if why == _READS and not target:
        why = _READS_ANOTHER
    return _(why).format(name=name, target=f'"{shorten(target.strip(chr(34)), 60)}"')


def package_problems(file: str, texts: dict[str, bytes], names: list[str],
                     template_parts: dict[str, str]) -> list[Problem]:
    """Every refused link, field, macro or reference in a package, one problem each.

    ``texts`` are the text parts by zip name (XML, relationships, SVG), ``names`` every entry
    name, ``template_parts`` the zip names of the template parts and their labels (``body``,
    ``header1`` …), for which problems name the paragraph too. A refused relationship that an
    element uses is said once, at the element (its paragraph), with the relationship's target.
    """
    problems = _macro_problems(file, names, texts.get("[Content_Types].xml", b""))
    links = {name: _relationships(file, name, data) for name, data in texts.items()
             if name.endswith(".rels") and not _declares(data)}
    refused = {name: {rid: rel for rid, rel in rels.items() if rel.refused}
               for name, rels in links.items()}
    for name, data in texts.items():
        part = template_parts.get(name, name)
        if _declares(data):
            problems.append(Problem(_("the part declares a DOCTYPE, which Word never writes; "
                                      "open the template in Word and save it again"),
                                    file=file, part=part, code="template.doctype"))
        elif name.lower().endswith(".svg"):
            problems += _svg_problems(file, name, data)
        elif not name.endswith(".rels") and _maybe(data):
            root = _parse(data, file, part, recover=False)
            own = links.get(_rels_of(name), {})
            for message, paragraph, rid in _element_problems(root, name in template_parts, own):
                refused.get(_rels_of(name), {}).pop(rid or "", None)
                problems.append(Problem(message, file=file, part=part, paragraph=paragraph,
                    code="template.external"))
    for name, rels in refused.items():
        problems += [Problem(_(_REFERS).format(
            what=_(rel.what), target=repr(rel.target), fix=_("remove the link from the template")),
            file=file, part=name, code="template.link") for rel in rels.values()]
    return problems


def check_rendered(xml: str, file: str, label: str) -> None:
    """Raise a TemplateError when a rendered part holds a refused element or field.

    >>> check_rendered('<w:p><w:r><w:t>PAGE</w:t></w:r></w:p>', "a.docx", "body")
    """
    if not _maybe(xml):
        return
    root = _parse(xml.encode("utf-8"), file, label, recover=True)
    problems = [Problem(_("{problem} (written by the template)").format(problem=m),
                        file=file, part=label, code="template.writes_link")
                for m, _paragraph, _rid in _element_problems(root, False, {})]
    if problems:
        raise TemplateError(problems)


def _declares(data: bytes) -> bool:
    return b"<!DOCTYPE" in data or b"<!ENTITY" in data


def _rels_of(name: str) -> str:
    """The relationships part of the part ``name``: ``word/_rels/document.xml.rels``."""
    folder, _slash, base = name.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _parse(data: bytes, file: str, part: str, *, recover: bool) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=recover, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise TemplateError(Problem(_(
            "the document is damaged: the XML of this part is not well-formed; open the "
            "template in Word and save it again"), file=file, part=part,
                code="template.damaged")) from None
    if root is None:  # recover gave up: nothing a program could read either
        return etree.Element("empty")
    return root


def _local(name: Any) -> str:
    return name.rpartition("}")[2] if isinstance(name, str) else ""


def _namespace(name: Any) -> str:
    return name[1:].partition("}")[0] if isinstance(name, str) and name.startswith("{") else ""


@dataclass(frozen=True)
class _Rel:
    """A relationship: what it is (in English, translated when said), what it points at, and
    whether it is refused."""

    what: str
    target: str
    refused: bool


def _relationships(file: str, name: str, data: bytes) -> dict[str, _Rel]:
    """The relationships of a ``.rels`` part by id; refused: external ones but hyperlinks, and
    altChunk imports wherever they are."""
    root = _parse(data, file, name, recover=False)
    found = {}
    for rel in root.iter():
        if _local(rel.tag) == "Relationship":
            kind = rel.get("Type", "").rpartition("/")[2]
            external = rel.get("TargetMode", "").lower() == "external"
            found[rel.get("Id", "")] = _Rel(
                _REL_KINDS.get(kind, N_("a linked file")), shorten(rel.get("Target", ""), 60),
                kind == "aFChunk" or (external and kind != "hyperlink"))
    return found


def _element_problems(root: Any, paragraphs: bool, rels: dict[str, _Rel]
                      ) -> Iterator[tuple[str, int | None, str | None]]:
    """(message, paragraph, relationship id) of each refused element or field."""
    numbers: dict[Any, int] = {}

    def paragraph(element: Any) -> int | None:
        if not paragraphs:
            return None
        if not numbers:  # counted as paragraph_texts counts them: Word's w:p, in order
            numbers.update((p, i) for i, p in enumerate(root.iter(*_PARAGRAPHS), start=1))
        while element is not None and element not in numbers:
            element = element.getparent()
        return None if element is None else numbers[element]

    for instruction, element in _fields(root):
        message = field_problem(instruction)
        if message is not None:
            yield (_("{problem}; templates may not hold it: remove the field").format(
                problem=message), paragraph(element), None)
    for element in _CANDIDATES(root):
        found = _linking(element)
        if found is not None:
            (what, fix), rid, target = found
            if rid in rels:
                target = rels[rid].target
            message = (_(_REFERS).format(what=_(what), target=repr(target), fix=_(fix))
                       if target else _("{what} makes Word read another file; {fix}").format(
                           what=_(what), fix=_(fix)))
            yield message, paragraph(element), rid


_PICTURE = (N_("a linked picture"), N_("insert the picture instead of linking it"))
_PARAGRAPHS = ("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p",
               "{http://purl.oclc.org/ooxml/wordprocessingml/main}p")


def _candidates(root: Any) -> list[Any]:
    """The elements that may load something by reference, found by lxml (fast): those named
    like one, and those with a ``link``, ``src`` or ``href`` attribute."""
    names = " or ".join(f"local-name()='{n}'" for n in (*_ELEMENTS, "OLEObject"))
    return list(root.xpath(f"//*[{names} or @*[local-name()='link' or local-name()='src' "
                           "or local-name()='href']]"))


_CANDIDATES = _candidates


def _linking(element: Any) -> tuple[tuple[str, str], str | None, str | None] | None:
    """What an element loading something by reference is (and how to fix it), the
    relationship it uses and its target when the element names one; None for the rest."""
    tag = _local(element.tag)
    rid = next((v for a, v in element.attrib.items()
                if _namespace(a).endswith("relationships") and _local(a) in ("id", "link")),
               None)
    if tag in _ELEMENTS:
        return _ELEMENTS[tag], rid, None
    if tag == "OLEObject" and element.get("Type", "").lower() == "link":
        return (N_("a linked object (OLE link)"), N_("embed it instead")), rid, None
    for attribute, value in element.attrib.items():
        local, space = _local(attribute), _namespace(attribute)
        if local == "link" and space.endswith("relationships"):
            return _PICTURE, value, None
        if (local in ("src", "href") and tag in _VML_PICTURES
                and _namespace(element.tag).startswith("urn:schemas-microsoft-com:")):
            return _PICTURE, None, shorten(value, 60)
    return None


def _fields(root: Any) -> Iterator[tuple[str, Any]]:
    """(instruction, first element) of every field: simple ones and those built of runs."""
    open_fields: list[tuple[list[str], Any]] = []
    for element in root.iter("{*}fldSimple", "{*}fldChar", "{*}instrText"):
        tag = _local(element.tag)
        if tag == "fldSimple":
            instruction = next((v for a, v in element.attrib.items() if _local(a) == "instr"),
                               "")
            yield instruction, element
        elif tag == "fldChar":
            kind = next((v for a, v in element.attrib.items() if _local(a) == "fldCharType"),
                        "")
            if kind == "begin":
                open_fields.append(([], element))
            elif kind in ("separate", "end") and open_fields:
                parts, start = open_fields.pop()
                yield "".join(parts), start
                if kind == "separate":  # the result runs until "end": no instruction there
                    open_fields.append(([], None))
        elif tag == "instrText" and open_fields:
            # its text as Word reads it: a comment inside splits the text, adds nothing
            open_fields[-1][0].append((element.text or "")
                                      + "".join(child.tail or "" for child in element))
    for parts, start in open_fields:
        if start is not None:
            yield "".join(parts), start


def _svg_problems(file: str, name: str, data: bytes) -> list[Problem]:
    found = _SVG_REFERENCE.search(data.decode("utf-8", "replace"))
    if found is None:
        return []
    reference = next(g for g in found.groups() if g is not None)
    return [Problem(_("the picture (SVG) refers to {reference}, which LibreOffice would read "
                      "into the PDF; save the picture as PNG instead").format(
                          reference=repr(shorten(reference, 60))), file=file, part=name,
                              code="template.svg_reference")]


def _macro_problems(file: str, names: list[str], types: bytes) -> list[Problem]:
    found = [n for n in names if _MACROS.search(n)]
    if not found and _MACROS.search(types.decode("utf-8", "replace")):
        found = ["[Content_Types].xml"]
    return [Problem(_("the template holds macros or ActiveX controls, which run code; save it "
                      "as a Word Document (.docx) without them"), file=file, part=found[0],
                          code="template.macros")
            ] if found else []
