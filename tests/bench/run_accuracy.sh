#!/usr/bin/env bash
# Accuracy check on the real churn files: every ChurnLab learner with its default
# hyperparameters beside the corresponding scikit-learn / XGBoost / ranger model, all trained
# and tested on the same stratified split (make_split.py, seed 42), test ROC AUC side by side.
#   tests/bench/run_accuracy.sh [OUTDIR]
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
data=$root/../shared/data
[ -d "$data" ] || { echo "shared data not found at $data" >&2; exit 1; }

echo "| file | model | ChurnLab AUC | peer | peer AUC | ΔAUC |"
echo "|---|---|---:|---|---:|---:|"
for spec in "telco-churn Churn Yes" "bank-churn Exited 1" "hr-attrition Attrition Yes"; do
  set -- $spec
  name=$1 target=$2 positive=$3
  tr=$out/$name-train.csv te=$out/$name-test.csv
  /usr/bin/python3 "$shared/make_split.py" "$data/$name.csv" "$tr" "$te" --target "$target" --positive "$positive" >/dev/null
  split=(--train "$tr" --test "$te" --target "$target" --positive "$positive")
  "$cli" train "$tr" --test "$te" --target "$target" --positive "$positive" \
      --models lr,tree,rf,gbt,nb,mlp --json >"$out/$name-ours.json"
  for p in lr rf hgb xgb; do /usr/bin/python3 "$shared/peer_train.py" "${split[@]}" --model "$p" >"$out/$name-$p.json"; done
  Rscript "$shared/peer_train.R" "${split[@]}" >"$out/$name-ranger.json"
  for p in tree nb mlp; do /usr/bin/python3 "$here/peer_extra.py" "${split[@]}" --model "$p" >"$out/$name-x$p.json"; done
  for pair in "lr lr sk-lr" "tree xtree sk-tree" "rf rf sk-rf" "rf ranger ranger" "gbt xgb xgb" \
              "gbt hgb sk-hgb" "nb xnb sk-gaussian-nb" "mlp xmlp sk-mlp"; do
    set -- $pair
    oa=$(json_field "$out/$name-ours.json" "[m['auc'] for m in d['models'] if m['name']=='$1'][0]")
    pa=$(json_field "$out/$name-$2.json" "d['auc']")
    awk -v f="$name" -v m="$1" -v p="$3" -v oa="$oa" -v pa="$pa" 'BEGIN{
      printf "| %s | %s | %.4f | %s | %.4f | %+.4f |\n", f, m, oa, p, pa, oa-pa }'
  done
done
