"""The EU emblem, drawn from its published geometry as vector shapes a .docx holds.

The emblem is "a blue rectangular flag of which the fly is one and a half times the length of
the hoist. Twelve gold stars situated at equal intervals form an invisible circle whose centre
is the point of intersection of the diagonals of the rectangle. The radius of the circle is
equal to one-third of the height of the hoist. Each of the stars has five points, which are
situated on the circumference of an invisible circle whose radius is equal to 1/18th of the
height of the hoist. All the stars are upright, i.e. with one point vertical and two points in
a straight line…" (Commission Implementing Regulation (EU) No 763/2014, Annex; the Council of
Europe's "Technical characteristics of the European flag" says the same). Colours: "Pantone
Reflex Blue corresponds to web-palette colour RGB:0/51/153 (hexadecimal: 003399); Pantone Yellow
to web-palette colour RGB:255/204/0 (hexadecimal: FFCC00)" (Council of Europe, same page).

Two things the texts leave open are taken as follows: the stars stand at the hours of a clock
face, one at the top (the texts say only "at equal intervals"), and each star is a regular
five-pointed star, whose inner corners lie at cos 72° / cos 36° ≈ 0.382 of its outer radius.

Why vector shapes: a picture would need an image library to draw, and a fixed resolution;
DrawingML custom geometry is part of the .docx format, so Word and LibreOffice draw the exact
shape at any size and in PDF, and the template carries it without a file. Nothing is downloaded.

    >>> [round(v, 4) for v in star_centres(18)[0]], [round(v, 4) for v in star_centres(18)[3]]
    ([13.5, 3.0], [19.5, 9.0])
    >>> len(star_points(0, 0, 1)), [round(v, 6) for v in star_points(0, 0, 1)[0]]
    (10, [0.0, -1.0])
"""

from __future__ import annotations

import math

__all__ = ["EU_BLUE", "EU_YELLOW", "emblem_drawing", "star_centres", "star_points"]

EU_BLUE = "003399"
"""Pantone Reflex Blue as RGB (Council of Europe, "Technical characteristics of the European
flag"); in four-colour print 100 % cyan and 80 % magenta."""

EU_YELLOW = "FFCC00"
"""Pantone Yellow as RGB (same source); in four-colour print 100 % yellow."""

EMU_PER_MM = 36000  # DrawingML measures in English Metric Units: 914 400 an inch
_INNER = math.cos(math.radians(72)) / math.cos(math.radians(36))

_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def star_centres(height: float) -> list[tuple[float, float]]:
    """The centres of the twelve stars in a flag ``height`` high (width 1.5 × height), from
    the top one clockwise, x to the right and y downwards from the top left corner.

    >>> [round(y, 6) for _, y in star_centres(18)[::3]]
    [3.0, 9.0, 15.0, 9.0]
    """
    cx, cy, ring = 0.75 * height, 0.5 * height, height / 3
    return [(cx + ring * math.sin(math.radians(30 * k)), cy - ring * math.cos(math.radians(30 * k)))
            for k in range(12)]


def star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """The ten corners of an upright five-pointed star, outer and inner in turn, from the top
    point clockwise (y downwards); the two upper side points are level.

    >>> points = star_points(0, 0, 1)
    >>> round(points[2][1], 9) == round(points[8][1], 9)
    True
    """
    corners = []
    for i in range(10):
        angle = math.radians(-90 + 36 * i)
        r = radius if i % 2 == 0 else radius * _INNER
        corners.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return corners


def _stars_path(width: int, height: int) -> str:
    commands = []
    for cx, cy in star_centres(height):
        points = [(round(x), round(y)) for x, y in star_points(cx, cy, height / 18)]
        (x0, y0), rest = points[0], points[1:]
        commands.append(f'<a:moveTo><a:pt x="{x0}" y="{y0}"/></a:moveTo>')
        commands += [f'<a:lnTo><a:pt x="{x}" y="{y}"/></a:lnTo>' for x, y in rest]
        commands.append("<a:close/>")
    return f'<a:path w="{width}" h="{height}">{"".join(commands)}</a:path>'


def _shape(number: int, name: str, width: int, height: int, geometry: str, colour: str) -> str:
    return (f'<wps:wsp><wps:cNvPr id="{number}" name="{name}"/><wps:cNvSpPr/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
            f'{geometry}<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
            '<a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>')


def emblem_drawing(height_mm: float = 12, drawing_id: int = 900) -> str:
    """A ``<w:drawing>`` with the emblem inline, ``height_mm`` high: the blue rectangle and the
    twelve stars as one yellow shape, grouped, with a Latvian description for screen readers.

    >>> xml = emblem_drawing(10)
    >>> 'cx="540000" cy="360000"' in xml, xml.count("<a:close/>"), EU_BLUE in xml
    (True, 12, True)
    """
    height = round(height_mm * EMU_PER_MM)
    width = round(height * 1.5)
    size = f'cx="{width}" cy="{height}"'
    stars = (f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
             f'<a:rect l="0" t="0" r="r" b="b"/><a:pathLst>{_stars_path(width, height)}'
             '</a:pathLst></a:custGeom>')
    rectangle = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    return (
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" {_NS}>'
        f'<wp:extent {size}/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{drawing_id}" name="ES emblēma" descr="Eiropas Savienības emblēma: '
        'divpadsmit zelta zvaigznes aplī zilā laukumā"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
        f'<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext {size}/>'
        f'<a:chOff x="0" y="0"/><a:chExt {size}/></a:xfrm></wpg:grpSpPr>'
        f'{_shape(1, "Zils laukums", width, height, rectangle, EU_BLUE)}'
        f'{_shape(2, "Zvaigznes", width, height, stars, EU_YELLOW)}'
        '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>'
    )
