"""Latvian language for generated documents: numbers, money, percentages, dates, nouns, names.

Pure functions with no I/O and no dependency on the rest of reportkit, in the manner of Babel:
one module per concern, ``format_*`` functions with keyword options and sensible defaults, and
the tables they read kept apart in ``reportkit/lv/data/`` with their sources.

    >>> from reportkit import lv
    >>> lv.amount_in_words("22783.00")
    'divdesmit divi tūkstoši septiņi simti astoņdesmit trīs eiro 00 centi'
    >>> lv.decline("mēra vietnieks Dmitrijs Radionovs", "acc")
    'mēra vietnieku Dmitriju Radionovu'

Names: :mod:`.nouns` (``decline``, ``count``, ``join``) reads a name of any length through
:mod:`.lists` (lists, and the ``un`` that joins names or genitives), :mod:`.phrases`
(organisations, titles with people: ``decline_name``) and :mod:`.people` (``decline_person``
for a given name and surname apart); :mod:`.words` declines one word; :mod:`.places` refuses a
name no table knows and no rule may decline; :mod:`.adjectives` and :mod:`.typography` hold the
agreement endings and the no-break spaces.

Every rule and table is documented, with its source, in the module that implements it; the
working reference the project started from is ``docs/lv/REFERENCE.md``.

Every name in ``__all__`` is also a template filter of the same name (see ``reportkit.render``).
"""

from __future__ import annotations

from . import countries, dates, figures, money, nouns, numbers, people, phrases
from .countries import *  # noqa: F403
from .dates import *  # noqa: F403
from .figures import *  # noqa: F403
from .money import *  # noqa: F403
from .nouns import *  # noqa: F403
from .numbers import *  # noqa: F403
from .people import *  # noqa: F403
from .phrases import *  # noqa: F403

__all__ = [*numbers.__all__, *money.__all__, *figures.__all__, *dates.__all__,
           *nouns.__all__, *countries.__all__, *people.__all__, *phrases.__all__]
