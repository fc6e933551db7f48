#!/usr/bin/env bash
# Champion and challenger on generated churn files: `churnlab-cli retrain BUNDLE NEW.csv` end to
# end (read the new file as the champion reads it, hold out 20 %, retrain the champion's
# settings, score the holdout with both, decide, write the next bundle) beside the same job in
# pandas + scikit-learn (peer_retrain.py: HistGradientBoosting with its defaults), in the same
# run, each under /usr/bin/time -v. Both champions are gradient boosting trained on the 100k
# file; the new files come from the same generator with their own seeds.
#   tests/bench/run_retrain_bench.sh [OUTDIR] [SIZES...]     (default sizes: 1000000)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "1000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }
base=$(churn_file 100000)
champion="$out/retrain-champion.clb"
[ -s "$champion" ] || CHURNLAB_TRACKING=off "$cli" train "$base" --target churn --positive Yes \
  --models gbt --export "$champion" >/dev/null
echo "| new rows | ChurnLab s | RSS MB | champion / challenger AUC | peer job s | peer process s | peer RSS MB | champion / challenger AUC | ours / peer (job) |"
echo "|---:|---:|---:|---|---:|---:|---:|---|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  cp "$champion" "$out/retrain-served.clb"
  CHURNLAB_TRACKING=off /usr/bin/time -v "$cli" retrain "$out/retrain-served.clb" "$f" --json \
    >"$out/retrain-$n.json" 2>"$out/retrain-$n.time"
  /usr/bin/time -v /usr/bin/python3 "$here/peer_retrain.py" --champion-data "$base" --new "$f" \
    --target churn --positive Yes --out "$out/peer-challenger.pkl" \
    >"$out/peer-retrain-$n.json" 2>"$out/peer-retrain-$n.time"
  ours=$(secs "$out/retrain-$n.time")
  job=$(json_field "$out/peer-retrain-$n.json" 'd["retrain_s"]')
  aucs=$(json_field "$out/retrain-$n.json" '"%.4f / %.4f" % (d["champion"]["auc"], d["challenger"]["auc"])')
  paucs=$(json_field "$out/peer-retrain-$n.json" '"%.4f / %.4f" % (d["champion_auc"], d["challenger_auc"])')
  echo "| $n | $ours | $(rss_mb "$out/retrain-$n.time") | $aucs | $job | $(secs "$out/peer-retrain-$n.time") | $(rss_mb "$out/peer-retrain-$n.time") | $paucs | $(awk -v a="$ours" -v b="$job" 'BEGIN{printf "%.2f", a/b}') |"
done
