#!/usr/bin/env bash
# AutoML benchmark (issue 15's acceptance): on the Telco and bank files and a generated
# 100 000-row file, one stratified 80/20 split each (make_split.py, seed 42), and on it
#   - every ChurnLab learner at its defaults (churnlab-cli train --models lr,tree,rf,gbt,nb,mlp);
#   - churnlab-cli automl with a BUDGET-second budget (default 120), under /usr/bin/time -v;
#   - scikit-learn's HistGradientBoosting with default settings (peer_hgb_default.py).
# Test AUC of each on the same test rows.
#   tests/bench/run_automl_bench.sh [OUTDIR] [BUDGET]      (ONLY="telco bank" runs those only)
set -euo pipefail
budget=${2:-120}
source "$(dirname "$0")/bench_common.sh" "100000" "${1:-}"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
data=$root/../shared/data
export CHURNLAB_TRACKING=off

echo "| data | rows | best default (test AUC) | AutoML result (test AUC) | trials | AutoML s (budget) | RSS MB | HGB defaults AUC | AutoML − default | AutoML − HGB |"
echo "|---|---:|---|---|---:|---:|---:|---:|---:|---:|"
while read -r name file target positive; do
  [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $name "* ]] || continue
  [ -s "$file" ] || { echo "| $name | absent: skipped |"; continue; }
  tr=$out/automl-$name-train.csv te=$out/automl-$name-test.csv
  [ -s "$tr" ] || /usr/bin/python3 "$shared/make_split.py" "$file" "$tr" "$te" --target "$target" \
      --positive "$positive" >/dev/null
  "$cli" train "$tr" --test "$te" --target "$target" --positive "$positive" \
      --models lr,tree,rf,gbt,nb,mlp --json >"$out/automl-$name-defaults.json"
  /usr/bin/time -v "$cli" automl "$tr" --test "$te" --target "$target" --positive "$positive" \
      --budget "$budget" --json >"$out/automl-$name.json" 2>"$out/automl-$name.time"
  /usr/bin/python3 "$here/peer_hgb_default.py" "$tr" "$te" --target "$target" \
      --positive "$positive" >"$out/automl-$name-hgb.json"
  rows=$(json_field "$out/automl-$name-defaults.json" "d['n_train'] + d['n_test']")
  best=$(json_field "$out/automl-$name-defaults.json" \
      "'%s %.4f' % max(((m['name'], m['auc']) for m in d['models']), key=lambda t: t[1])")
  result=$(json_field "$out/automl-$name.json" \
      "'%s %.4f %d %.1f' % ((('ensemble', d['ensemble']['auc']) if d.get('ensemble_kept') else (d['best']['name'], d['best']['auc'])) + (len(d['trials']), d['seconds']))")
  hgb=$(json_field "$out/automl-$name-hgb.json" "'%.4f' % d['auc']")
  rss=$(rss_mb "$out/automl-$name.time")
  read -r bm ba <<<"$best"; read -r am aa trials secs <<<"$result"
  awk -v n="$name" -v r="$rows" -v bm="$bm" -v ba="$ba" -v am="$am" -v aa="$aa" -v t="$trials" \
      -v s="$secs" -v b="$budget" -v rss="$rss" -v h="$hgb" 'BEGIN{
    printf "| %s | %d | %s %.4f | %s %.4f | %d | %.1f (%d) | %.0f | %.4f | %+.4f | %+.4f |\n", n, r, bm, ba, am, aa, t, s, b, rss, h, aa-ba, aa-h }'
done <<LIST
telco $data/telco-churn.csv Churn Yes
bank $data/bank-churn.csv Exited 1
generated-100k $(churn_file 100000) churn Yes
LIST
