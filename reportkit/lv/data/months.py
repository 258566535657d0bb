"""Latvian month names in the five cases generated documents use.

One row per month, January first; the forms in the order of ``grammar.CASES``:
nominative, genitive, dative, accusative, locative.

Source: docs/lv/REFERENCE.md section 6 (the month table), which follows the noun declensions
of section 5: ``marts``, ``maijs``, ``jūnijs``, ``jūlijs``, ``augusts`` are 1st declension
(-s: -a, -am, -u, -ā); the months in ``-is`` are 2nd declension (-is: -a, -im, -i, -ī) with
consonant alternation only in ``aprīlis → aprīļa`` (l → ļ); the others end their stem in ``r``,
which does not alternate (``janvāris → janvāra``, ``septembris → septembra``).
The nominatives are CLDR's (Babel ``get_month_names("wide", locale="lv")``), and every form is a
word of Debian's hunspell-lv dictionary; tests/lv/test_dates.py checks both.
"""

from __future__ import annotations

MONTHS: tuple[tuple[str, str, str, str, str], ...] = (
    ("janvāris", "janvāra", "janvārim", "janvāri", "janvārī"),
    ("februāris", "februāra", "februārim", "februāri", "februārī"),
    ("marts", "marta", "martam", "martu", "martā"),
    ("aprīlis", "aprīļa", "aprīlim", "aprīli", "aprīlī"),
    ("maijs", "maija", "maijam", "maiju", "maijā"),
    ("jūnijs", "jūnija", "jūnijam", "jūniju", "jūnijā"),
    ("jūlijs", "jūlija", "jūlijam", "jūliju", "jūlijā"),
    ("augusts", "augusta", "augustam", "augustu", "augustā"),
    ("septembris", "septembra", "septembrim", "septembri", "septembrī"),
    ("oktobris", "oktobra", "oktobrim", "oktobri", "oktobrī"),
    ("novembris", "novembra", "novembrim", "novembri", "novembrī"),
    ("decembris", "decembra", "decembrim", "decembri", "decembrī"),
)
