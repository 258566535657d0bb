"""Latvian typography of generated text: where a line must not break.

A no-break space (U+00A0) goes between an initial and the surname, inside dates, between a number
and what it counts, and before ``%`` [valoda.lv-2009]; amounts (``22 783,00 EUR``) and
percentages already have it (:mod:`reportkit.lv.money`, :mod:`reportkit.lv.figures`).

Source:

- [valoda.lv-2009] Latviešu valodas aģentūra, "Biežāk uzdotie jautājumi", valoda.lv/2009-gads-4:
  "saistītā atstarpe … izmantojama, piemēram, starp vārda iniciāli un uzvārdu, gadu un datumu
  pierakstos, dažos saīsinājumos (u. c., u. tml., š. g.), skaitliskos daudzumos, kas norādīti
  procentos (10 %)", citing Tiesību aktu tulkošanas rokasgrāmata (TTC, 2006), p. 69.

    >>> bind_initials("A. Elksniņš, J.G. Herders")
    'A.\\xa0Elksniņš, J.\\xa0G.\\xa0Herders'
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_CAPITAL = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
# One capital letter and a dot, at the start of a word, before a capitalised word (with or without
# a space between): an initial. "Sv.Helēnas" (two letters) is an abbreviation, not an initial.
_INITIAL = re.compile(rf"(?<!\w)([{_CAPITAL}]\.)[ {NBSP}]?(?=[{_CAPITAL}])")


def bind_initials(text: str) -> str:
    """``text`` with a no-break space after every initial (``A.\\xa0Elksniņš``) [valoda.lv-2009].

    A missing space is supplied (``J.Pilsudska`` → ``J.\\xa0Pilsudska``: seed 002 has the typing
    slip the output must not repeat).

    >>> bind_initials("J.Pilsudska Daugavpils valsts poļu ģimnāzija")
    'J.\\xa0Pilsudska Daugavpils valsts poļu ģimnāzija'
    """
    return _INITIAL.sub(rf"\1{NBSP}", text)


def split_initials(text: str) -> str:
    """``text`` with an ordinary space after every initial, for reading a name word by word.

    >>> split_initials("J.Pilsudska")
    'J. Pilsudska'
    """
    return _INITIAL.sub(r"\1 ", text)


def is_initial(token: str) -> bool:
    """Whether ``token`` is an initial: one capital letter and a dot.

    >>> is_initial("A."), is_initial("Sv."), is_initial("1.")
    (True, False, False)
    """
    return len(token) == 2 and token[1] == "." and token[0].isupper()
