#!/usr/bin/env bash
# Training benchmark: ChurnLab's learners beside the peers on the same stratified split of the
# same generated files, in the same run, each process under /usr/bin/time -v (peak RSS).
#   tests/bench/run_train_bench.sh [OUTDIR] [SIZES...]     (default sizes: 100000 1000000)
# Pairs: lr ↔ scikit-learn LogisticRegression(lbfgs); rf ↔ ranger (and scikit-learn's forest
# below 1M rows, where it takes minutes); gbt ↔ XGBoost hist (and scikit-learn's
# HistGradientBoosting). Environment: BENCH_SKIP="sk-rf hgb" leaves peers out.
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000 1000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
skip=" ${BENCH_SKIP:-} "

echo "machine: $(nproc) cores; peers: scikit-learn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'), xgboost $(/usr/bin/python3 -c 'import xgboost; print(xgboost.__version__)'), ranger $(Rscript -e 'cat(as.character(packageVersion("ranger")))' 2>/dev/null)"
echo

# run NAME N CMD...: runs CMD under time -v, keeps its last JSON line and time report.
run() {
  local name=$1 n=$2; shift 2
  /usr/bin/time -v "$@" >"$out/$name-$n.json" 2>"$out/$name-$n.time" || {
    echo "$name failed on $n rows; see $out/$name-$n.time" >&2; return 1; }
}
# Our result: fit seconds, AUC (from the CLI's --json) and the process's peak RSS.
ours() { json_field "$out/ours-$1-$2.json" "'%.3f %.4f' % (d['models'][0]['train_seconds'], d['models'][0]['auc'])"; }
peer() { json_field "$out/$1-$2.json" "'%.3f %.4f' % (d['train_s'], d['auc'])"; }

echo "| rows | ChurnLab model | fit s | RSS MB | AUC | peer | fit s | RSS MB | AUC | time ours/peer | RSS ours/peer | ΔAUC |"
echo "|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  [ -s "$out/train-$n.csv" ] || /usr/bin/python3 "$shared/make_split.py" "$f" "$out/train-$n.csv" "$out/test-$n.csv" \
      --target churn --positive Yes >/dev/null
  split=(--train "$out/train-$n.csv" --test "$out/test-$n.csv" --target churn --positive Yes)
  for m in lr rf gbt; do
    run "ours-$m" "$n" "$cli" train "$out/train-$n.csv" --test "$out/test-$n.csv" --target churn \
        --positive Yes --models "$m" --json
  done
  run sk-lr "$n" /usr/bin/python3 "$shared/peer_train.py" "${split[@]}" --model lr
  run ranger "$n" Rscript "$shared/peer_train.R" "${split[@]}"
  run xgb "$n" /usr/bin/python3 "$shared/peer_train.py" "${split[@]}" --model xgb
  [[ $skip == *" hgb "* ]] || run hgb "$n" /usr/bin/python3 "$shared/peer_train.py" "${split[@]}" --model hgb
  if [[ $skip != *" sk-rf "* ]] && [ "$n" -lt 1000000 ]; then
    run sk-rf "$n" /usr/bin/python3 "$shared/peer_train.py" "${split[@]}" --model rf
  fi
  for pair in "lr sk-lr" "rf ranger" "rf sk-rf" "gbt xgb" "gbt hgb"; do
    set -- $pair
    [ -s "$out/$2-$n.json" ] && [ "$out/$2-$n.json" -nt "$out/ours-$1-$n.json" ] || continue
    read -r os oa <<<"$(ours "$1" "$n")"
    read -r ps pa <<<"$(peer "$2" "$n")"
    orss=$(rss_mb "$out/ours-$1-$n.time"); prss=$(rss_mb "$out/$2-$n.time")
    awk -v n="$n" -v m="$1" -v p="$2" -v os="$os" -v oa="$oa" -v ps="$ps" -v pa="$pa" -v orss="$orss" -v prss="$prss" 'BEGIN{
      printf "| %d | %s | %.3f | %.0f | %.4f | %s | %.3f | %.0f | %.4f | %.2f | %.2f | %+.4f |\n", n, m, os, orss, oa, p, ps, prss, pa, os/ps, orss/prss, oa-pa }'
  done
done
