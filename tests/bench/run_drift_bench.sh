#!/usr/bin/env bash
# Drift monitoring on generated churn files: `churnlab-cli drift BUNDLE CURRENT.csv` end to end
# (read with the schema's types, score every row, compare every column and the scores) beside
# loading the same file alone (bench_load), in the same run, each under /usr/bin/time -v. The
# goal: comparing takes no longer than loading (drift − load ≤ load). The bundle is trained on
# the 100k file (lr); the current files come from the same generator with their own seeds.
#   tests/bench/run_drift_bench.sh [OUTDIR] [SIZES...]     (default sizes: 1000000 10000000)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "1000000 10000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
load=$root/build/tests/bench/bench_load
require_built "$cli"
require_built "$load"
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }
fit=$(churn_file 100000)
bundle="$out/drift-lr.clb"
[ -s "$bundle" ] || "$cli" train "$fit" --target churn --positive Yes --models lr --export "$bundle" >/dev/null
echo "reference: $(stat -c %s "$bundle") bytes of bundle; drift_reference.json $(unzip -p "$bundle" drift_reference.json | wc -c) bytes"
echo
echo "| rows | file MB | load s | load RSS MB | drift s end to end | drift RSS MB | of which: score s | compare s | live metrics s | compare / load |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1048576}')
  /usr/bin/time -v "$load" "$f" >/dev/null 2>"$out/dload-$n.time"
  /usr/bin/time -v "$cli" drift "$bundle" "$f" --json >"$out/drift-$n.json" 2>"$out/drift-$n.time"
  l=$(secs "$out/dload-$n.time"); d=$(secs "$out/drift-$n.time")
  sc=$(json_field "$out/drift-$n.json" 'round(d["seconds"]["score"], 2)')
  cmp=$(json_field "$out/drift-$n.json" 'round(d["seconds"]["compare"], 2)')
  live=$(json_field "$out/drift-$n.json" 'round(d["seconds"]["live_metrics"], 2)')
  echo "| $n | $mb | $l | $(rss_mb "$out/dload-$n.time") | $d | $(rss_mb "$out/drift-$n.time") | $sc | $cmp | $live | $(awk -v a="$cmp" -v b="$l" 'BEGIN{printf "%.2f", a/b}') |"
done
