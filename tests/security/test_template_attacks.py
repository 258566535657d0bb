"""Known Jinja sandbox escapes, memory bombs and docxtpl injections: each is a TemplateError
naming the place, and no file is written.

Sources: Jinja's own sandbox tests and advisories (CVE-2016-10745: str.format reaching
attributes; CVE-2019-10906: str.format_map), the classic SSTI walks to ``__globals__`` and
``__subclasses__``, docxtpl's RichText writing ``color``/``style`` values into XML unescaped,
and issue 13's attacks: pydantic methods that build a photo pointing anywhere, methods that
change data in place, and memory bombs that a check after the fact let through (bytes,
``indent``, ``batch``, ``slice``, ``lipsum``, borrowed widths, ``join``, ``translate``, printing a
repeated list, ``tojson``, ``pprint``, ``~``, ``l.extend(l)``, ``x*x``, ``model_dump_json``).
The hard memory and time limits behind these checks: ``test_hard_limits.py``.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docxtpl import RichText

from reportkit import Template, TemplateError
from reportkit.cli import EXIT_USAGE, cli
from reportkit.models import Photo
from reportkit.render.isolation import Limits
from tests.helpers.cli import make_template

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

BIG = "'x' * 1000000"  # a million characters: a thousand of them is a gigabyte
NEW_ATTACKS = {
    # behaviour instead of data: pydantic methods build objects, list and dict methods mutate
    "model_copy makes a photo of any file": "{{ p.model_copy(update={'file': '/etc/passwd'}) }}",
    "model_validate makes a photo": "{{ p.model_validate({'file': '/etc/passwd', 'caption': 'c'"
                                    "}) }}",
    "model_construct makes a photo": "{{ p.model_construct(file='/etc/passwd', caption='c') }}",
    "model_copy through |attr": "{{ (p|attr('model_copy'))() }}",
    "model_copy through map(attribute=)": "{{ ([p]|map(attribute='model_copy')|first)() }}",
    "model_copy through str.format": "{{ '{0.model_copy}'.format(p) }}",
    "model_copy through an index in str.format": "{{ '{0[0].model_copy}'.format([p]) }}",
    "model_dump_json with a huge indent": "{{ p.model_dump_json(indent=10**8)|length }}",
    "model_fields": "{{ p.model_fields }}",
    "model_extra": "{{ p.model_extra }}",
    "list.append": "{{ l.append(1) }}",
    "l.extend(l) doubling in a loop": "{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}",
    "a method kept in a namespace": "{% set ns = namespace(f=l.extend) %}{{ ns.f(l) }}",
    "dict.update": "{{ d.update({'k': 2}) }}",
    "dict.clear in a loop over it": "{% for k, v in d.items() %}{{ d.clear() }}{% endfor %}",
    "str.maketrans": "{{ x.maketrans('a', 'b') }}",
    # bytes and conversions that build in one step
    "str.encode to bytes": "{{ (x.encode() * 10**9)|length }}",
    "int.to_bytes": "{{ (5).to_bytes(10**9, 'big')|length }}",
    "str.translate to a long text": "{{ ('a' * 1000).translate({97: 'b' * 10000})|length }}",
    # filters that build from small arguments
    "indent by a width": "{{ ('a\\n' * 1000)|indent(100000)|length }}",
    "indent by a text": "{{ ('a\\n' * 1000)|indent('-' * 100000)|length }}",
    "batch with a fill": "{{ [1]|batch(10**9, 0)|list|length }}",
    "slice into a billion": "{{ [1, 2]|slice(10**9)|list|length }}",
    "lipsum of a million paragraphs": "{{ lipsum(10**6)|length }}",
    "wordwrap inserting a long text": "{{ ('a ' * 100000)|wordwrap(1, wrapstring='x' * 100000)"
                                      "|length }}",
    "urlize with a long target": "{{ ('a.lv ' * 100000)|urlize(target='x' * 100000)|length }}",
    "join with a long separator": "{{ (range(100000)|list)|join('x' * 1000)|length }}",
    "lv join of long texts": "{{ ([" + BIG + "] * 1000)|join|length }}",
    "sum of repeated lists": "{{ ([[0] * 1000000] * 100)|sum(start=[])|length }}",
    "tojson of a repeated text": "{{ ([" + BIG + "] * 1000)|tojson|length }}",
    "tojson with a huge indent": "{{ (range(100000)|list)|tojson(indent=1000)|length }}",
    "pprint of a repeated text": "{{ ([" + BIG + "] * 1000)|pprint|length }}",
    "|string of a repeated text": "{{ ([" + BIG + "] * 1000)|string|length }}",
    "|format of long values": "{{ '%s%s%s'|format(" + BIG + " * 5, " + BIG + " * 5, 'c') }}",
    # widths and fills taken from values
    "'%*s' width from a value": "{{ ('%*s' % (10**9, 'a'))|length }}",
    "'%.*f' precision from a value": "{{ ('%.*f' % (10**9, 1.5))|length }}",
    "'{:{w}}' width from a value": "{{ '{:{w}}'.format('a', w=10**9)|length }}",
    "format_map width from a value": "{{ '{a:>{w}}'.format_map({'a': 'x', 'w': 10**9}) }}",
    "str.join with a long separator": "{{ (" + BIG + ").join(['a'] * 1000)|length }}",
    # printing: a list of one long text repeated is small in memory, huge as text
    "printing a repeated text": "{{ [" + BIG + "] * 1000 }}",
    "~ of a repeated text": "{{ ([" + BIG + "] * 1000 ~ '')|length }}",
    "a loop writing a gigabyte": "{% set s = 'x' * 9000000 %}{% for i in range(100) %}{{ s }}"
                                 "{% endfor %}",
    # numbers
    "x * x on integers in a loop": "{% set ns = namespace(n=7) %}{% for i in range(40) %}"
                                   "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n > 0 }}",
}
ATTACKS.update(NEW_ATTACKS)
CAP = Limits(memory_mb=400, seconds=20)  # should an early check miss, the bomb stops here
CONTEXT = {"x": "abc", "p": Photo(file="foto.png", caption="Dalībnieki"), "l": [1, 2],
           "d": {"k": 1}}


def _template(folder: Path, text: str) -> Path:
    return make_template(folder / "uzbrukums.docx", ["Virsraksts", text])


@pytest.mark.parametrize("source", list(ATTACKS.values()), ids=list(ATTACKS))
def test_attack_is_a_template_error_and_writes_nothing(source: str, tmp_path: Path) -> None:
    out = tmp_path / "out" / "dokuments.docx"
    with pytest.raises(TemplateError) as caught:
        Template(_template(tmp_path, source), limits=CAP).render(dict(CONTEXT), out)
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert (problem.part, problem.paragraph) == ("body", 2)
    assert str(caught.value).startswith("uzbrukums.docx, body, paragraph 2 (")
    if source in NEW_ATTACKS.values():
        assert "unsafe template code: " in str(caught.value)
        assert "needed more than" not in str(caught.value)  # refused before it was built
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_the_attack_suite_doubled() -> None:
    assert len(NEW_ATTACKS) >= 29  # the suite had 29 attacks before issue 13


# one per kind of attack of issue 13, through the command line as a coordinator runs it
CLI_ATTACKS = ["model_copy makes a photo of any file", "l.extend(l) doubling in a loop",
               "indent by a width", "printing a repeated text", "'%*s' width from a value",
               "x * x on integers in a loop", "a loop writing a gigabyte"]
VALID = Path(__file__).parents[1] / "bad_inputs" / "_valid_project.yaml"


@pytest.mark.parametrize("name", CLI_ATTACKS)
def test_the_command_line_says_one_located_line_and_writes_nothing(name: str,
                                                                  tmp_path: Path) -> None:
    source = ATTACKS[name].replace("p.", "period.").replace("(l)", "(partners)").replace(
        "l.", "partners.")
    template = _template(tmp_path, source)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(VALID), "-t", str(template), "-o",
                                      str(out / "x.docx")])
    assert result.exit_code == EXIT_USAGE, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("uzbrukums.docx, body, paragraph 2 (")
    assert "unsafe template code: " in lines[0]
    assert not out.exists() or list(out.iterdir()) == []


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


UNREADABLE = {
    "loops nested 25 deep": ("{% for a in x %}" * 25 + "{% endfor %}" * 25,
                             "the tags are nested too deeply to run (loops, conditions or "
                             "brackets inside one another)"),
    "brackets nested 3000 deep": ("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
                                  "the tags are nested too deeply to run (loops, conditions "
                                  "or brackets inside one another)"),
    "a number of 5000 digits": ("{{ " + "7" * 5000 + " }}",
                                "a number in the template has more than 4300 digits"),
}


@pytest.mark.parametrize(("source", "message"), list(UNREADABLE.values()), ids=list(UNREADABLE))
def test_template_code_python_cannot_take_is_a_template_error(source: str, message: str,
                                                              tmp_path: Path) -> None:
    """Compiled in the caller's process, so refused as a syntax error, not a crash (exit 3)."""
    template = _template(tmp_path, source)
    assert [str(p) for p in Template(template).check()] == [f"uzbrukums.docx, body: {message}"]
    result = CliRunner().invoke(cli, ["render", str(VALID), "-t", str(template), "-o",
                                      str(tmp_path / "out" / "x.docx")])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.splitlines() == [f"uzbrukums.docx, body: {message}"]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
