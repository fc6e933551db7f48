#!/usr/bin/env bash
# Batch scoring: `churnlab-cli score` (CSV in, CSV out, end to end: read, check, score, write)
# beside ../shared/bench/peer_score.py (scikit-learn LogisticRegression and XGBoost hist) on
# the same generated file, in the same run, each process under /usr/bin/time -v.
#   tests/bench/run_score_bench.sh [OUTDIR] [SIZES...]     (default sizes: 1000000 10000000)
# Models are fitted on the first 100 000 rows of a separate 100k file; the peer fits its own
# on the same rows. The peer's end-to-end rate includes pandas' load of the file (measured by
# peer_load.py in the same run) plus its preparation and predict_proba.
# Environment: MODELS="lr gbt" (ours to export and score; default all six at the first size,
# lr and gbt beyond).
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "1000000 10000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
fit=$(churn_file 100000)
first=$(echo $sizes | awk '{print $1}')

echo "machine: $(nproc) cores; peers: scikit-learn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'), xgboost $(/usr/bin/python3 -c 'import xgboost; print(xgboost.__version__)')"
echo
echo "| rows | file MB | model | bundle KB | bundle load ms | ours s | ours rows/s | RSS MB | peer | peer s (load+prep+predict) | peer rows/s | RSS MB | rows/s ours/peer | RSS ours/file |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|"
for m in lr tree rf gbt nb mlp; do
  [ -s "$out/score-$m.clb" ] || "$cli" train "$fit" --target churn --positive Yes --models "$m" --export "$out/score-$m.clb" >/dev/null
done
for n in $sizes; do
  f=$(churn_file "$n")
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1048576}')
  /usr/bin/time -v /usr/bin/python3 "$shared/peer_load.py" "$f" >"$out/sload-$n.json" 2>"$out/sload-$n.time"
  load_s=$(json_field "$out/sload-$n.json" 'd["seconds"]')
  # The peer may not finish on this machine's memory (the kernel's OOM killer): its row says so.
  # SKIP_PEER_ABOVE=N leaves it out above N rows (it needed over 24 GB for 10M rows here).
  : >"$out/speer-$n.json"
  [ -n "${SKIP_PEER_ABOVE:-}" ] && [ "$n" -gt "$SKIP_PEER_ABOVE" ] || /usr/bin/time -v /usr/bin/python3 "$shared/peer_score.py" "$fit" "$f" --target churn --positive Yes \
      --repeat 1 >"$out/speer-$n.json" 2>"$out/speer-$n.time" || true
  prss=$(rss_mb "$out/speer-$n.time")
  models=${MODELS:-}
  [ -n "$models" ] || { [ "$n" = "$first" ] && models="lr tree rf gbt nb mlp" || models="lr gbt"; }
  for m in $models; do
    b="$out/score-$m.clb"
    kb=$(awk -v b="$(stat -c %s "$b")" 'BEGIN{printf "%.0f", b/1024}')
    # Bundle load: open and verify, timed by `bundle verify` (median of 3 process runs).
    lms=$(for _ in 1 2 3; do /usr/bin/time -f %e "$cli" bundle verify "$b" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 2p)
    /usr/bin/time -v "$cli" score "$b" "$f" -o "$out/scored-$m-$n.csv" --json >"$out/sours-$m-$n.json" 2>"$out/sours-$m-$n.time"
    os=$(json_field "$out/sours-$m-$n.json" 'd["seconds"]')
    orss=$(rss_mb "$out/sours-$m-$n.time")
    case $m in lr) peer="sklearn.LogisticRegression" ;; gbt) peer="xgboost.hist(100,d6)" ;; *) peer="" ;; esac
    if [ -n "$peer" ] && ! [ -s "$out/speer-$n.json" ]; then
      awk -v n="$n" -v mb="$mb" -v m="$m" -v kb="$kb" -v lms="$lms" -v os="$os" -v orss="$orss" -v p="$peer" -v prss="$prss" 'BEGIN{
        printf "| %d | %s | %s | %s | %.0f | %.3f | %.0f | %.0f | %s | did not finish | – | %s | – | %.2f |\n", n, mb, m, kb, lms*1000, os, n/os, orss, p, prss == "" ? "–" : prss, orss/mb }'
    elif [ -n "$peer" ]; then
      read -r ps <<<"$(/usr/bin/python3 -c "
import json,sys
for l in open('$out/speer-$n.json'):
    d=json.loads(l)
    if d.get('tool')=='$peer': print('%.3f' % ($load_s + d['prep_s'] + d['seconds']))")"
      awk -v n="$n" -v mb="$mb" -v m="$m" -v kb="$kb" -v lms="$lms" -v os="$os" -v orss="$orss" -v p="$peer" -v ps="$ps" -v prss="$prss" 'BEGIN{
        printf "| %d | %s | %s | %s | %.0f | %.3f | %.0f | %.0f | %s | %.3f | %.0f | %.0f | %.1f | %.2f |\n", n, mb, m, kb, lms*1000, os, n/os, orss, p, ps, n/ps, prss, (n/os)/(n/ps), orss/mb }'
    else
      awk -v n="$n" -v mb="$mb" -v m="$m" -v kb="$kb" -v lms="$lms" -v os="$os" -v orss="$orss" 'BEGIN{
        printf "| %d | %s | %s | %s | %.0f | %.3f | %.0f | %.0f | – | – | – | – | – | %.2f |\n", n, mb, m, kb, lms*1000, os, n/os, orss, orss/mb }'
    fi
  done
done
