"""The Jinja pieces and blocks the built-in templates share (used by build_templates.py): how a
period, an amount, a signed difference, a percentage column are written, and the closing block
(the programme's statements, the EU emblem, logos, signature, e-signature note).

Latvian words here are labels checked with ``hunspell -d lv_LV`` (the templates' test checks
every one) or forms from the seeds, cited where they are used.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx_pieces import Doc, flush, para, put_emblem, table, tag

DASH = "–"
NBSP = "\u00a0"
EMBLEM_MM = 12  # the EU emblem's height; Erasmus+ asks for at least 10 mm (JSPA 2018, EC)

# --- Jinja pieces shared by the templates --------------------------------------------------

PROGRAMME = (
    "{{ P.programme.name }}"
    "{% if P.programme.funding_period %} ({{ P.programme.funding_period }}){% endif %}"
    "{% if P.programme.action %}, {{ P.programme.action_text }}{% endif %}"
)


def of(project: str, text: str) -> str:
    """``text`` with the project placeholder ``P.`` replaced (``project.`` or nothing)."""
    return text.replace("P.", f"{project}." if project else "")


def span(period: str, *, capital: bool = False) -> str:
    """A period as a phrase: ``no 2019. gada 1. jūnija līdz 2021. gada 31. janvārim``, or the
    months alone for a period given to the month (seed 002: "no 2013.gada decembra līdz
    2016.gada jūnijam"); ``capital`` starts it with a capital letter, for a table cell."""
    first = "No" if capital else "no"
    days = f"{{{{ {period}.start|format_date_range({period}.end)"
    days += "|capitalize }}" if capital else " }}"
    months = (f"{first} {{{{ {period}.start|format_month_year(case='gen') }}}} līdz "
              f"{{{{ {period}.end|format_month_year(case='dat') }}}}")
    return f"{{% if {period}.precision == 'month' %}}{months}{{% else %}}{days}{{% endif %}}"


def duration(period: str, *, capital: bool = False) -> str:
    """The period and its length in months: ``… (20 mēneši)``."""
    return (span(period, capital=capital)
            + f" ({{{{ {period}.start|format_duration({period}.end) }}}})")


def money(expr: str) -> str:
    """An amount in figures and in words."""
    return f"{{{{ {expr}|format_money }}}} ({{{{ {expr}|amount_in_words }}}})"


def figures(expr: str) -> str:
    """An amount in figures without the currency code, for a column whose heading names it."""
    return f"{{{{ ({expr}|format_money)[:-4] }}}}"


def signed(expr: str) -> str:
    """A difference that may be negative, in figures: ``–●395,00`` for an overspent category.
    The minus is written as the Latvian part of the EU style guide (6.4) writes it in a word
    processor: an en dash and a no-break space before the number."""
    return (f"{{{{ '{DASH}{NBSP}' if {expr} < 0 else '' }}}}"
            f"{{{{ ({expr}|abs|format_money)[:-4] }}}}")


def percent(expr: str) -> str:
    """A percentage from its Decimal, never float: 20 → "20 %", 33.5 → "33,5 %"."""
    return f"{{{{ {expr}|format_percent }}}}"


def percent_column(expr: str) -> str:
    """A percentage with two decimals and no sign, so a column reads 95,39 over 80,00."""
    return f"{{{{ {expr}|format_percent(places=2, sign=False) }}}}"


def number(expr: str) -> str:
    """A count, or a dash where it is not known."""
    return f"{{{{ {expr} if {expr} is not none else '{DASH}' }}}}"


def agrees(n: str, singular: str, plural: str) -> str:
    """A word agreeing with the number ``n`` as ``lv.count`` makes nouns agree: the singular
    after 1, 21, 31 … but not 11 (REFERENCE §4)."""
    return f"{{{{ '{singular}' if {n} % 10 == 1 and {n} % 100 != 11 else '{plural}' }}}}"


def place(item: str) -> str:
    """``Helsinki, Somija``: the place and the country of an activity, either may be missing."""
    return (f"{{{{ {item}.place or '' }}}}{{% if {item}.country %}}{{% if {item}.place %}}, "
            f"{{% endif %}}{{{{ {item}.country|country }}}}{{% endif %}}")


def days(item: str) -> str:
    """An activity's day or days, in figures: ``14.10.2019.–18.10.2019.``."""
    numeric = "|format_date(style='numeric') }}"
    return (f"{{% if {item}.start %}}{{{{ {item}.start{numeric}"
            f"{{% if {item}.end != {item}.start %}}–{{{{ {item}.end{numeric}"
            "{% endif %}{% endif %}")


# --- blocks shared by the templates ----------------------------------------------------------


def closing(document: Doc, project: str, who: str | None) -> None:
    """The end of a document, in one borderless cell that is never split across pages (a
    table row that cannot split is the one way Word and LibreOffice both keep a block whole;
    LibreOffice loses chains of "keep with next" through tables): what the programme requires
    on it (see :func:`visibility`), then the signature and the e-signature note under it. So
    the signature never stands apart from the statements, nor the note from the signature."""
    prog = of(project, "P.programme")
    logos = of(project, "P.logos")
    shown = [f"{prog}.{f}" for f in ("emblem", "statement_lv", "statement_en", "disclaimer_lv",
                                     "disclaimer_en", "donors")] + [logos] + ([who] if who else [])
    tag(document, f"{{%p if {' or '.join(shown)} %}}")
    block = table(document, [160], [[""]], grid=False)
    flush(block)
    cell = block.rows[0].cells[0]
    first = cell.paragraphs[0]._p
    visibility(cell, project)
    if who:
        signature(cell, who)
    first.getparent().remove(first)
    tag(document, "{%p endif %}")


def visibility(cell: Doc, project: str) -> None:
    """What the programme requires on a document, as its data says: the EU emblem with the
    funding statement beside it (Erasmus+), or the statement alone; the disclaimer; the donor
    states (EEA and Norway Grants); the organisation's and funders' logos."""
    prog = of(project, "P.programme")
    statement = f"{prog}.statement_lv or {prog}.statement_en"
    disclaimer = f"{prog}.disclaimer_lv or {prog}.disclaimer_en"
    tag(cell, f"{{%p if {prog}.emblem %}}")
    flag = para(cell, f"   {{{{ {statement} or '' }}}}", bold=True, size=10, before=6)
    put_emblem(flag, EMBLEM_MM)
    tag(cell, f"{{%p elif {statement} %}}")
    para(cell, f"{{{{ {statement} }}}}", bold=True, size=10, before=6)
    tag(cell, "{%p endif %}")
    tag(cell, f"{{%p if {disclaimer} %}}")
    para(cell, f"{{{{ {disclaimer} }}}}", italic=True, size=9)
    tag(cell, "{%p endif %}")
    # "Eiropas Ekonomikas zonas (EEZ) un Norvēģijas granti ir finansiālais atbalsts, ko sniedz
    # Islande, Lihtenšteina un Norvēģija (donorvalstis)" (vp.gov.lv, the data's VP_EEZ_2014)
    tag(cell, f"{{%p if {prog}.donors %}}")
    para(cell, f"{{{{ 'Donorvalsts' if {prog}.donors|length == 1 else 'Donorvalstis' }}}}: "
         f"{{{{ {prog}.donors|join }}}}.", size=10)
    tag(cell, "{%p endif %}")
    logos = of(project, "P.logos")
    tag(cell, f"{{%p if {logos} %}}")
    para(cell, f"{{% for logo in {logos} %}}{{{{ logo|image(30) }}}}"
         "{% if not loop.last %}   {% endif %}{% endfor %}", align="CENTER")
    tag(cell, "{%p endif %}")


def signature(cell: Doc, who: str) -> None:
    """Position, signature place and name; the e-signature note under them when e-signed."""
    tag(cell, f"{{%p if {who} %}}")
    sign = table(cell, [65, 55, 40], [[
        f"{{{{ {who}.position }}}}",
        f"{{% if {who}.signature != 'e-paraksts' %}}{{{{ {who}.signature_text }}}}{{% endif %}}",
        f"{{{{ {who}.written }}}}",
    ]], grid=False)
    for column in sign.rows[0].cells:
        column.paragraphs[0].paragraph_format.space_before = Pt(18)
    sign.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sign.rows[0].cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tag(cell, f"{{%p if {who}.signature == 'e-paraksts' %}}")
    para(cell, f"{{{{ {who}.signature_text }}}}", bold=True, size=10, align="CENTER", before=12)
    tag(cell, "{%p endif %}")
    tag(cell, "{%p endif %}")


def paragraphs(document: Doc, field: str, heading: str) -> None:
    """A heading and the paragraphs of a ``Paragraphs`` field, when there are any."""
    tag(document, f"{{%p if {field} %}}")
    para(document, heading, "Heading 1")
    tag(document, f"{{%p for text in {field} %}}")
    para(document, "{{ text }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")


# The roles of the organisations a project works with, each under its own label; a host that
# receives participants is not a partner.
ROLES = (("coordinator", "Koordinators"), ("partner", "Projekta partneri"),
         ("host", "Uzņemošās organizācijas"), ("funder", "Līdzfinansētāji"))


def role_rows() -> list[tuple[str, str]]:
    """The identity table's rows of partners, one per role that has any."""
    rows = []
    for role, label in ROLES:
        members = f"partners|selectattr('role', 'equalto', '{role}')|list"
        rows.append((f"{label}?{members}",
                     f"{{% for p in {members} %}}{{{{ p.name }}}} ({{{{ p.country|country }}}})"
                     "{% if not loop.last %}; {% endif %}{% endfor %}"))
    return rows
