#!/usr/bin/env bash
# Builds ChurnLab and opens the GUI on the built-in sample data. Without a display it says
# so and runs the same job headless through the command line instead: inspect the sample,
# then train and compare the default models on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/churnlab/churnlab --sample "$@"
fi
cli=./build/app/churnlab-cli/churnlab-cli
sample=$(mktemp --suffix=.csv)
trap 'rm -f "$sample"' EXIT
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless equivalent," >&2
echo "  churnlab-cli inspect --sample" >&2
echo "  churnlab-cli sample -o SAMPLE.csv && churnlab-cli train SAMPLE.csv --target churn --models lr,rf,gbt" >&2
"$cli" inspect --sample
echo
"$cli" sample -o "$sample" >/dev/null
"$cli" train "$sample" --target churn --models lr,rf,gbt
