#!/usr/bin/env bash
# Builds ChurnLab and runs the whole test suite (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
bash scripts/setup-test-deps.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default --parallel "$(nproc)"
