#!/usr/bin/env bash
# Projects and reports on generated churn files: `churnlab-cli project new` (read and hash the
# data), `project train --models lr,gbt` (train, build both bundles, save the project),
# `project info` (open the project: every member and bundle checked) and `report` (the PDF),
# beside peer_project.py (pandas + scikit-learn fit, joblib dump and load of the same analysis)
# on the same file, in the same run, each process under /usr/bin/time -v.
#   tests/bench/run_project_bench.sh [OUTDIR] [SIZES...]     (default sizes: 100000 1000000)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000 1000000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
require_built "$cli"
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }

echo "machine: $(nproc) cores; peer: scikit-learn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'), joblib $(/usr/bin/python3 -c 'import joblib; print(joblib.__version__)')"
echo
echo "| rows | step | ours s | ours RSS MB | peer step | peer s | peer RSS MB | time ours/peer |"
echo "|---:|---|---:|---:|---|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  p="$out/project-$n.churnlab"
  rm -f "$p"
  /usr/bin/time -v "$cli" project new "$f" --target churn --positive Yes --models lr,gbt -o "$p" >/dev/null 2>"$out/pnew-$n.time"
  /usr/bin/time -v "$cli" project train "$p" >/dev/null 2>"$out/ptrain-$n.time"
  /usr/bin/time -v "$cli" project info "$p" --json >/dev/null 2>"$out/pinfo-$n.time"
  /usr/bin/time -v "$cli" report "$p" -o "$out/report-$n.pdf" >/dev/null 2>"$out/preport-$n.time"
  /usr/bin/time -v /usr/bin/python3 "$here/peer_project.py" "$f" "$out/peer-$n.joblib" --target churn --positive Yes \
      >"$out/ppeer-$n.json" 2>"$out/ppeer-$n.time"
  peer_rss=$(rss_mb "$out/ppeer-$n.time")
  load=$(json_field "$out/ppeer-$n.json" 'd["load_s"]')
  fit=$(json_field "$out/ppeer-$n.json" 'd["fit_s"]')
  save=$(json_field "$out/ppeer-$n.json" 'd["save_s"]')
  open=$(json_field "$out/ppeer-$n.json" 'd["open_s"]')
  row() { # step ours_time_file peer_step peer_seconds
    local s; s=$(secs "$2")
    echo "| $n | $1 | $s | $(rss_mb "$2") | $3 | $4 | $peer_rss | $(awk -v a="$s" -v b="$4" 'BEGIN{printf "%.2f", (b>0)?a/b:0}') |"
  }
  row "project new (read + SHA-256)" "$out/pnew-$n.time" "pandas read_csv" "$load"
  row "project train lr,gbt + bundles + save" "$out/ptrain-$n.time" "read + fit lr, hgb + joblib.dump" \
      "$(awk -v a="$load" -v b="$fit" -v c="$save" 'BEGIN{printf "%.2f", a+b+c}')"
  row "project info (open, verify bundles)" "$out/pinfo-$n.time" "joblib.load" "$open"
  row "report (PDF, 9 pages)" "$out/preport-$n.time" "–" "0"
  echo "| $n | project file MB | $(awk -v b="$(stat -c %s "$p")" 'BEGIN{printf "%.1f", b/1048576}') | | joblib file MB | $(json_field "$out/ppeer-$n.json" 'd["file_mb"]') | | |"
done
