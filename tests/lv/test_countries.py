"""Countries are reportkit's own table: the installed Babel changes nothing a user sees.

``reportkit/lv/data/countries.tsv`` is made by ``scripts/make_countries.py`` from CLDR 47. The
tests here check that the table is what the script makes, that the EU's EL and UK are read,
that what the installed Babel says differently is reported as news (a warning, never a failure)
and that a Babel with another territory list renders the same documents.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from reportkit import DataError, lv
from reportkit.lv import countries as lv_countries
from reportkit.lv import lexicon
from tests.helpers.docx import body_text
from tests.helpers.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "reportkit" / "lv" / "data" / "countries.tsv"


def _script() -> Any:
    return load_script("make_countries")


class BabelDrift(UserWarning):
    """The installed Babel names territories differently from reportkit's table (news only)."""


def drift(table: Mapping[str, str], territories: Mapping[str, str],
          not_countries: frozenset[str]) -> list[str]:
    """What ``territories`` (Babel's) says that ``table`` (ours) does not, one line each."""
    theirs = {c: str(n) for c, n in territories.items()
              if len(c) == 2 and c.isalpha() and c not in not_countries}
    lines = [f"new in Babel: {c} {theirs[c]!r}" for c in sorted(set(theirs) - set(table))]
    lines += [f"not in Babel: {c} {table[c]!r}" for c in sorted(set(table) - set(theirs))]
    lines += [f"renamed in Babel: {c} {table[c]!r} -> {theirs[c]!r}"
              for c in sorted(set(table) & set(theirs)) if table[c] != theirs[c]]
    return lines


def test_the_table_is_what_the_script_makes() -> None:
    script = _script()
    text = TABLE.read_text(encoding="utf-8")
    assert f"Unicode CLDR {script.CLDR} (Babel {script.BABEL})" in text
    for row in lexicon.country_rows():
        flags = script._flags(row["name"], lv.declension)
        assert (row["gender"], row["flags"]) == (lv.gender(row["name"]), flags), row
        assert row["source"] == "[CLDR 47 lv]"
    codes = [row["code"] for row in lexicon.country_rows()]
    assert codes == sorted(set(codes)) and not set(codes) & script.NOT_COUNTRIES


def test_the_eu_codes_el_and_uk() -> None:
    assert lv.country("EL", case="gen") == "Grieķijas"
    assert lv.country("uk", case="loc") == "Apvienotajā Karalistē"
    assert lv_countries.country_code("EL") == "GR"
    from reportkit.models import Partner

    assert Partner(name="Atēnu skola", country="EL").country == "GR"


def test_an_unknown_code_is_refused_with_an_example() -> None:
    with pytest.raises(ValueError, match="unknown country code 'CQ'"):
        lv.country("CQ")


def test_drift_names_new_missing_and_renamed_territories() -> None:
    ours = {"DE": "Vācija", "XK": "Kosova", "LV": "Latvija"}
    babel = {"DE": "Vācijas Federatīvā Republika", "LV": "Latvija", "CQ": "Sarka",
             "EU": "Eiropas Savienība", "419": "Latīņamerika"}
    assert drift(ours, babel, frozenset({"EU"})) == [
        "new in Babel: CQ 'Sarka'",
        "not in Babel: XK 'Kosova'",
        "renamed in Babel: DE 'Vācija' -> 'Vācijas Federatīvā Republika'",
    ]


def test_what_the_installed_babel_says_differently_is_news_not_a_failure() -> None:
    from babel import Locale

    script = _script()
    found = drift(lv_countries.countries(), Locale("lv").territories,
                  script.NOT_COUNTRIES)
    if found:
        warnings.warn(BabelDrift("the installed Babel differs from countries.tsv (CLDR 47); "
                                 "to take the change, run scripts/make_countries.py with a newer "
                                 "pinned Babel: " + "; ".join(found)), stacklevel=1)
    assert all(line.startswith(("new in", "not in", "renamed in")) for line in found)


@pytest.fixture
def other_babel(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An installed Babel whose territory list differs: Germany renamed, Sark added, Italy gone."""
    from babel import Locale

    original = Locale.territories

    def changed(self: Locale) -> dict[str, str]:
        names = dict(original.fget(self))
        if str(self) == "lv":
            names.update(DE="Vācijas Federatīvā Republika", CQ="Sarka")
            names.pop("IT")
        return names

    _forget_tables()
    monkeypatch.setattr(Locale, "territories", property(changed))
    yield
    _forget_tables()


def _forget_tables() -> None:
    for cached in (lv_countries.countries, lexicon.country_rows, lexicon.builtin):
        cached.cache_clear()


def _render(example: str, folder: Path) -> list[str]:
    from reportkit.jobs import render_file

    (out,) = render_file(ROOT / "examples" / example, out=folder / "out.docx")
    return body_text(out)


@pytest.mark.parametrize("example", ["000_partneru_tiksanas.yaml", "003_projekta_apraksts.yaml"])
def test_another_babel_territory_list_changes_no_document(example: str, tmp_path: Path,
                                                          request: pytest.FixtureRequest) -> None:
    before = _render(example, tmp_path)
    request.getfixturevalue("other_babel")
    from babel import Locale

    assert Locale("lv").territories["DE"] == "Vācijas Federatīvā Republika"  # the fake is on
    assert _render(example, tmp_path) == before
    if example.startswith("000"):  # partners by country, Italy among them
        assert "Projekta partneri: Vācija, Itālija, Ungārija, Dānija un Latvija." in before


def test_another_babel_accepts_and_refuses_the_same_codes(other_babel: None) -> None:
    from reportkit.models import Partner

    assert Partner(name="Comune di Novara", country="IT").country == "IT"
    with pytest.raises(ValueError, match="ISO country code"):
        Partner(name="Sark School", country="CQ")
    assert lv.country("DE", case="acc") == "Vāciju"


def test_a_data_file_with_a_code_babel_added_is_refused(other_babel: None,
                                                        tmp_path: Path) -> None:
    from reportkit import load

    path = tmp_path / "p.yaml"
    valid = (ROOT / "tests" / "bad_inputs" / "_valid_project.yaml").read_text(encoding="utf-8")
    path.write_text(valid + "partners:\n  - {name: Sark School, country: CQ}\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"partners\.1\.country: must be a two-letter ISO"):
        load(path)
