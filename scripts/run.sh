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
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless equivalent," >&2
echo "  churnlab-cli inspect --sample" >&2
echo "  churnlab-cli sample -o SAMPLE.csv && churnlab-cli train SAMPLE.csv --target churn --models lr,rf,gbt --export MODEL.clb" >&2
echo "  churnlab-cli bundle info MODEL.clb && churnlab-cli score MODEL.clb SAMPLE.csv -o SCORES.csv --explain 2" >&2
echo "  churnlab-cli fairness MODEL.clb SAMPLE.csv --sensitive senior" >&2
work=$(mktemp -d)
trap 'rm -f "$sample"; rm -rf "$work"' EXIT
"$cli" inspect --sample
echo
"$cli" sample -o "$sample" >/dev/null
"$cli" train "$sample" --target churn --models lr,rf,gbt --export "$work/model.clb"
echo
"$cli" bundle info "$work/model.clb"
echo
"$cli" score "$work/model.clb" "$sample" -o "$work/scores.csv" --explain 2
head -4 "$work/scores.csv"
echo
"$cli" fairness "$work/model.clb" "$sample" --sensitive senior
