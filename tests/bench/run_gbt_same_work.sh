#!/usr/bin/env bash
# Gradient boosting against XGBoost hist doing the same work: 100 rounds of depth-6 trees (at
# most 64 leaves), learning rate 0.3, no early stopping, on the same stratified split of the
# same generated file, in the same run, each process under /usr/bin/time -v (peak RSS).
#   tests/bench/run_gbt_same_work.sh [OUTDIR] [SIZES...]     (default size: 1000000)
# Ours: churnlab-cli train --models gbt with those settings (min_samples_leaf stays at its
# default 20; XGBoost's min_child_weight 1 is its own default). Peer: peer_train.py --model xgb.
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "1000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"

run() {
  local name=$1 n=$2; shift 2
  /usr/bin/time -v "$@" >"$out/$name-$n.json" 2>"$out/$name-$n.time" || {
    echo "$name failed on $n rows; see $out/$name-$n.time" >&2; return 1; }
}

echo "| rows | ChurnLab fit s | rounds | RSS MB | AUC | XGBoost hist fit s | RSS MB | AUC | time ours/peer | ΔAUC |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  [ -s "$out/train-$n.csv" ] || /usr/bin/python3 "$shared/make_split.py" "$f" "$out/train-$n.csv" "$out/test-$n.csv" \
      --target churn --positive Yes >/dev/null
  run ours-gbt-same "$n" "$cli" train "$out/train-$n.csv" --test "$out/test-$n.csv" --target churn \
      --positive Yes --models gbt --param gbt.max_iterations=100 --param gbt.max_depth=6 \
      --param gbt.max_leaves=64 --param gbt.learning_rate=0.3 --param gbt.validation_fraction=0 --json
  run xgb "$n" /usr/bin/python3 "$shared/peer_train.py" --train "$out/train-$n.csv" \
      --test "$out/test-$n.csv" --target churn --positive Yes --model xgb
  read -r os rounds oa <<<"$(json_field "$out/ours-gbt-same-$n.json" \
      "'%.3f %d %.4f' % (d['models'][0]['train_seconds'], d['models'][0].get('rounds', 0), d['models'][0]['auc'])")"
  read -r ps pa <<<"$(json_field "$out/xgb-$n.json" "'%.3f %.4f' % (d['train_s'], d['auc'])")"
  orss=$(rss_mb "$out/ours-gbt-same-$n.time"); prss=$(rss_mb "$out/xgb-$n.time")
  awk -v n="$n" -v os="$os" -v r="$rounds" -v oa="$oa" -v ps="$ps" -v pa="$pa" -v orss="$orss" -v prss="$prss" 'BEGIN{
    printf "| %d | %.3f | %d | %.0f | %.4f | %.3f | %.0f | %.4f | %.2f | %+.4f |\n", n, os, r, orss, oa, ps, prss, pa, os/ps, oa-pa }'
done
