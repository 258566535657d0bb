"""Known Jinja sandbox escapes, memory bombs and docxtpl injections: each is a TemplateError
naming the place, and no file is written.

Sources: Jinja's own sandbox tests and advisories (CVE-2016-10745: str.format reaching
attributes; CVE-2019-10906: str.format_map), the classic SSTI walks to ``__globals__`` and
``__subclasses__``, and docxtpl's RichText writing ``color``/``style`` values into XML unescaped.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docxtpl import RichText

from reportkit import Template, TemplateError

ATTACKS = {
    "globals via cycler": "{{ cycler.__init__.__globals__.os.getpid() }}",
    "globals via lipsum": "{{ lipsum.__globals__['os'].getpid() }}",
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "mro": "{{ x.__class__.__mro__ }}",
    "class base": "{{ ().__class__.__base__.__subclasses__() }}",
    "attr filter": "{{ (x|attr('__class__')|attr('__base__')|attr('__subclasses__'))() }}",
    "hex-escaped name": "{{ x['\\x5f\\x5fclass\\x5f\\x5f'] }}",
    "format walks attributes (CVE-2016-10745)": "{{ '{0.__class__.__init__}'.format(x) }}",
    "format_map walks attributes (CVE-2019-10906)": "{{ '{a.__class__}'.format_map({'a': x}) }}",
    "template reference context": "{{ self._TemplateReference__context }}",
    "bound method self": "{{ x.upper.__self__ }}",
    "function globals": "{{ x.format.__globals__ }}",
    "namespace init": "{{ namespace.__init__.__globals__ }}",
    "huge range": "{{ range(10**10)|length }}",
    "string times a billion": "{{ ('a' * 10**9)|length }}",
    "list times a billion": "{{ ([0] * 10**9)|length }}",
    "huge power": "{{ 2 ** 100000000 }}",
    "nested multiplication": "{% set s = 'a' * 100000 %}{{ (s * 100000)|length }}",
    "format width": "{{ ('{:>999999999}'.format(x))|length }}",
    "percent width": "{{ ('%999999999s' % x)|length }}",
    "format filter width": "{{ ('%999999999s'|format(x))|length }}",
    "center width": "{{ (x|center(999999999))|length }}",
    "doubling with ~ in a loop": "{% set ns = namespace(s='a') %}{% for i in range(40) %}"
                                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "doubling with replace in a loop": "{% set ns = namespace(s='a') %}{% for i in range(40) %}"
                                       "{% set ns.s = ns.s|replace('a', 'aa') %}{% endfor %}",
    "doubling with str.replace in a loop": "{% set ns = namespace(s='a') %}"
                                           "{% for i in range(40) %}"
                                           "{% set ns.s = ns.s.replace('a', 'aa') %}{% endfor %}",
    "doubling with join in a loop": "{% set ns = namespace(s='a') %}{% for i in range(40) %}"
                                    "{% set ns.s = [ns.s, ns.s]|join %}{% endfor %}",
    "one replace to ten billion": "{{ ('a' * 100000)|replace('a', 'a' * 100000)|length }}",
    "str.ljust width": "{{ x.ljust(2000000000)|length }}",
    "str.expandtabs width": "{{ ('\\t' * 1000).expandtabs(100000)|length }}",
}


def _template(folder: Path, text: str) -> Path:
    path = folder / "uzbrukums.docx"
    document = docx.Document()
    document.add_paragraph("Virsraksts")
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("source", list(ATTACKS.values()), ids=list(ATTACKS))
def test_attack_is_a_template_error_and_writes_nothing(source: str, tmp_path: Path) -> None:
    out = tmp_path / "out" / "dokuments.docx"
    with pytest.raises(TemplateError) as caught:
        Template(_template(tmp_path, source)).render({"x": "abc"}, out)
    problem = caught.value.problems[0]
    assert (problem.part, problem.paragraph) == ("body", 2)
    assert str(caught.value).startswith("uzbrukums.docx, body, paragraph 2 (")
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


@pytest.mark.parametrize("source", ["{{ range(10**10)|length }}", "{{ ('a' * 10**9)|length }}",
                                    ATTACKS["doubling with ~ in a loop"]])
def test_render_many_refuses_the_same_bombs(source: str, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="unsafe template code"):
        Template(_template(tmp_path, source)).render_many([{"x": "a"}], tmp_path / "out")
    assert list((tmp_path / "out").glob("*")) == []


def test_a_big_but_sane_product_still_renders(tmp_path: Path) -> None:
    out = Template(_template(tmp_path, "{{ ('-' * 60)|length }} {{ 2 ** 64 }}")).render(
        {}, tmp_path / "ok.docx")
    assert docx.Document(str(out)).paragraphs[1].text == "60 18446744073709551616"


@pytest.mark.parametrize("field", ["color", "style", "font"])
def test_xml_in_a_richtext_attribute_is_refused(field: str, tmp_path: Path) -> None:
    injected = 'FF0000"/></w:rPr><w:t>X</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b w:val="1'
    value = RichText("Sveiki", **{field: injected})
    out = tmp_path / "out" / "dokuments.docx"
    with pytest.raises(TemplateError, match="RichText XML is not well-formed runs"):
        Template(_template(tmp_path, "{{r x }}")).render({"x": value}, out)
    assert not out.exists()


def test_a_well_formed_richtext_still_renders(tmp_path: Path) -> None:
    value = RichText("Sveiki", color="FF0000", bold=True, size=24)
    out = Template(_template(tmp_path, "{{r x }}")).render({"x": value}, tmp_path / "ok.docx")
    assert docx.Document(str(out)).paragraphs[1].text == "Sveiki"


def test_join_replace_and_padding_below_the_limit_still_render(tmp_path: Path) -> None:
    source = ("{% set ns = namespace(s='ab') %}{% for i in range(3) %}{% set ns.s = ns.s ~ ns.s %}"
              "{% endfor %}{{ ns.s }} {{ ns.s|replace('a', 'A') }} {{ x.rjust(5, '.') }} "
              "{{ x ~ 1 }} {{ ('-' * 10000)|replace('-', '==')|length }}")
    out = Template(_template(tmp_path, source)).render({"x": "abc"}, tmp_path / "ok.docx")
    assert docx.Document(str(out)).paragraphs[1].text == (
        "abababababababab AbAbAbAbAbAbAbAb ..abc abc1 20000")
