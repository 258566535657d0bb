"""The plural rule and category checks every lv module shares."""

import pytest
from babel import Locale

from reportkit.lv.grammar import check_case, check_gender, check_number, takes_singular


def test_singular_rule_matches_babels_cldr_data_for_latvian() -> None:
    plural_form = Locale("lv").plural_form
    for n in range(0, 3000):
        assert takes_singular(n) == (plural_form(n) == "one"), n


@pytest.mark.parametrize("check, bad", [(check_case, "lok"), (check_gender, "n"),
                                        (check_number, "du")])
def test_unknown_category_names_the_value(check, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=repr(bad)):
        check(bad)
