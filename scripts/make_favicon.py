"""Draw the site's icon — white scales of justice on the header's brand red — as an SVG and a multi-size ICO.

Both come from the one list of shapes below (a 64 × 64 grid), so they match. The outputs are committed;
run this again only after changing the drawing. It needs Pillow, which the test extras install (through fpdf2);
the site itself never runs it:

    .venv/bin/python scripts/make_favicon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).resolve().parent.parent / "pbgdpl" / "static"
BRAND = "#8c1b13"  # --brand in pbgdpl.css
INK = "#ffffff"
GRID = 64

# (kind, coordinates) on the 64 × 64 grid, drawn in INK over the rounded BRAND square
RECTS = [(30, 14, 34, 50), (12, 18, 52, 22), (20, 50, 44, 55)]  # post, beam, foot (x0, y0, x1, y1)
CIRCLES = [(32, 12, 4)]  # knob (cx, cy, r)
STRINGS = [((16, 22), (9, 38)), ((16, 22), (23, 38)), ((48, 22), (41, 38)), ((48, 22), (55, 38))]
STRING_WIDTH = 2.5
PANS = [(16, 38, 8), (48, 38, 8)]  # lower half-discs (cx, top y, r)
CORNER = 12


def svg() -> str:
    parts = [f'<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{BRAND}"/>']
    parts += [f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}"/>' for x0, y0, x1, y1 in RECTS]
    parts += [f'<circle cx="{cx}" cy="{cy}" r="{r}"/>' for cx, cy, r in CIRCLES]
    parts += [f'<path d="M{cx - r} {y}h{2 * r}a{r} {r} 0 0 1-{2 * r} 0z"/>' for cx, y, r in PANS]
    lines = "".join(f'<line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}"/>' for a, b in STRINGS)
    parts.append(f'<g stroke="{INK}" stroke-width="{STRING_WIDTH}" stroke-linecap="round">{lines}</g>')
    body = parts[0] + f'<g fill="{INK}">' + "".join(parts[1:-1]) + "</g>" + parts[-1]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}" role="img" aria-label="PBGDPL">'
            f"{body}</svg>\n")


def raster(size: int) -> Image.Image:
    """The icon at ``size`` pixels: drawn 8× larger, then scaled down (smooth edges)."""
    scale = size * 8 / GRID
    big = Image.new("RGBA", (size * 8, size * 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def s(value: float) -> float:
        return value * scale

    draw.rounded_rectangle((0, 0, s(GRID) - 1, s(GRID) - 1), radius=s(CORNER), fill=BRAND)
    for x0, y0, x1, y1 in RECTS:
        draw.rectangle((s(x0), s(y0), s(x1) - 1, s(y1) - 1), fill=INK)
    for cx, cy, r in CIRCLES:
        draw.ellipse((s(cx - r), s(cy - r), s(cx + r), s(cy + r)), fill=INK)
    for a, b in STRINGS:
        draw.line((s(a[0]), s(a[1]), s(b[0]), s(b[1])), fill=INK, width=max(1, round(s(STRING_WIDTH))))
    for cx, y, r in PANS:
        draw.pieslice((s(cx - r), s(y - r), s(cx + r), s(y + r)), 0, 180, fill=INK)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    (STATIC / "favicon.svg").write_text(svg(), encoding="utf-8")
    raster(48).save(STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    print(f"wrote {STATIC / 'favicon.svg'} and favicon.ico (16, 32, 48 px)")


if __name__ == "__main__":
    main()
