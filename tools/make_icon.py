"""Draw the app icon (resources/icons/firstloan.{png,ico}) with Pillow.

A seedling rising from three ascending bars on a deep blue tile: first-loan cultivation, growing.
Drawn large and scaled down so the small sizes stay smooth. Run again only to change the design;
the outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
S = 1024  # drawing size


def _tile() -> Image.Image:
    # A vertical gradient from a lighter to a deeper bank blue, clipped to a rounded square.
    top, bottom = (37, 99, 171), (16, 58, 112)
    gradient = Image.new("RGBA", (S, S))
    draw = ImageDraw.Draw(gradient)
    for y in range(S):
        t = y / (S - 1)
        draw.line(
            [(0, y), (S, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).rounded_rectangle([40, 40, S - 40, S - 40], radius=210, fill=255)
    tile = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), mask)
    return tile


def draw_icon() -> Image.Image:
    img = _tile()
    draw = ImageDraw.Draw(img)
    white = (255, 255, 255, 255)
    base = 800
    # Three ascending bars.
    for i, height in enumerate((170, 280, 400)):
        x = 250 + i * 185
        draw.rounded_rectangle([x, base - height, x + 130, base], radius=28, fill=white)
    # The seedling above the tallest bar: a stem and two leaves in a fresh green.
    green = (126, 211, 33, 255)
    cx, stem_top, stem_bottom = 685, 250, base - 400
    draw.line([(cx, stem_bottom), (cx, stem_top)], fill=green, width=26)
    draw.ellipse([cx - 2, stem_top - 70, cx + 170, stem_top + 30], fill=green)  # right leaf
    draw.ellipse([cx - 150, stem_top + 10, cx + 2, stem_top + 95], fill=green)  # left leaf
    # A ground line in a soft gold.
    draw.rounded_rectangle([210, base + 40, 815, base + 72], radius=16, fill=(245, 196, 81, 255))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "firstloan.png", optimize=True)
    icon.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "firstloan-512.png", optimize=True)
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "firstloan.ico", sizes=sizes)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
