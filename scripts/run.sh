#!/usr/bin/env bash
# Builds ChurnLab and opens the GUI on the built-in sample data. Without a display it says
# so and runs the same job headless through the command line instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/churnlab/churnlab --sample "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless equivalent," >&2
echo "  churnlab-cli inspect --sample" >&2
exec ./build/app/churnlab-cli/churnlab-cli inspect --sample
