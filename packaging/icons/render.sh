#!/usr/bin/env bash
# Render fabwise.svg to the PNG sizes desktops ask for (hicolor theme sizes), into png/NxN/.
# Needs rsvg-convert (Debian package librsvg2-bin). The PNGs are committed, so a bundle build
# does not need this tool; re-run it after changing the SVG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v rsvg-convert >/dev/null || { echo "render: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "png/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "png/${size}x${size}/fabwise.png" fabwise.svg
done
echo "render: wrote $(ls png | wc -l) sizes into $(pwd)/png"
