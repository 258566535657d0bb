"""Every field a model accepts appears in its kind's built-in template, or docs/veidnes.md says
how it shows instead (a computed field) or that it is for one's own templates.

The fields are the models' input fields, walked into nested models and lists (``partners.role``);
a kind's nested ``project`` is the project template's to show. A template uses a field when an
expression names it: ``{{ budget.total }}``, ``{% for p in partners %}{{ p.name }}``,
``partners|selectattr('role', …)``, or ``photo|image`` (the picture's ``file``).
"""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Any

import pytest
from jinja2 import nodes
from pydantic import BaseModel

from reportkit.kinds import KINDS
from reportkit.render.compiled import CompiledTemplate
from reportkit.render.parts import read_package
from reportkit.render.sandbox import environment

ROOT = Path(__file__).parents[2]
Path_ = tuple[str, ...]


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def input_fields(model: type[BaseModel], prefix: Path_ = (), skip: tuple[str, ...] = ()
                 ) -> list[Path_]:
    """The model's input fields as paths, nested models walked into, ``skip`` not."""
    found: list[Path_] = []
    for name, field in model.model_fields.items():
        path = (*prefix, name)
        inner = _model_of(field.annotation)
        if inner is not None and name not in skip:
            found += input_fields(inner, path)
        else:
            found.append(path)
    return found


def _chain(node: nodes.Node) -> Path_ | None:
    attrs: list[str] = []
    while isinstance(node, nodes.Getattr | nodes.Filter):
        if isinstance(node, nodes.Getattr):
            attrs.insert(0, node.attr)
        node = node.node
    return (node.name, *attrs) if isinstance(node, nodes.Name) else None


def used_paths(tree: nodes.Node) -> set[Path_]:
    """The data paths a template's expressions read, loop variables resolved to their lists."""
    found: set[Path_] = set()

    def resolve(chain: Path_, scope: dict[str, Path_]) -> Path_:
        head, *rest = chain
        return (*scope.get(head, (head,)), *rest)

    def walk(node: nodes.Node, scope: dict[str, Path_]) -> None:
        if isinstance(node, nodes.For) and isinstance(node.target, nodes.Name):
            walk(node.iter, scope)
            chain = _chain(node.iter)
            inner = {**scope, node.target.name: resolve(chain, scope)} if chain else scope
            for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
                walk(child, inner)
            return
        if isinstance(node, nodes.Filter) and node.node is not None:
            chain = _chain(node.node)
            if chain and node.name in ("selectattr", "rejectattr") and node.args and \
                    isinstance(node.args[0], nodes.Const):
                found.add((*resolve(chain, scope), str(node.args[0].value)))
            if chain and node.name == "image":
                found.add((*resolve(chain, scope), "file"))
        if isinstance(node, nodes.Getattr | nodes.Name):
            chain = _chain(node)
            if chain is not None:
                found.add(resolve(chain, scope))
                return
        for child in node.iter_child_nodes():
            walk(child, scope)

    walk(tree, {})
    return found


def template_paths(name: str) -> set[Path_]:
    """What every part (body, header, footer) of a built-in template reads."""
    compiled = CompiledTemplate(read_package(ROOT / "reportkit" / "templates" / f"{name}.docx"))
    env = environment()
    paths: set[Path_] = set()
    for part in compiled.parts.values():
        paths |= used_paths(env.parse(part.source))
    return paths


def documented() -> dict[str, set[Path_]]:
    """The fields docs/veidnes.md lists under "Lauki, ko iebūvētās veidnes nerāda tieši", by
    kind (``visi``: every kind)."""
    text = (ROOT / "docs" / "veidnes.md").read_text(encoding="utf-8")
    section = text.split("### Lauki, ko iebūvētās veidnes nerāda tieši", 1)[1].split("\n#", 1)[0]
    found: dict[str, set[Path_]] = {}
    for row in re.findall(r"^\| (\w+) \| (.+?) \|", section, flags=re.MULTILINE):
        kind, fields = row
        for field in re.findall(r"`([\w.]+)`", fields):
            found.setdefault(kind, set()).add(tuple(field.split(".")))
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_is_in_the_template_or_the_docs(kind: str) -> None:
    spec = KINDS[kind]
    skip = ("project",) if kind != "project" else ()
    fields = input_fields(spec.model_class(), skip=skip)
    used = template_paths(spec.template)
    # a person's name printed as written (initials bound) or declined shows the name field
    used |= {(*u[:-1], "name") for u in used if u and u[-1] in ("written", "in_case")}
    listed = documented()
    allowed = listed.get("visi", set()) | listed.get(kind, set())
    neither = [".".join(f) for f in fields
               if f not in allowed and not any(u[:len(f)] == f for u in used)]
    assert neither == [], f"{kind}: show these in {spec.template}.docx or list them in " \
                          "docs/veidnes.md"


def test_the_docs_list_only_fields_that_exist_and_the_template_does_not_show() -> None:
    for kind, fields in documented().items():
        kinds = sorted(KINDS) if kind == "visi" else [kind]
        for name in kinds:
            spec = KINDS[name]
            known = input_fields(spec.model_class(), skip=("project",) if name != "project"
                                 else ())
            used = template_paths(spec.template)
            for field in fields:
                assert field in known, (name, field)
                assert not any(u[:len(field)] == field for u in used), (name, field)


def test_the_walk_sees_loops_filters_and_pictures() -> None:
    tree = environment().parse(
        "{% for p in partners|selectattr('role', 'equalto', 'host') %}{{ p.name }}{% endfor %}"
        "{% for photo in photos %}{{ photo|image(30) }}{% endfor %}{{ budget.total }}")
    assert used_paths(tree) >= {("partners", "name"), ("partners", "role"),
                                ("photos", "file"), ("budget", "total")}
