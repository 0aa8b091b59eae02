#!/usr/bin/env bash
# Makes every icon the packages and the window use from assets/icon.svg: PNGs from 16 to 512
# pixels (assets/icons/), a Windows .ico and a macOS .icns. Run it after changing the SVG:
#   bash packaging/make-icons.sh
# Needs ImageMagick (Debian: imagemagick) and Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icon.svg
out=assets/icons
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512 1024; do
  convert -background none -density 384 "$svg" -resize "${size}x${size}" -strip "PNG32:$out/$size.png"
done
convert "$out/16.png" "$out/24.png" "$out/32.png" "$out/48.png" "$out/64.png" "$out/256.png" assets/icon.ico
# .icns: a header and one PNG entry per size (ic07 128, ic08 256, ic09 512, ic10 1024), which
# is all macOS needs since 10.7; written here because no Debian package makes one.
python3 - "$out" assets/icon.icns <<'PY'
import struct, sys
folder, target = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in (("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)):
    data = open(f"{folder}/{size}.png", "rb").read()
    entries += kind.encode() + struct.pack(">I", 8 + len(data)) + data
open(target, "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
rm -f "$out/1024.png"
echo "icons: $out/*.png, assets/icon.ico, assets/icon.icns"
