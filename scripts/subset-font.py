#!/usr/bin/env python3
"""Reproduce the bundled CJK fonts in assets/fonts/ (used by the bulletin PDF renderer).

Source: Debian's fonts-noto-cjk (SIL Open Font License 1.1), the Simplified Chinese face of
Noto Serif CJK (body, in place of 仿宋/宋体) and Noto Sans CJK Bold (headings, in place of 黑体).
Kept characters: every character of GB 2312 (levels 1 and 2 hanzi, punctuation, full-width
forms, Greek/Cyrillic/kana as GB 2312 lists them), printable ASCII, and the few common
characters outside GB 2312 that bulletins use (—, ·, “”, ‘’, …, №, ℃, ‰, 〇, ①–⑳, full-width
forms). Output: single-face CFF-outline OpenType files, hinting dropped, which pdfkit (fontkit)
embeds and subsets again per document.

Usage: apt-get install python3-fonttools fonts-noto-cjk; /usr/bin/python3 scripts/subset-font.py
"""
import os
import sys

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "fonts")
SRC = "/usr/share/fonts/opentype/noto"
FACES = [
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "NotoSerifSC-Regular-GB2312.otf"),
    ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", "NotoSansSC-Bold-GB2312.otf"),
]


def gb2312_chars():
    chars = set()
    for row in range(0xA1, 0xF8):
        for col in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, col]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def kept_chars():
    chars = gb2312_chars()
    chars.update(chr(c) for c in range(0x20, 0x7F))
    chars.update("—–·“”‘’…№℃‰〇、。，；：？！（）《》〈〉【】〔〕「」『』×÷±‐")
    chars.update(chr(c) for c in range(0x2460, 0x2474))  # ①..⑳
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width ASCII
    chars.update(chr(c) for c in range(0x3000, 0x3004))
    return chars


def face(ttc_path, family):
    collection = TTCollection(ttc_path)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    sys.exit(f"{family} not found in {ttc_path}")


def main():
    os.makedirs(OUT, exist_ok=True)
    unicodes = sorted(ord(c) for c in kept_chars())
    for ttc, family, out_name in FACES:
        font = face(os.path.join(SRC, ttc), family)
        options = Options()
        options.hinting = False
        options.desubroutinize = False
        options.layout_features = ["vert", "vrt2", "kern", "palt", "halt"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = Subsetter(options=options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        path = os.path.join(OUT, out_name)
        font.save(path)
        print(f"{path}: {os.path.getsize(path)} bytes, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()
