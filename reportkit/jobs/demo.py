"""The examples rendered: every data file in ``examples/`` with its built-in template.

``reportkit demo`` calls :func:`render_examples`. The examples are shipped in the wheel (as
``reportkit/examples``), so the demo works from an installed package as well as from a checkout.

    >>> sorted(p.name for p in example_files())[:2]
    ['000_partneru_tiksanas.yaml', '001_projekta_sakums.yaml']
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["example_files", "examples_folder", "render_examples"]


def examples_folder() -> Path:
    """The folder of example data files: inside the wheel (``pyproject.toml`` force-includes
    the repository's ``examples/`` as ``reportkit/examples``), else the repository's.

    >>> examples_folder().name
    'examples'
    """
    shipped = Path(str(resources.files("reportkit") / "examples"))
    return shipped if shipped.is_dir() else Path(__file__).resolve().parents[2] / "examples"


def example_files() -> list[Path]:
    """The example data files (``*.yaml``), sorted by name.

    >>> all(p.suffix == ".yaml" for p in example_files())
    True
    """
    return sorted(examples_folder().glob("*.yaml"))


def render_examples(out_dir: Path, *, pdf: bool | None = None) -> list[Path]:
    """Render every example into ``out_dir`` with its built-in template; returns the files written.

    PDFs are made too when ``pdf`` is true, or when it is ``None`` and LibreOffice is installed;
    all of them in one LibreOffice run.

    >>> import tempfile
    >>> written = render_examples(Path(tempfile.mkdtemp()), pdf=False)
    >>> [p.name for p in written][:2]
    ['000_partneru_tiksanas.docx', '001_projekta_sakums.docx']
    """
    from reportkit.render import to_pdf

    from .document import render_file

    out_dir = Path(out_dir)
    documents: list[Path] = []
    for data in example_files():
        documents += render_file(data, out=out_dir / f"{data.stem}.docx")
    if pdf is None:
        pdf = _has_libreoffice()
    return documents + (to_pdf(documents, out_dir) if pdf else [])


def _has_libreoffice() -> bool:
    from reportkit.errors import ConversionError
    from reportkit.render.pdf import find_soffice

    try:
        find_soffice()
    except ConversionError:
        return False
    return True
