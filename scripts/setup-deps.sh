#!/usr/bin/env bash
# Installs the Debian 12 packages ChurnLab builds, tests and runs with; idempotent.
# Run as root (or with sudo). Installs only what is missing.
set -euo pipefail
pkgs=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-charts-dev libqt6opengl6-dev          # Charts' CMake config needs Qt6OpenGL (missing dependency)
  qt6-svg-dev
  qt6-pdf-dev                               # Qt PDF's viewer previews reports before they are saved
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libgl-dev libeigen3-dev   # SQLite: the run store's default
  libzip-dev                                # model bundles are zip archives (a maintained zip library)
  libsodium-dev                             # Ed25519 signatures of bundle manifests
  libfreexl-dev                             # legacy Excel .xls workbooks (FreeXL)
  libpq-dev                                 # PostgreSQL sources: libpq's COPY streams rows at the server's speed
  qtkeychain-qt6-dev                        # database passwords in the desktop keyring, never in a file
  libonnx-dev libprotobuf-dev               # ONNX export (libonnx-dev does not pull in libprotobuf-dev)
  fonts-dejavu-core                         # offscreen rendering and PDFs need a font on a bare machine
  xvfb xauth
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "setup-deps: missing packages: ${missing[*]}; run as root to install them" >&2; exit 1
  fi
fi
echo "setup-deps: installing ${missing[*]}" >&2
${SUDO:-} apt-get update -qq
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
