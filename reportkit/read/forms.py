"""The user's own word forms from a file, for names the rules and tables do not know.

The file (YAML or JSON) maps each word to an optional ``gender`` and ``sg``/``pl`` mappings of
case forms; :func:`load_forms` gives them to :func:`reportkit.lv.lexicon.add_forms`::

    Novara:
      gender: f
      sg: {gen: Novaras, dat: Novarai, acc: Novaru, loc: Novarā}
"""

from __future__ import annotations

import os

from reportkit.errors import DataError, Problem
from reportkit.i18n import N_, translated
from reportkit.i18n import gettext as _

from .formats import parse_file
from .yamldoc import Lines

__all__ = ["load_forms"]


def load_forms(path: str | os.PathLike[str]) -> list[str]:
    """Read user forms from a YAML or JSON file and add them; return the words added.

    A mistake in the file is a DataError naming the file, the line and the word.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    ...     _ = f.write('{"Tartu": {"sg": {"loc": "Tartu"}}}')
    >>> load_forms(f.name)
    ['Tartu']
    >>> from reportkit.lv.lexicon import clear_forms
    >>> os.unlink(f.name); clear_forms()
    """
    name = str(path)
    data, lines, problems = parse_file(path)
    if problems:
        raise DataError(problems)
    if not isinstance(data, dict):
        raise DataError(Problem(_("must map each word to its forms (Novara: {{sg: {{loc: "
                                  "Novarā}}}})").format(), file=name, line=1, code="forms.format"))
    found = [problem for word, spec in data.items()
             if (problem := _load_one(name, lines, str(word), spec)) is not None]
    if found:
        raise DataError(found)
    return [str(word) for word in data]


def _load_one(name: str, lines: Lines, word: str, spec: object) -> Problem | None:
    from reportkit.lv.lexicon import add_forms

    def here(message: str) -> Problem:
        return Problem(message, file=name, line=lines.get((word,)), field=word, code="forms.word")

    if not isinstance(spec, dict) or not set(spec) <= {"gender", "sg", "pl"}:
        return here(_("must give the word's gender, sg or pl forms, such as Novara: {{gender: f, "
                      "sg: {{loc: Novarā}}}} (got {value})").format(value=repr(spec)))
    for number in ("sg", "pl"):
        if number in spec and not isinstance(spec[number], dict):
            return here(_("{number} must map each case to its form, such as {number}: {{loc: "
                          "Novarā}} (got {value})").format(number=number,
                                                          value=repr(spec[number])))
    try:
        for number in ("sg", "pl"):
            if number in spec:
                add_forms(word, dict(spec[number]), number=number)
        if "gender" in spec:
            add_forms(word, gender=str(spec["gender"]))
    except ValueError as error:  # lv's words, in the language spoken
        return here(translated(str(error), _LV_FORMS))
    return None


# what reportkit.lv.grammar says of a case or gender it does not know (marked for translation)
_LV_FORMS = (N_("unknown case {case}: use one of {cases}"),
             N_("unknown gender {gender}: use 'm' or 'f'"))
