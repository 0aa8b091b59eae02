#!/usr/bin/python3
"""Makes assets/fonts/NotoSansJP-subset.otf, the Japanese font the window falls back to
where the system has none (src/ui/fonts.rs).

Source: Noto Sans CJK JP Regular (version 2.004), face 0 of NotoSansCJK-Regular.ttc from
Debian's fonts-noto-cjk package (1:20220127+repack1-1; `apt-get install fonts-noto-cjk`),
under the SIL Open Font License 1.1 (assets/fonts/OFL.txt). Needs fontTools
(`apt-get install python3-fonttools`).

Kept: the kana, CJK punctuation, full-width forms and every character of
assets/i18n/ja/*.ftl, so the app's own Japanese never needs the system's fonts
(src/ui/fonts_tests.rs checks it). Not kept: other kanji. With the 2,965 kanji of JIS X 0208
level 1 the font was 1.6 MB and the shipped binary 15.16 MB, over the 15 MB budget
(BENCHMARKS.md, "Japanese"); a kanji in a username or a token's claims comes from the
system's fonts instead (every Windows and macOS has one, and a Linux desktop where someone
types Japanese has one for its input method).

usage: /usr/bin/python3 assets/fonts/subset-noto-sans-jp.py [PATH/TO/NotoSansCJK-Regular.ttc]
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def wanted():
    ranges = [(0x3000, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]
    codes = {c for start, end in ranges for c in range(start, end + 1)}
    for catalogue in sorted((HERE.parent / "i18n" / "ja").glob("*.ftl")):
        text = catalogue.read_text(encoding="utf-8")
        codes |= {ord(c) for c in text if ord(c) > 0x7F}
    return codes


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else SOURCE
    font = TTCollection(source).fonts[0]  # 0: Noto Sans CJK JP
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    font.save(HERE / "NotoSansJP-subset.otf")


if __name__ == "__main__":
    main()
