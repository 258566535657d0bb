"""The tree is the pipeline, and data flows one way: each stage imports only the stages before
it (and the leaves ``errors`` and ``lv``); ``lv`` imports nothing else of reportkit. Imports
inside ``if TYPE_CHECKING:`` are for type checkers only and do not count."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reportkit"
# Each stage's rank: a module may import modules of a lower or equal rank only.
RANK = {"errors": 0, "lv": 0, "i18n": 0, "kinds": 1, "output": 1, "read": 2, "models": 3,
        "render": 4, "jobs": 5, "cli": 6, "__init__": 7, "__main__": 7}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every reportkit import outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
            for n in ast.walk(node)}
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if path.name == "__init__.py":
        package = package.removesuffix(".__init__") + ".__init__"
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("reportkit")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: -node.level]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "reportkit":  # from reportkit import lv: the module is reportkit.lv
                found += [(node.lineno, f"reportkit.{a.name}") for a in node.names]
            elif target.startswith("reportkit"):
                found.append((node.lineno, target))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_later_stage(path: Path) -> None:
    here = _stage(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
    wrong = [f"line {line}: {target}" for line, target in _imports(path)
             if RANK.get(_stage(target), 0) > RANK[here]]
    if here == "lv":
        wrong += [f"line {line}: {target}" for line, target in _imports(path)
                  if not target.startswith("reportkit.lv")]
    assert wrong == []


def test_every_stage_has_a_rank() -> None:
    stages = {p.stem if p.suffix == ".py" else p.name for p in PACKAGE.iterdir()
              if (p.suffix == ".py" or (p / "__init__.py").exists())}
    assert stages <= set(RANK)


def _every_import(path: Path) -> set[str]:
    """Every reportkit module ``path`` imports, type-only and in-function imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = module.removesuffix(".__init__") if path.name == "__init__.py" \
        else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("reportkit")}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] \
                if node.level else []
            target = ".".join([*base, node.module] if node.module else base) if node.level \
                else node.module or ""
            if target.startswith("reportkit"):
                found |= {f"{target}.{a.name}" if f"{target}.{a.name}" in _NAMES else target
                          for a in node.names}
    return found & _NAMES - {module.removesuffix(".__init__")}


_NAMES = {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
          for p in MODULES}
# isolation starts the worker, and the worker reports through isolation's messages
_KNOWN_CIRCLES = {frozenset({"reportkit.render.isolation", "reportkit.render.worker_process"})}


def _circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The groups of modules that import one another, directly or through others."""
    reach = {m: set(graph[m]) for m in graph}
    changed = True
    while changed:
        changed = False
        for targets in reach.values():
            more = set().union(*(reach[t] for t in targets)) - targets
            if more:
                targets |= more
                changed = True
    groups = {frozenset({m, *(t for t in reach[m] if m in reach[t])}) for m in reach
              if m in reach[m]}
    return sorted(groups, key=sorted)


def test_no_modules_import_each_other() -> None:
    """Within a stage too, dependencies go one way: two modules that need each other (even
    for a type) are one module, or share a third."""
    graph = {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
             .removesuffix(".__init__"): _every_import(p) for p in MODULES}
    assert [sorted(c) for c in _circles(graph) if c not in _KNOWN_CIRCLES] == []
