"""The versions reportkit is installed with are the ones it was tested with.

pyproject.toml bounds every dependency; where reportkit relies on a library's private API or
data the upper bound is the last tested minor release. These tests check that the installed
versions (the lock, constraints.txt, in CI; the newest allowed ones on a developer's machine)
are inside those bounds, that the lock itself is, and that the private names reportkit uses
are still there with the shape it expects, so a new docxtpl, python-docx or Jinja fails here,
by name, and not in a user's document.
"""

from __future__ import annotations

import inspect
import re
from importlib import metadata
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
TEST = [Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"]["test"]]
# Libraries whose private API or data reportkit uses (see the comments in pyproject.toml).
PRIVATE = {"docxtpl", "python-docx", "jinja2", "babel", "pydantic", "openpyxl", "ruamel-yaml",
           "markdown-it-py"}


def _pins(name: str) -> dict[str, Version]:
    pins = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        found = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line.strip())
        if found:
            pins[_normal(found.group(1))] = Version(found.group(2))
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("requirement", RUNTIME + TEST, ids=str)
def test_the_installed_version_is_inside_the_bounds(requirement: Requirement) -> None:
    installed = Version(metadata.version(requirement.name))
    assert requirement.specifier.contains(installed), (
        f"{requirement.name} {installed} is installed; pyproject.toml allows {requirement}")


@pytest.mark.parametrize("requirement", RUNTIME, ids=str)
def test_every_dependency_has_an_upper_bound(requirement: Requirement) -> None:
    assert any(spec.operator in ("<", "<=", "~=", "==") for spec in requirement.specifier)


@pytest.mark.parametrize("lock", ["constraints.txt", "constraints-oldest.txt"])
def test_the_locks_agree_with_pyproject(lock: str) -> None:
    pins = _pins(lock)
    wrong = [f"{r.name}=={pins[_normal(r.name)]} is outside {r}" for r in RUNTIME + TEST
             if _normal(r.name) in pins and not r.specifier.contains(pins[_normal(r.name)])]
    assert wrong == []
    if lock == "constraints.txt":  # the lock covers every dependency
        assert {_normal(r.name) for r in RUNTIME + TEST} <= set(pins)


def test_the_oldest_lock_holds_the_lower_bounds() -> None:
    pins = _pins("constraints-oldest.txt")
    for requirement in RUNTIME:
        lower = next(Version(s.version) for s in requirement.specifier if s.operator == ">=")
        pinned = pins.get(_normal(requirement.name))
        if pinned is not None:  # 2.10.6 for ">=2.10": the newest patch of the lowest minor
            assert pinned.release[:len(lower.release)] == lower.release, requirement


def test_the_private_libraries_are_bounded_tightly() -> None:
    for requirement in RUNTIME:
        if _normal(requirement.name) in PRIVATE - {"pydantic"}:
            upper = [Version(s.version) for s in requirement.specifier if s.operator == "<"]
            lower = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
            assert upper and upper[0].major == lower[0].major, requirement


def test_docxtpl_still_has_what_reportkit_overrides_and_calls() -> None:
    from docxtpl import DocxTemplate

    for name, parameters in {
        "patch_xml": ["self", "src_xml"],
        "resolve_listing": ["self", "xml"],
        "fix_tables": ["self", "xml"],
        "build_xml": ["self", "context", "jinja_env"],
        "map_tree": ["self", "tree"],
        "render_xml_part": ["self", "src_xml", "part", "context", "jinja_env"],
        "render_footnotes": ["self", "context", "jinja_env"],
        "render_properties": ["self", "context", "jinja_env"],
        "render": ["self", "context", "jinja_env", "autoescape"],
    }.items():
        found = list(inspect.signature(getattr(DocxTemplate, name)).parameters)
        assert found[:len(parameters)] == parameters, name
    assert DocxTemplate.__new__(DocxTemplate).patch_xml("<w:t>{{</w:t><w:t> a }}</w:t>") == (
        '<w:t xml:space="preserve">{{ a }}</w:t>')


def test_python_docx_parts_keep_their_blob() -> None:
    import docx
    from docx.opc.part import Part

    document = docx.Document()
    assert hasattr(document, "_part") and hasattr(document, "_element")
    assert "_blob" in inspect.signature(Part.__init__).parameters or any(
        hasattr(part, "_blob") for part in document.part.package.parts)


def test_jinja_still_compiles_concat_and_sandboxes_calls_as_reportkit_expects() -> None:
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import SandboxedEnvironment

    assert list(inspect.signature(CodeGenerator.visit_Concat).parameters) == [
        "self", "node", "frame"]
    for name in ("call", "call_binop", "wrap_str_format"):
        assert callable(getattr(SandboxedEnvironment, name)), name
    assert isinstance(SandboxedEnvironment.intercepted_binops, frozenset)


def test_jinja_still_has_what_the_sandbox_policy_and_size_limits_wrap() -> None:
    """render/sandbox.py writes ``~`` as markup_join/str_join and replaces Environment.concat;
    render/limited.py calls Jinja's filters by their module names and arguments."""
    import jinja2.runtime
    from jinja2 import Environment, filters
    from jinja2.sandbox import SandboxedEnvironment

    assert callable(jinja2.runtime.markup_join) and callable(jinja2.runtime.str_join)
    assert "self.environment.concat(" in inspect.getsource(jinja2.Template.render)
    assert Environment.concat == "".join  # type: ignore[comparison-overlap]
    assert list(inspect.signature(SandboxedEnvironment.is_safe_attribute).parameters) == [
        "self", "obj", "attr", "value"]
    expected = {
        "do_indent": ["s", "width", "first", "blank"],
        "do_batch": ["value", "linecount", "fill_with"],
        "sync_do_slice": ["value", "slices", "fill_with"],
        "do_tojson": ["eval_ctx", "value", "indent"],
        "do_pprint": ["value"],
        "do_wordwrap": ["environment", "s", "width", "break_long_words", "wrapstring",
                        "break_on_hyphens"],
        "do_urlize": ["eval_ctx", "value", "trim_url_limit", "nofollow", "target", "rel",
                      "extra_schemes"],
        "do_replace": ["eval_ctx", "s", "old", "new", "count"],
        "do_format": ["value", "args", "kwargs"],
    }
    for name, parameters in expected.items():
        assert list(inspect.signature(getattr(filters, name)).parameters) == parameters, name


def test_babel_cldr_data_for_latvian_is_what_the_documents_were_checked_with() -> None:
    from babel.lists import format_list
    from babel.numbers import format_currency

    assert format_currency(22783, "EUR", "#,##0.00 ¤¤", locale="lv",
                           currency_digits=False) == "22\xa0783,00 EUR"
    assert format_list(["Vācija", "Itālija", "Latvija"], locale="lv") == (
        "Vācija, Itālija un Latvija")


def test_openpyxl_still_has_the_sheet_parser_reportkit_reads_cells_with() -> None:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet import _reader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    parameters = list(inspect.signature(_reader.WorkSheetParser.__init__).parameters)
    assert parameters[:7] == ["self", "src", "shared_strings", "data_only", "epoch",
                              "date_formats", "timedelta_formats"]
    for name in ("parse", "parse_cell", "parse_row"):
        assert callable(getattr(_reader.WorkSheetParser, name)), name
    assert _reader.VALUE_TAG.endswith("}v") and _reader.FORMULA_TAG.endswith("}f")
    assert callable(ReadOnlyWorksheet._get_source)
    assert "_shared_strings" in inspect.getsource(ReadOnlyWorksheet.__init__)
    book = Workbook()
    assert isinstance(book._date_formats, dict) and isinstance(book._timedelta_formats, dict)
    assert callable(ExcelReader.read_worksheets)


def test_the_json_module_still_ships_its_pure_python_scanner() -> None:
    from json import decoder, scanner

    assert callable(scanner.py_make_scanner)
    assert list(inspect.signature(decoder.JSONObject).parameters)[:6] == [
        "s_and_end", "strict", "scan_once", "object_hook", "object_pairs_hook", "memo"]
    assert list(inspect.signature(decoder.JSONArray).parameters)[:2] == [
        "s_and_end", "scan_once"]


def test_ruamel_yaml_still_has_what_reportkit_overrides() -> None:
    from ruamel.yaml import YAML
    from ruamel.yaml.composer import MaxDepthExceededError
    from ruamel.yaml.constructor import SafeConstructor

    for name in ("construct_yaml_int", "construct_yaml_float", "construct_yaml_bool",
                 "construct_yaml_timestamp", "construct_scalar", "construct_document"):
        assert callable(getattr(SafeConstructor, name)), name
    yaml = YAML(typ="safe", pure=True)
    assert hasattr(yaml, "max_depth") and hasattr(yaml, "allow_duplicate_keys")
    assert issubclass(MaxDepthExceededError, Exception)


def _imported(folder: Path) -> set[str]:
    import ast

    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(("folder", "declared"), [
    ("reportkit", RUNTIME), ("tests", RUNTIME + TEST), ("scripts", RUNTIME + TEST)])
def test_every_library_imported_is_declared(folder: str, declared: list[Requirement]) -> None:
    # A library that is only installed here by chance passes every local run and fails CI's
    # clean machine (PyYAML did). Dependencies of the declared ones count: pip installs them.
    import sys

    allowed = {_normal(r.name) for r in declared}
    for requirement in list(allowed):
        for line in metadata.requires(requirement) or []:
            needed = Requirement(line)
            if needed.marker is None or needed.marker.evaluate({"extra": ""}):
                allowed.add(_normal(needed.name))
    owners = metadata.packages_distributions()
    local = {"reportkit", "tests", "scripts", "conftest", "benchmarks"}
    local |= {path.stem for path in (ROOT / folder).rglob("*.py")}
    for name in sorted(_imported(ROOT / folder) - set(sys.stdlib_module_names) - local):
        distributions = {_normal(d) for d in owners.get(name, [])}
        assert distributions & allowed, f"{folder}/ imports {name}; pyproject does not declare it"


def test_markdown_it_still_has_the_list_rule_and_line_tables_the_markup_wraps() -> None:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock, list_block

    md = MarkdownIt("zero")
    state = StateBlock("1. a\n", md, {}, [])
    assert {"bMarks", "eMarks", "tShift", "sCount", "listIndent"} <= set(vars(state))
    assert list(inspect.signature(list_block).parameters) == ["state", "startLine", "endLine",
                                                              "silent"]
    assert "list" in md.block.ruler.get_all_rules()
