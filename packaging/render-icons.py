#!/usr/bin/env python3
"""Renders the application icon resources/icons/akimcontest.svg into the PNGs and the Windows
icon committed under packaging/, so that building and packaging never need an SVG renderer.

Run it again after changing the SVG (needs rsvg-convert from Debian's librsvg2-bin):
    packaging/render-icons.py
"""
import pathlib
import shutil
import struct
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "akimcontest.svg"
# The hicolor sizes desktops look up; the .ico holds the ones Windows shows (Explorer up to 256).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    return subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png", str(SVG)],
        check=True, capture_output=True).stdout


def ico(images: dict) -> bytes:
    # ICONDIR, then one ICONDIRENTRY per image, then the images. Windows Vista and later read
    # PNG-compressed entries; a width or height of 256 is written as 0.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert not found: apt-get install librsvg2-bin", file=sys.stderr)
        return 1
    rendered = {size: render(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        out = HERE / "icons" / f"{size}x{size}" / "akimcontest.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(rendered[size])
    (HERE / "windows").mkdir(exist_ok=True)
    (HERE / "windows" / "akimcontest.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
