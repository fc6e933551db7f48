#!/usr/bin/env bash
# Installs what the tests use beyond the build: Debian tools the tests drive for real.
# Idempotent; run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(
  python3-yaml          # parses the Kubernetes manifests in PackagingTest
  python3-xlwt          # writes the legacy .xls fixtures of XlsxReaderTest
  poppler-utils         # pdftotext, pdffonts, pdfimages, pdfinfo check the PDF reports
  postgresql            # TrackingTest runs the run store's suite on a real server it starts
  libqt6sql6-psql       # Qt's PostgreSQL driver
  mariadb-server        # DatabaseRoutesTest reads and writes a real MariaDB server it starts
  libqt6sql6-mysql      # Qt's MySQL/MariaDB driver
  libqt6sql6-odbc unixodbc odbc-postgresql  # the ODBC route, through psqlodbc to the test PostgreSQL
)
command -v node >/dev/null || pkgs+=(nodejs npm)   # runs ONNX Runtime for OnnxExportTest
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "setup-test-deps: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# ONNX Runtime, the reference runtime the ONNX export is checked against (its CPU library comes
# inside the npm package; no install script is needed).
if [ ! -d tests/onnx/node_modules/onnxruntime-node ]; then
  (cd tests/onnx && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
fi
