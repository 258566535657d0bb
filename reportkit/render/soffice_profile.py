"""A LibreOffice user profile that converts documents without fetching anything.

``soffice --convert-to pdf`` follows a document's links while it converts: with its default
settings a picture linked with ``<a:blip r:link>`` to ``file:///…`` is read into the PDF, and
one linked to ``http://…`` makes LibreOffice send a request to that address. reportkit refuses
such templates (:mod:`reportkit.render.linked`), and converts with a private profile made by
:func:`write_profile`, so that a .docx from elsewhere given to ``to_pdf`` cannot do it either.
The settings, in the profile's ``user/registrymodifications.xcu`` (names from LibreOffice's
``officecfg`` schema, checked against LibreOffice 7.4):

- ``Office.Common/Security/Scripting/BlockUntrustedRefererLinks``: links of documents outside
  the trusted locations are not followed (pictures, media); the profile trusts none;
- ``MacroSecurityLevel`` 3 (very high: only macros from trusted locations, of which there are
  none) and ``DisableMacrosExecution``;
- ``Office.Writer/Content/Update/Link`` 2 and ``Office.Calc/Content/Update/Link`` 1: "never"
  update links when loading (the two schemas number their choices differently);
- ``Office.Java/VirtualMachine/Enable`` false: no Java;
- ``Inet/Settings``: a manual proxy at ``127.0.0.1`` port 9, where nothing answers, for HTTP,
  HTTPS and FTP, so a request that something still tries goes nowhere off the machine.

Not stopped by any setting: an SVG picture inside the document whose content refers to a file
(``xlink:href="file:///…"``) is read by LibreOffice's SVG import. reportkit's own documents
cannot hold one (templates with such pictures are refused, and ``image`` embeds only PNG, JPEG,
GIF, BMP and TIFF); a .docx from elsewhere can.

    >>> import tempfile
    >>> folder = write_profile(Path(tempfile.mkdtemp()) / "profile")
    >>> (folder / "user" / "registrymodifications.xcu").is_file()
    True
    >>> installation(folder).startswith("-env:UserInstallation=file:///")
    True
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

__all__ = ["SETTINGS", "installation", "write_profile"]

_NOWHERE = ("127.0.0.1", "9")  # the discard port: nothing listens there on a normal machine

SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "2"),
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "1"),
    ("/org.openoffice.Office.Java/VirtualMachine", "Enable", "false"),
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "2"),
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", ""),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", _NOWHERE[0]),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", _NOWHERE[1]),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", _NOWHERE[0]),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", _NOWHERE[1]),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyName", _NOWHERE[0]),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyPort", _NOWHERE[1]),
)
"""(configuration path, property, value) of each setting the profile makes."""


def write_profile(folder: Path, *,
                  extra: tuple[tuple[str, str, str], ...] = ()) -> Path:
    """Make ``folder`` a LibreOffice user profile with :data:`SETTINGS` (and ``extra``
    settings of the same shape); return it.

    Pass it to ``soffice`` as :func:`installation` says. LibreOffice fills in the rest of the
    profile on its first start and keeps these settings.
    """
    user = Path(folder) / "user"
    user.mkdir(parents=True, exist_ok=True)
    items = "\n".join(
        f'<item oor:path={quoteattr(path)}><prop oor:name={quoteattr(name)} oor:op="fuse">'
        f"<value>{value}</value></prop></item>" for path, name, value in (*SETTINGS, *extra))
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}\n</oor:items>\n", encoding="utf-8")
    return Path(folder)


def installation(folder: Path) -> str:
    """The ``soffice`` argument that makes it use the profile in ``folder``."""
    return f"-env:UserInstallation={Path(folder).resolve().as_uri()}"
