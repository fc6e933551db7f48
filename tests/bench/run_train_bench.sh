#!/usr/bin/env bash
# Training benchmark: ChurnLab's learners beside the scikit-learn peers on the same stratified
# split of the same generated files, in the same run, each process under /usr/bin/time -v.
#   tests/bench/run_train_bench.sh [OUTDIR] [SIZES...]     (default sizes: 100000 1000000)
# Models compared so far: lr (ours) vs LogisticRegression(lbfgs) (peer_train.py --model lr).
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000 1000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"

echo "machine: $(nproc) cores; ours: single process, Eigen; peer: scikit-learn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)')"
echo
echo "| rows | model | ChurnLab fit s | RSS MB | AUC | peer fit s | RSS MB | AUC | fit time ours/peer | RSS ours/peer | ΔAUC |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  [ -s "$out/train-$n.csv" ] || /usr/bin/python3 "$shared/make_split.py" "$f" "$out/train-$n.csv" "$out/test-$n.csv" \
      --target churn --positive Yes >/dev/null
  /usr/bin/time -v "$cli" train "$out/train-$n.csv" --test "$out/test-$n.csv" --target churn --positive Yes \
      --models lr --json >"$out/ours-lr-$n.json" 2>"$out/ours-lr-$n.time"
  /usr/bin/time -v /usr/bin/python3 "$shared/peer_train.py" --train "$out/train-$n.csv" --test "$out/test-$n.csv" \
      --target churn --positive Yes --model lr >"$out/peer-lr-$n.json" 2>"$out/peer-lr-$n.time"
  os=$(json_field "$out/ours-lr-$n.json" 'd["models"][0]["train_seconds"]')
  oa=$(json_field "$out/ours-lr-$n.json" 'd["models"][0]["auc"]')
  ps=$(json_field "$out/peer-lr-$n.json" 'd["train_s"]')
  pa=$(json_field "$out/peer-lr-$n.json" 'd["auc"]')
  orss=$(rss_mb "$out/ours-lr-$n.time"); prss=$(rss_mb "$out/peer-lr-$n.time")
  awk -v n="$n" -v os="$os" -v oa="$oa" -v ps="$ps" -v pa="$pa" -v orss="$orss" -v prss="$prss" 'BEGIN{
    printf "| %d | lr | %.3f | %.0f | %.4f | %.3f | %.0f | %.4f | %.3f | %.2f | %+.4f |\n", n, os, orss, oa, ps, prss, pa, os/ps, orss/prss, oa-pa }'
done
