"""Word templates in a sandbox, rendered one at a time or many fast, and PDF via LibreOffice.

``Template`` is what users see (``template.py``); below it ``fast.py`` compiles the template
parts once, ``docxparts.py`` does the zip and XML work, ``fallback.py`` is the per-document
docxtpl path, ``atomic.py`` writes every output, ``pdf.py`` runs LibreOffice.

    >>> from reportkit.render import Template, to_pdf
"""

from __future__ import annotations

from .pdf import to_pdf
from .template import Template

__all__ = ["Template", "to_pdf"]
