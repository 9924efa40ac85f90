#!/usr/bin/env bash
# Installs everything ApiPay Desk needs to build, test and run on Debian 12 (bookworm).
# Runs apt-get as root (through sudo when you are not root).
set -euo pipefail

packages=(
    cmake g++ ninja-build pkg-config git
    clang libclang-rt-14-dev clang-format lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-image-formats-plugins libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev
    qtkeychain-qt6-dev libsecret-1-0
    libqrcodegencpp-dev libzxing-dev
    desktop-file-utils appstream
    xvfb xauth x11-utils fonts-dejavu-core dbus gnome-keyring libsecret-tools imagemagick poppler-utils
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are already installed"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
