#!/usr/bin/env python3
"""Draws the app's icon: web/icons/icon.svg and the PNGs an installed app
needs (192 and 512 pixels), from one list of rectangles.

A page with highlighted lines of text in the label colours (PERSON, PLACE,
NUMBER) on the accent blue, inside the middle 80% that platforms keep when
they mask an icon to a circle or a rounded square. Only rectangles on a
64-unit grid, so the PNGs are exact at 3x and 8x with a 5-colour palette
(no anti-aliasing) and stay around a kilobyte.

Run after changing the drawing: `python3 scripts/icons.py`; the outputs are
committed (the build copies them, it does not draw them).
"""
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "web" / "icons"

GRID = 64
# Palette: style/main.css's --accent, the page, a text line, and the
# PERSON / PLACE / NUMBER highlight colours.
COLOURS = {
    "accent": "#2f5bd3",
    "page": "#ffffff",
    "line": "#c3c9d4",
    "person": "#ffd08a",
    "place": "#b8efb0",
    "number": "#a8e4ff",
}
# (colour, x, y, width, height) on the 64-unit grid, painted in order.
RECTS = [
    ("accent", 0, 0, 64, 64),
    ("page", 16, 12, 32, 40),
    ("line", 20, 17, 6, 4),
    ("person", 27, 16, 13, 6),
    ("line", 41, 17, 3, 4),
    ("place", 20, 25, 12, 6),
    ("line", 33, 26, 11, 4),
    ("line", 20, 35, 13, 4),
    ("number", 34, 34, 10, 6),
    ("line", 20, 44, 18, 4),
]
SIZES = (192, 512)


def svg() -> str:
    shapes = "".join(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{COLOURS[c]}"/>' for c, x, y, w, h in RECTS)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">{shapes}</svg>\n'


def png(size: int) -> bytes:
    scale = size // GRID
    assert scale * GRID == size, f"{size} is not a multiple of the {GRID}-unit grid"
    names = list(COLOURS)
    pixels = [[0] * size for _ in range(size)]
    for c, x, y, w, h in RECTS:
        for row in range(y * scale, (y + h) * scale):
            pixels[row][x * scale : (x + w) * scale] = [names.index(c)] * (w * scale)
    raw = b"".join(b"\0" + bytes(row) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    palette = b"".join(bytes.fromhex(COLOURS[n][1:]) for n in names)
    header = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)  # 8-bit palette, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", palette) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "icon.svg").write_text(svg())
    for size in SIZES:
        (OUT / f"icon-{size}.png").write_bytes(png(size))
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(ROOT)}: {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
