#!/usr/bin/env bash
# Refreshes packaging/screenshots/ (README, metainfo): every page in demo mode in English, Russian and Kazakh.
# Usage: scripts/screenshots.sh [build-dir]   (default build/dev; the tst_screenshots target must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
cmake --build "$build" --target tst_screenshots
APIPAY_SCREENSHOT_DIR="$(pwd)/packaging/screenshots" QT_QPA_PLATFORM=offscreen "$build/tests/screenshots/tst_screenshots"
ls -l packaging/screenshots
