"""The compiled template: parts prepared and compiled once, then rendered for each record.

Each document costs one Jinja render per template part and a zip write that copies the other
parts' deflated bytes as they are. ``Template.render`` and ``Template.render_many`` both use it,
so one record gives the same document either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

import jinja2
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import TemplateError as JinjaError

from reportkit.errors import Problem, TemplateError

from .fields import mark_part, stale_fields
from .locate import Paragraph, runtime_problem, syntax_problem, template_line
from .parts import Package, ZipWriter, decode, finish_xml, prepare_xml
from .repair import repair_part
from .sandbox import environment
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
                self.parts[entry.name] = _compile(env, package.file, entry.name, label, entry.data)

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
        xml = finish_xml(xml, part.fix_tables)
        check_rendered(xml, self.package.file, part.label)
        return xml

    def write(self, names: Mapping[str, Any], fp: BinaryIO) -> None:
        """Render every part for ``names`` and write the whole .docx to ``fp``."""
        rendered = {name: self.render_part(name, names).encode("utf-8") for name in self.parts}
        writer = ZipWriter(fp)
        for entry in self.package.entries:
            if entry.name in rendered:
                writer.add_data(entry.name, rendered[entry.name])
            else:
                writer.add(entry)
        writer.close()


def _compile(env: jinja2.Environment, file: str, zipname: str, label: str,
             data: bytes) -> CompiledPart:
    if stale_fields(data):  # a table of contents: Word brings it up to date on opening
        data = mark_part(data)
    repaired = repair_part(decode(data, file, label), file, label, env)
    paragraphs = repaired.paragraphs
    source = prepare_xml(repaired.xml)
    filename = f"<reportkit {file} {label}>"
    fix_tables = any(tag in source for tag in _TABLE_TAGS)
    faults = [fault.problem(file, label, paragraphs) for fault in repaired.faults]
    if faults:  # Jinja would read past an unclosed tag into the paragraphs after it
        return CompiledPart(zipname, label, paragraphs, source, filename, None, None,
                            fix_tables, faults)
    try:
        code = env.compile(source, name=label, filename=filename)
    except TemplateSyntaxError as exc:
        problem = syntax_problem(env, file, label, paragraphs, source, exc)
        return CompiledPart(zipname, label, paragraphs, source, filename, None, problem,
                            fix_tables, [])
    template = env.template_class.from_code(env, code, env.make_globals(None))
    broken = structure_problems(env, file, label, paragraphs, source)
    return CompiledPart(zipname, label, paragraphs, source, filename, template,
                        broken[0] if broken else None, fix_tables, [])
