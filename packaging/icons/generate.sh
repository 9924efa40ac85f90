#!/usr/bin/env bash
# Regenerates the committed raster icons from the SVG (needs librsvg2-bin and icnsutils; ImageMagick for .ico).
# The build does not run this: the PNG, ICO and ICNS files are committed.
set -euo pipefail
cd "$(dirname "$0")"
id=org.apipaydesk.ApiPayDesk
for s in 16 22 24 32 48 64 128 256 512; do
    mkdir -p hicolor/${s}x${s}/apps
    rsvg-convert -w $s -h $s $id.svg -o hicolor/${s}x${s}/apps/$id.png
done
convert hicolor/16x16/apps/$id.png hicolor/24x24/apps/$id.png hicolor/32x32/apps/$id.png \
        hicolor/48x48/apps/$id.png hicolor/64x64/apps/$id.png hicolor/256x256/apps/$id.png ../windows/apipay-desk.ico
png2icns ../macos/apipay-desk.icns hicolor/16x16/apps/$id.png hicolor/32x32/apps/$id.png \
        hicolor/48x48/apps/$id.png hicolor/128x128/apps/$id.png hicolor/256x256/apps/$id.png hicolor/512x512/apps/$id.png
