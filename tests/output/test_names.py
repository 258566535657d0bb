"""Document names built from spreadsheet values must be valid everywhere and never collide."""

import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reportkit.errors import Problem
from reportkit.output.names import NamePattern, safe_filename, unique_names


def test_latvian_letters_are_kept() -> None:
    assert safe_filename("Daugavpils Saules skola – ģimnāzija.docx") == (
        "Daugavpils Saules skola – ģimnāzija.docx")


def test_path_separators_cannot_leave_the_folder() -> None:
    assert safe_filename("../../etc/passwd") == "_.._etc_passwd"
    assert "/" not in safe_filename("/abs/path.docx")


def test_decomposed_letters_are_composed() -> None:
    assert safe_filename("a\u0304.docx") == "ā.docx"


def test_long_names_are_cut_to_200_bytes_keeping_the_extension() -> None:
    name = safe_filename("ā" * 300 + ".docx")
    assert name.endswith("ā.docx") and len(name.encode()) <= 200


def test_windows_device_names_are_prefixed() -> None:
    assert safe_filename("nul") == "_nul"
    assert safe_filename("LPT1.txt") == "_LPT1.txt"


def test_empty_result_gets_the_default_name() -> None:
    assert safe_filename("...") == "dokuments"
    assert safe_filename("", default="x") == "x"


def test_unique_names_ignore_case_and_keep_order() -> None:
    assert unique_names(["a.docx", "b.docx", "A.docx", "a.docx", "a-2.docx"]) == [
        "a.docx", "b.docx", "A-2.docx", "a-3.docx", "a-2-2.docx"]


@given(st.lists(st.text(max_size=300), max_size=8))
def test_any_text_gives_distinct_names_the_file_system_accepts(texts: list[str]) -> None:
    names = unique_names(safe_filename(t + ".docx") for t in texts)
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name and "/" not in name and "\x00" not in name
        assert len(name.encode()) <= 210
        assert name not in (".", "..")


def test_names_can_really_be_created(tmp_path: Path) -> None:
    for text in ['a:b*c?"d"<e>|f', "\x0bline\ttab", "ends with dot.", "CON", "ā" * 300]:
        path = tmp_path / safe_filename(text + ".docx")
        path.write_bytes(b"x")
        assert path.exists()
    assert len(os.listdir(tmp_path)) == 5


def test_a_pattern_that_cannot_name_a_file_says_why_in_both_languages() -> None:
    from reportkit import i18n

    def why(pattern: str) -> str:
        made = NamePattern(pattern).names([{"code": "A-1"}])
        assert isinstance(made[0], Problem)
        return made[0].message

    assert why("{code:03d}") == ("cannot make a file name from '{code:03d}': the value of code "
                                 "is 'A-1', which cannot be written as :03d")
    assert why("{code}}.docx") == ("cannot make a file name from '{code}}.docx': write each "
                                   "name in braces, as in '{code}.docx', and a brace itself twice")
    i18n.set_language("lv")
    assert why("{code:03d}") == ("nevar izveidot faila nosaukumu no '{code:03d}': code vērtība "
                                 "ir 'A-1', ko nevar uzrakstīt kā :03d")
    assert why("{code") == ("nevar izveidot faila nosaukumu no '{code': rakstiet katru "
                            "nosaukumu figūriekavās, kā '{code}.docx', bet pašu figūriekavu — "
                            "divreiz")
