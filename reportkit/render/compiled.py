"""The compiled template: parts prepared and compiled once, then rendered for each record.

Each document costs one Jinja render per template part and a zip write that copies the other
parts' deflated bytes as they are. ``Template.render`` and ``Template.render_many`` both use it,
so one record gives the same document either way. Marked-up values are put in as Word XML once
a part is rendered (:mod:`.splice`); the links and numbered lists they bring are the only parts
written anew besides the template parts: the part's ``.rels`` and ``numbering.xml``
(:class:`reportkit.render.additions.FastAdditions`). The document properties are template
parts too, when they hold tags (:mod:`.properties`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, BinaryIO

import jinja2
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import TemplateError as JinjaError

from reportkit.errors import Problem, TemplateError

from .additions import FastAdditions, PlainAdditions, Styles, collecting, current
from .fields import mark_part, stale_fields
from .links import templated_links
from .locate import Paragraph, at, runtime_problem, syntax_problem, template_line
from .parts import Package, ZipWriter, decode, finish_xml, prepare_xml
from .properties import LABELS, prepare_properties, property_faults
from .repair import repair_part
from .sandbox import environment
from .splice import splice
from .structure import check_rendered, structure_problems

__all__ = ["CompiledPart", "CompiledTemplate"]

# docxtpl tags whose rows and cells change the table grid, so the grid must be repaired
_TABLE_TAGS = ("{%tc", "{{tc", "colspan", "{% hm", "{%hm")


@dataclass
class CompiledPart:
    """One template part: its label, paragraphs, prepared source and compiled template."""

    zipname: str
    label: str
    paragraphs: list[Paragraph]
    source: str
    filename: str  # the name Jinja gives this part in tracebacks
    template: jinja2.Template | None  # None when it does not compile
    problem: Problem | None  # Jinja's syntax error
    fix_tables: bool
    faults: list[Problem]  # tags not closed in their paragraph, closers with no tag
    templated: frozenset[str] = frozenset()  # relationships of links whose address has tags


class CompiledTemplate:
    """Every template part of a package, compiled once."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.parts: dict[str, CompiledPart] = {}
        env = environment()
        # Jinja's optimizer folds '1e999'|float into a bare `inf` in the code it writes,
        # which then fails as a NameError; without it the filter runs and refuses the value.
        env.optimized = False
        for entry in package.entries:
            label = package.parts.get(entry.name)
            if label is not None:
                rels = self.texts.get(_rels_of(entry.name))
                self.parts[entry.name] = _compile(env, package.file, entry.name, label,
                                                  entry.data, rels)

    @cached_property
    def texts(self) -> dict[str, bytes]:
        """The package's text parts (XML, relationships) by zip name."""
        return {entry.name: entry.data for entry in self.package.entries if entry.data}

    @cached_property
    def styles(self) -> Styles:
        """What the template's styles offer marked-up text (list and link styles)."""
        body = next(name for name, label in self.package.parts.items() if label == "body")
        return Styles.of(self.texts, body)

    @property
    def problems(self) -> list[Problem]:
        """The problems that stop the template compiling (tag faults, syntax errors)."""
        return [problem for part in self.parts.values()
                for problem in part.faults or ([part.problem] if part.problem else [])]

    def render_part(self, zipname: str, names: Mapping[str, Any]) -> str:
        """One part rendered and repaired, as XML text; errors are located TemplateErrors."""
        part = self.parts[zipname]
        if part.template is None:
            raise TemplateError(self.problems)
        try:
            xml = part.template.render(names)
        except (JinjaError, RecursionError) as exc:  # recursion: a macro calling itself
            lineno = template_line(exc.__traceback__, part.filename)
            raise TemplateError(
                runtime_problem(self.package.file, part.label, part.paragraphs, lineno, exc)
            ) from None
        additions = current() or PlainAdditions(self.styles)
        xml = splice(xml, zipname, additions, lambda paragraph, address, exc: Problem(
            str(exc), file=self.package.file, part=part.label,
            **at(part.paragraphs, paragraph + 1), code="template.markup"))
        xml = finish_xml(xml, part.fix_tables)
        check_rendered(xml, self.package.file, part.label)
        return xml

    def write(self, names: Mapping[str, Any], fp: BinaryIO) -> None:
        """Render every part for ``names`` and write the whole .docx to ``fp``: the template
        parts rendered, the relationships and numbering the document adds, the rest copied."""
        additions = FastAdditions(self.styles, self.texts)
        with collecting(additions):
            rendered = {name: self.render_part(name, names).encode("utf-8")
                        for name in self.parts}
        for name, part in self.parts.items():
            for rid in part.templated:
                additions.drop(name, rid)
        rendered.update(additions.entries())
        writer = ZipWriter(fp)
        for entry in self.package.entries:
            if entry.name in rendered:
                writer.add_data(entry.name, rendered.pop(entry.name))
            else:
                writer.add(entry)
        for name, data in rendered.items():  # the relationships of a part that had none
            writer.add_data(name, data)
        writer.close()


def _rels_of(name: str) -> str:
    folder, _, base = name.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _compile(env: jinja2.Environment, file: str, zipname: str, label: str,
             data: bytes, rels: bytes | None = None) -> CompiledPart:
    if label not in LABELS.values() and stale_fields(data):
        data = mark_part(data)  # a table of contents: Word brings it up to date on opening
    xml = decode(data, file, label)
    if label in LABELS.values():
        source, paragraphs = prepare_properties(xml)
        faults = property_faults(file, label, paragraphs, env)
        templated: frozenset[str] = frozenset()
    else:
        repaired = repair_part(xml, file, label, env)
        paragraphs = repaired.paragraphs
        source, templated = templated_links(prepare_xml(repaired.xml), rels)
        faults = [fault.problem(file, label, paragraphs) for fault in repaired.faults]
    filename = f"<reportkit {file} {label}>"
    fix_tables = any(tag in source for tag in _TABLE_TAGS)
    if faults:  # Jinja would read past an unclosed tag into the paragraphs after it
        return CompiledPart(zipname, label, paragraphs, source, filename, None, None,
                            fix_tables, faults, templated)
    try:
        code = env.compile(source, name=label, filename=filename)
    except TemplateSyntaxError as exc:
        problem = syntax_problem(env, file, label, paragraphs, source, exc)
        return CompiledPart(zipname, label, paragraphs, source, filename, None, problem,
                            fix_tables, [], templated)
    template = env.template_class.from_code(env, code, env.make_globals(None))
    broken = structure_problems(env, file, label, paragraphs, source)
    return CompiledPart(zipname, label, paragraphs, source, filename, template,
                        broken[0] if broken else None, fix_tables, [], templated)
