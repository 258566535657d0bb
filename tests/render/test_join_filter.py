"""``join`` is both the Latvian list of reportkit.lv and Jinja's join with a separator."""

import pytest

from reportkit.render.sandbox import environment

COUNTRIES = ["Vācija", "Itālija", "Latvija"]


@pytest.mark.parametrize("source, text", [
    ("{{ xs|join }}", "Vācija, Itālija un Latvija"),
    ("{{ xs|join(conj='vai') }}", "Vācija, Itālija vai Latvija"),
    ("{{ xs|join(', ') }}", "Vācija, Itālija, Latvija"),
    ("{{ xs|join(d='; ') }}", "Vācija; Itālija; Latvija"),
    ("{{ people|join(' / ', attribute='name') }}", "Ūzuliņa / Balode"),
    ("starp {{ xs|join(case='acc') }}", "starp Vāciju, Itāliju un Latviju"),  # seed 000
    ("{{ xs|join(conj='vai', case='loc') }}", "Vācijā, Itālijā vai Latvijā"),
])
def test_join_with_and_without_a_separator(source: str, text: str) -> None:
    people = [{"name": "Ūzuliņa"}, {"name": "Balode"}]
    assert environment().from_string(source).render(xs=COUNTRIES, people=people) == text


def test_joined_values_are_still_escaped() -> None:
    assert environment().from_string("{{ xs|join(', ') }}").render(xs=["a<b", "c"]) == "a&lt;b, c"
    assert environment().from_string("{{ xs|join }}").render(xs=["a<b", "c"]) == "a&lt;b un c"
