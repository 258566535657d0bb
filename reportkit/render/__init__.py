"""Stage 3: Word templates in a sandbox, rendered one at a time or many fast; PDF via LibreOffice.

The public face is small: :class:`Template` (``template.py``), :func:`to_pdf` and
:func:`to_pdf_bytes` (``pdf.py``), and :func:`add_filter` and :func:`add_test` for a program's
own filters and tests (``extensions.py``). Below them, a private low layer in the manner of
python-docx's ``oxml``:

- ``parts.py``: a .docx as zip entries and their XML (which parts are templates, tag repair);
  ``zipread.py`` reads the zip defensively, ``linked.py`` refuses what would fetch anything;
- ``compiled.py``: every template part prepared and compiled once (the fast path);
- ``docxpath.py``: the per-document docxtpl path, for pictures and subdocuments;
- ``batches.py``: many documents, one result per job; ``pipeline.py`` hands the next document
  to the worker while this one is written (``render``, ``render_many`` and batches);
- ``sandbox.py``: the Jinja sandbox; ``policy.py`` what a template may reach; ``limits.py`` and
  ``limited.py`` the size limits; ``isolation.py`` the worker process with hard limits
  (``worker_process.py``: what runs in it; ``hard_limits.py``: the limits and what the two
  sides share);
  ``filters.py`` the explicit filter registry, ``extensions.py`` a program's own filters and
  tests, ``catalogue.py`` the list of them all (``reportkit filters``); ``contexts.py`` what a
  template is given; ``values.py`` how a value becomes document text;
  ``images.py`` the ``image`` filter;
- ``checks.py`` and ``locate.py``: problems found before rendering, and where they are;
  ``jinjawords.py`` Jinja's syntax messages said for a Word user, ``datamessages.py`` a value
  a filter refuses said for the person who wrote the data;
- ``pdf.py``: LibreOffice; ``soffice_profile.py`` a private LibreOffice profile that fetches
  nothing while it converts.

Threat model: who may be untrusted, and what each can reach
-----------------------------------------------------------

reportkit is used where templates and data files come from other people: a school sends its
own template, a partner sends the data of a press release. The person who runs reportkit (at
the command line, in a script, in a web service) and the code that calls it are trusted; a
template's author and a data file's author may not be. (``docs/threat-model.md`` says this for
the people who accept templates from others.)

A **template author** controls a .docx: its text, its tags, its XML, its zip. They can:
put any text, formatting and pictures of their own into the documents made from it; read every
value of the data given to the render (so a template sees what the data file says, and can put
it anywhere in the document); make a render fail. They cannot:

- run Python, reach modules, files or the network: templates run in Jinja's sandbox, and see
  data, not behaviour (:mod:`.policy`: model fields and a few read-only methods of text,
  numbers, dates, lists and dicts; no pydantic methods, no ``__class__`` walks, no change of
  data in place);
- put a file from the disk into a document: ``image`` takes only the photos of the data, by
  identity (:mod:`.images`), and a template that links a picture, attaches a template, imports
  a file (altChunk, INCLUDETEXT, INCLUDEPICTURE, LINK, DDE, subdocuments, OLE links) or holds an
  SVG referring to a file is refused when opened, and again if its rendered XML holds one
  (:mod:`.linked`): neither Word nor LibreOffice will fetch anything for it;
- run macros (macro-enabled packages are refused);
- exhaust memory or time: the zip is read with every part's size checked before it is read
  (:mod:`.zipread`); each document is rendered in a worker process under a memory limit and a
  CPU-time limit (:mod:`.isolation`: 1024 MB and 30 s by default), with the size checks of
  :mod:`.limits` as early, friendly refusals; a breach is one located TemplateError and
  nothing is written;
- write anywhere but the output path the user chose, nor replace a device, a pipe or a folder
  there (:mod:`reportkit.output.atomic`).

A **data author** controls a YAML, JSON or spreadsheet file. The values are data: they are
escaped into the document's XML (never run as code, never markup), validated by the models,
and photos are confined to the data file's folder (:func:`reportkit.load`). They can make the
document say what the data says, and make a render fail with a located error.

Limits of this model, said plainly: where there is no ``fork`` (Windows), templates render in
the calling process with the size checks only: no hard memory limit and no time limit. On
macOS the memory limit is set but not enforced by the kernel. A template from someone else is
still a document from someone else: it can say false things; reportkit checks the Latvian and
the sums it generates, not the template's own text.

    >>> from reportkit.render import Template, add_filter, add_test, to_pdf, to_pdf_bytes
"""

from __future__ import annotations

from .extensions import add_filter, add_test
from .pdf import to_pdf, to_pdf_bytes
from .template import Template

__all__ = ["Template", "add_filter", "add_test", "to_pdf", "to_pdf_bytes"]
