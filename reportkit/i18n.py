"""The language reportkit speaks: Latvian or English, through gettext catalogues made with Babel.

Messages are written in English in the code, wrapped in :func:`gettext` (imported as ``_``),
and translated from ``reportkit/locale/lv/LC_MESSAGES/reportkit.mo``, which
``scripts/catalogs.py`` extracts, updates and compiles with Babel. The language is, in order:
the one set with :func:`set_language` (the command line's ``--lang``), the environment variable
``REPORTKIT_LANG``, the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as
gettext reads them; on Windows the user's interface language), else English.

    >>> set_language("lv")
    'lv'
    >>> gettext("file not found")
    'fails nav atrasts'
    >>> set_language("en"); gettext("file not found")
    'en'
    'file not found'
    >>> set_language(None) in LANGUAGES
    True

A message is translated when it is made, so a library caller chooses the language first
(``REPORTKIT_LANG=lv`` or ``reportkit.i18n.set_language("lv")``); every
:class:`~reportkit.errors.Problem` also keeps a stable ``code`` for programs, the same in every
language.
"""

from __future__ import annotations

import errno
import gettext as _gettext
import locale
import os
import re
import string
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "N_",
    "gettext",
    "install_for_click",
    "language",
    "made_from",
    "ngettext",
    "os_reason",
    "set_language",
    "translated",
]

LANGUAGES = ("lv", "en")
"""The languages reportkit speaks; messages in the code are English."""

DOMAIN = "reportkit"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_chosen: str | None = None


def _from_environment() -> str:
    """The language the environment asks for: REPORTKIT_LANG, then the system's."""
    wanted = os.environ.get("REPORTKIT_LANG", "").strip().lower()
    if wanted:
        return _known(wanted)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # gettext's own order
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _known(value)
    return _known(_windows_language() or "")


def _windows_language() -> str | None:
    """The user's interface language on Windows ("lv_LV"), else None."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return locale.windows_locale.get(lcid)
    except (AttributeError, OSError):  # pragma: no cover - only on a damaged Windows
        return None


def _known(value: str) -> str:
    """``lv`` for any Latvian locale name (lv, lv_LV.UTF-8, lv-LV, Latvian_Latvia), else ``en``.

    >>> _known("lv_LV.UTF-8"), _known("Latvian_Latvia.1257"), _known("de_DE")
    ('lv', 'lv', 'en')
    """
    lowered = value.lower()
    return "lv" if lowered.startswith(("lv", "latvian")) else "en"


def set_language(lang: str | None) -> str:
    """Speak ``lang`` (``"lv"`` or ``"en"``; ``None``: as the environment says) from now on;
    returns the language chosen. An unknown language is a ValueError naming the known ones.

    >>> set_language("et")
    Traceback (most recent call last):
    ...
    ValueError: unknown language 'et': reportkit speaks lv, en
    """
    global _chosen
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: reportkit speaks {', '.join(LANGUAGES)}")
    _chosen = lang if lang is not None else _from_environment()
    return _chosen


def language() -> str:
    """The language messages are written in now.

    >>> language() in LANGUAGES
    True
    """
    return _chosen if _chosen is not None else set_language(None)


@lru_cache(maxsize=len(LANGUAGES))
def _translations(lang: str) -> _gettext.NullTranslations:
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def gettext(message: str) -> str:
    """``message`` in the current language (``message`` itself when it has no translation).

    >>> set_language("lv"); gettext("no such message, so it stays")
    'lv'
    'no such message, so it stays'
    """
    return _translations(language()).gettext(message)


def N_(message: str) -> str:  # gettext's name for "extract, translate later"
    """``message`` itself, marked for the catalogue: a message kept in a table and translated
    with :func:`gettext` where it is used.

    >>> N_("is required")
    'is required'
    """
    return message


def translated(text: str, templates: Iterable[str]) -> str:
    """``text``, made by code that cannot speak through this module (``reportkit.lv`` imports
    nothing of reportkit) from one of the English ``templates``, in the current language.

    >>> set_language("lv")
    'lv'
    >>> translated("file not found", ["file not found"])
    'fails nav atrasts'
    >>> translated("made by no template", ["file not found"])
    'made by no template'
    """
    found = made_from(text, templates)
    if found is None:
        return text
    template, values = found
    return gettext(template).format(**values)


def made_from(text: str, templates: Iterable[str]) -> tuple[str, dict[str, str]] | None:
    """The English template ``text`` was made from, and the values it was filled with.

    >>> made_from("amount '5' is not a number", ["amount {amount} is not a number"])
    ('amount {amount} is not a number', {'amount': "'5'"})
    """
    for template in templates:
        pattern = "".join(
            re.escape(literal) + (f"(?P<{name}>.*?)" if name else "")
            for literal, name, _spec, _conv in string.Formatter().parse(template))
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match is not None:
            return template, match.groupdict()
    return None


def matched(text: str, table: Iterable[tuple[str, str]]
            ) -> tuple[str, dict[str, str | None]] | None:
    """The message of the first ``(pattern, message)`` of ``table`` whose regular expression
    matches the whole of ``text`` (another library's words), and the groups it matched.

    >>> matched("No test named 'x'.", [(r"No test named '(?P<name>.*)'\\.?", "unknown test")])
    ('unknown test', {'name': 'x'})
    """
    for pattern, message in table:
        found = re.fullmatch(pattern, text, flags=re.DOTALL)
        if found is not None:
            return message, found.groupdict()
    return None


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message that agrees with ``n``, in the current language (the catalogue's
    ``lv`` plural rule is CLDR's: 1, 21, 101 … take the singular).

    >>> set_language("en"); ngettext("{n} row failed", "{n} rows failed", 2).format(n=2)
    'en'
    '2 rows failed'
    """
    return _translations(language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` as translated for ``context``: one English text that Latvian says in two
    cases ("a date": "datums" in one message, "datumu" after "vajag") gets a context for each.

    >>> set_language("en"); pgettext("what a column holds", "a date")
    'en'
    'a date'
    """
    return _translations(language()).pgettext(context, message)


def NP_(context: str, message: str) -> str:
    """``message`` itself, marked for the catalogue with ``context``; translated with
    :func:`pgettext` where it is used.

    >>> NP_("what a column holds", "a date")
    'a date'
    """
    return message


def install_for_click() -> None:
    """Make click's own messages ("Usage:", "Missing argument …", "--help" text) come from
    reportkit's catalogue in the current language.

    click translates through the standard ``gettext.gettext``, the process's default text
    domain, in the language the ``LANGUAGE`` variable names first; the command line calls this
    once, after choosing the language. Library code never changes this global state.
    """
    os.environ["LANGUAGE"] = language()
    _gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    _gettext.textdomain(DOMAIN)


# What the system says when it refuses a file, by errno (Windows: winerror): the system's own
# words are English whatever the language, so the common ones are translated here.
_OS_REASONS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.EBUSY: N_("Device or resource busy"),
    errno.EMFILE: N_("Too many open files"),
    errno.EIO: N_("Input/output error"),
}
_WINDOWS_REASONS = {  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: open in Word or Excel
    32: N_("the file is open in another program (Word, Excel…): close it there"),
    33: N_("the file is open in another program (Word, Excel…): close it there"),
}


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the current language: the system's words in English,
    their translation in Latvian (unknown ones as the system said them).

    >>> set_language("lv"); os_reason(PermissionError(errno.EACCES, "Permission denied"))
    'lv'
    'piekļuve liegta'
    >>> set_language("en"); os_reason(PermissionError(errno.EACCES, "Permission denied"))
    'en'
    'Permission denied'
    """
    windows = _WINDOWS_REASONS.get(getattr(exc, "winerror", None) or 0)
    if windows is not None:
        return gettext(windows)
    said = exc.strerror or str(exc)
    if language() == "en" or exc.errno not in _OS_REASONS:
        return said
    return gettext(_OS_REASONS[exc.errno])
