#!/usr/bin/env bash
# Configures and builds ChurnLab into build/ (Release with debug info, warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --parallel "$(nproc)"
