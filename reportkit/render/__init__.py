"""Stage 3: Word templates in a sandbox, rendered one at a time or many fast; PDF via LibreOffice.

The public face is small: :class:`Template` (``template.py``) and :func:`to_pdf` (``pdf.py``).
Below them, a private low layer in the manner of python-docx's ``oxml``:

- ``parts.py``: a .docx as zip entries and their XML (which parts are templates, tag repair);
- ``compiled.py``: every template part prepared and compiled once (the fast path);
- ``docxpath.py``: the per-document docxtpl path, for pictures and subdocuments;
- ``batches.py``: many documents, one result per job;
- ``sandbox.py``: the Jinja sandbox policy; ``limits.py`` its size limits; ``filters.py`` the
  explicit filter registry; ``values.py`` how a value becomes document text; ``images.py`` the
  ``image`` filter;
- ``checks.py`` and ``locate.py``: problems found before rendering, and where they are;
- ``pdf.py``: LibreOffice.

    >>> from reportkit.render import Template, to_pdf
"""

from __future__ import annotations

from .pdf import to_pdf
from .template import Template

__all__ = ["Template", "to_pdf"]
