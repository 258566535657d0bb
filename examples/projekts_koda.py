"""A project built in code, checked, and rendered to bytes, as a web service or a mail job does.

Run from any folder (the results go into ``out/`` there)::

    python examples/projekts_koda.py

No data file: the project is a Python dict, as a web form, a JSON request or a database row
gives it. The script

1. checks it with :func:`reportkit.load` (``kind="project"``, ``source=`` naming the input in
   messages): a mistake is a :class:`reportkit.DataError` with one located problem per field
   (``web form: budget.total: …``), which a web handler returns as a 400 answer; texts not
   confirmed official are warnings, which it passes on;
2. renders the built-in project description to bytes (:meth:`reportkit.Template.render_bytes`)
   and the PDF from those bytes (:func:`reportkit.to_pdf_bytes`): no file is written, the
   temporary files LibreOffice needs are removed;
3. answers as a WSGI web handler would (``application`` below: the PDF with its headers; run
   it with ``python -m wsgiref.simple_server``-style servers), and builds the e-mail a mail job
   would send with both documents attached (:mod:`email.message`).

What it writes: ``out/atbilde.pdf`` (the web answer's body), ``out/vestule.eml`` (the e-mail,
which any mail program opens). The Template is opened once, at import, and shared: one
Template may serve many requests, in threads too.
"""

# Latviski: piemērs programmētājiem. Projekts te nav datu failā, bet Python kodā (kā no tīmekļa
# formas vai datubāzes); skripts to pārbauda un izveido dokumentu atmiņā (baitos), kā to dara
# tīmekļa serviss vai e-pasta sūtītājs. Rezultāts: out/atbilde.pdf un out/vestule.eml.
# Palaidiet: python examples/projekts_koda.py

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from wsgiref.util import setup_testing_defaults

import reportkit

OUT = Path("out")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEMPLATE = reportkit.Template.builtin("project_description")  # opened once, shared

# Projekts kā vārdnīca: tie paši lauki, kas datu failā (sk. reportkit new project).
PROJECT: dict[str, Any] = {
    "title": "Digitālās prasmes Daugavpils skolotājiem",
    "code": "2024-1-LV01-KA122-SCH-000212345",
    "programme": {"scheme": "erasmus_plus_2021_2027", "action": "KA122 mobilitāte skolu izglītībā"},
    "applicant": {"name": "Daugavpils pilsētas Izglītības pārvalde"},
    "period": {"start": dt.date(2024, 9, 1), "end": dt.date(2025, 8, 31)},
    "aim": "Apgūt digitālos rīkus mācību stundu sagatavošanai un vadīšanai.",
    "mobilities": [{"title": "Kurss par digitālajiem rīkiem mācībās", "place": "Tallina",
                    "country": "EE", "count": 6, "participants": 6}],
    "budget": {"total": "31500.00", "grant": "31500.00"},
    "contact": {"name": "Jolanta Ūzuliņa", "position": "projekta koordinatore",
                "email": "jolanta.uzulina@ip.daugavpils.lv"},
}


def checked_project(data: Mapping[str, Any], source: str) -> tuple[reportkit.Project, list[str]]:
    """The project, checked, and its warnings as lines; a DataError when ``data`` is wrong."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", reportkit.errors.DataWarning)
        project = reportkit.load(data, kind="project", source=source)
    return project, [str(w.message) for w in caught]


def documents(project: reportkit.Project) -> dict[str, bytes]:
    """The project description as .docx and .pdf bytes, by file name."""
    docx_bytes = TEMPLATE.render_bytes(project)
    return {"projekta_apraksts.docx": docx_bytes,
            "projekta_apraksts.pdf": reportkit.to_pdf_bytes(docx_bytes)}


StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def application(environ: Mapping[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """A WSGI handler: the JSON body of a POST is a project; the answer is its description as
    a PDF (``?format=docx`` for Word), or 400 with one located problem a line."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    wanted = parse_qs(environ.get("QUERY_STRING", "")).get("format", ["pdf"])[0]
    try:
        data = json.loads(environ["wsgi.input"].read(length) or b"{}")
        project, _warnings = checked_project(data, source="request")
        made = documents(project)
    except (ValueError, reportkit.ReportkitError) as error:
        lines = ([str(p) for p in error.problems] if isinstance(error, reportkit.ReportkitError)
                 else [f"request: the body is not JSON ({error})"])
        body = "\n".join(lines).encode()
        start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
        return [body]
    name = f"projekta_apraksts.{'docx' if wanted == 'docx' else 'pdf'}"
    content_type = DOCX if name.endswith(".docx") else "application/pdf"
    start_response("200 OK", [("Content-Type", content_type),
                              ("Content-Disposition", f'attachment; filename="{name}"')])
    return [made[name]]


def mail(project: reportkit.Project, attachments: Mapping[str, bytes]) -> EmailMessage:
    """The e-mail a mail job sends the coordinator, with the documents attached."""
    message = EmailMessage()
    message["To"] = project.contact.email if project.contact and project.contact.email else ""
    message["From"] = "reportkit@ip.daugavpils.lv"
    message["Subject"] = project.title
    message.set_content("Pielikumā projekta apraksts (Word un PDF).\n")
    for name, data in attachments.items():
        maintype, subtype = (DOCX if name.endswith(".docx") else "application/pdf").split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def main() -> int:
    try:
        project, found = checked_project(PROJECT, source="projekts_koda.py")
    except reportkit.DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    for line in found:
        print(f"warning: {line}", file=sys.stderr)
    OUT.mkdir(exist_ok=True)
    # Tīmekļa pieprasījums, kā to saņem serveris (šeit izveidots kodā).
    request = json.dumps(PROJECT, default=str).encode()
    environ: dict[str, Any] = {"REQUEST_METHOD": "POST", "CONTENT_LENGTH": str(len(request)),
                               "wsgi.input": io.BytesIO(request)}
    setup_testing_defaults(environ)
    answer: list[str] = []
    body = b"".join(application(environ, lambda status, headers: answer.append(status)))
    (OUT / "atbilde.pdf").write_bytes(body)
    print(f"{answer[0]}: {OUT / 'atbilde.pdf'}")
    # E-pasts ar abiem dokumentiem pielikumā.
    (OUT / "vestule.eml").write_bytes(bytes(mail(project, documents(project))))
    print(OUT / "vestule.eml")
    return 0 if answer[0].startswith("200") else 2


if __name__ == "__main__":
    sys.exit(main())
