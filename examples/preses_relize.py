"""A press release dated today, from a short text file about the event and the project file.

Run from any folder (the release goes into ``out/`` there)::

    python examples/preses_relize.py
    python examples/preses_relize.py notikums.txt projekts.yaml

The text file (``examples/notikums.txt``) is what a coordinator writes in Notepad: a few
``Name: value`` lines (``Virsraksts``, ``Notikums``, ``Datums``, ``Vieta``, ``Sagatavoja``),
an empty line, then the text, paragraphs separated by empty lines; lines starting with ``#``
are notes. The script turns it into the fields of a press release, adds the project file
(``examples/003_projekta_apraksts.yaml``) and today's date, and gives the whole to
:func:`reportkit.load`; the built-in template writes ``out/preses_relize.docx`` and ``.pdf``.

What it shows: data that is not a reportkit data file (a text file, a web form, a database row)
becomes a checked model through ``reportkit.load`` of a mapping, and each problem is shown at
its line of the text file (``notikums.txt:6: event.start: …``). The template writes the
Latvian: the dateline's place in the locative and today's date, the event's date in the case
the sentence needs, the project's programme texts and emblem.

Exit status: 0 written, 2 nothing written (the problems are printed, one a line).
"""

# Latviski: skripts no īsa teksta faila par notikumu (notikums.txt) un projekta faila izveido
# preses relīzi ar šodienas datumu, Word un PDF formātā, mapē out/.
# Palaidiet: python examples/preses_relize.py

from __future__ import annotations

import datetime as dt
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportkit
from reportkit import DataError, Problem

HERE = Path(__file__).resolve().parent
EVENT = HERE / "notikums.txt"
PROJECT = HERE / "003_projekta_apraksts.yaml"
OUT = Path("out")

# Teksta faila nosaukumi → preses relīzes lauki (kā datu failā: event.what ir notikuma „kas”).
FIELDS = {"Virsraksts": "title", "Notikums": "event.what", "Datums": "event.start",
          "Beigas": "event.end", "Vieta": "event.place", "Valsts": "event.country",
          "Sagatavoja": "prepared_by"}
DATE_FORMAT = "%d.%m.%Y"  # 20.01.2021. (the final dot optional), as Latvian documents write it


@dataclass
class EventText:
    """The text file read: the fields it gives, its paragraphs, and the line of each field."""

    values: dict[str, Any] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)


def read_event(path: Path) -> EventText:
    """Read the event's text file; a name it does not know, a line without ``:`` or a date
    not written ``20.01.2021.`` is a DataError at its line."""
    found, problems = EventText(), []
    # Notepad may write a byte-order mark and Windows line ends
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    head, _, body = text.partition("\n\n")
    for number, line in enumerate(head.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, colon, value = (part.strip() for part in line.partition(":"))
        if not colon or name not in FIELDS:
            problems.append(Problem(f"write a line as 'Name: value', with a name of: "
                                    f"{', '.join(FIELDS)}", file=str(path), line=number))
            continue
        key = FIELDS[name]
        try:
            found.values[key] = _value(key, value)
        except ValueError:
            problems.append(Problem(f"{value!r} is not a date: write it as 20.01.2021.",
                                    file=str(path), line=number, field=key))
        found.lines[key] = number
    found.body = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    if problems:
        raise DataError(problems)
    return found


def _value(key: str, value: str) -> Any:
    if key in ("event.start", "event.end"):
        return dt.datetime.strptime(value.rstrip("."), DATE_FORMAT).date()
    if key == "prepared_by":  # "Jolanta Ūzuliņa, projekta koordinatore"
        name, _, position = (part.strip() for part in value.partition(","))
        return {"name": name, "position": position} if position else {"name": name}
    return value


def press_release_data(event: EventText, project_file: Path) -> dict[str, Any]:
    """The press release as a data file would give it: dotted names nested, published today,
    the dateline's place the event's."""
    data: dict[str, Any] = {"kind": "press_release", "published": dt.date.today(),
                            "project": str(project_file.resolve()), "body": event.body}
    for key, value in event.values.items():
        outer, _, inner = key.partition(".")
        if inner:
            data.setdefault(outer, {})[inner] = value
        else:
            data[key] = value
    if "place" in data.get("event", {}):
        data["place"] = data["event"]["place"]
    return data


def load_press_release(event_file: Path, project_file: Path) -> reportkit.PressRelease:
    """The checked press release; each problem of the event's fields at its line of the file."""
    event = read_event(event_file)
    data = press_release_data(event, project_file)
    try:
        return reportkit.load(data, kind="press_release", source=str(event_file))
    except DataError as error:
        raise DataError([_at_line(p, event, event_file) for p in error.problems]) from None


def _at_line(problem: Problem, event: EventText, event_file: Path) -> Problem:
    name = problem.field or ""
    line = next((event.lines[key] for key in sorted(event.lines, key=len, reverse=True)
                 if name == key or name.startswith(f"{key}.")), None)
    return problem if line is None else problem.at_row(str(event_file), line)


def main(argv: list[str]) -> int:
    event_file = Path(argv[0]) if argv else EVENT
    project_file = Path(argv[1]) if len(argv) > 1 else PROJECT
    try:
        # Brīdinājumi (piemēram, programmas teksts nav apstiprināts kā oficiāls) ir pa vienai
        # rindai; tie dokumentu neaptur.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", reportkit.errors.DataWarning)
            release = load_press_release(event_file, project_file)
        for warning in caught:
            print(f"warning: {warning.message}", file=sys.stderr)
        template = reportkit.Template.builtin("press_release")
        document = template.render(release, OUT / "preses_relize.docx")
        written = [document, *reportkit.to_pdf([document])]
    except (reportkit.ReportkitError, OSError) as error:
        problems = error.problems if isinstance(error, reportkit.ReportkitError) else [
            Problem(f"cannot read the file ({error.strerror})", file=error.filename)]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 2
    print(*written, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
