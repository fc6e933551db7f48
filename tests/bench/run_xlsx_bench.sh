#!/usr/bin/env bash
# Excel workbooks: loading the one sheet of a generated churn workbook (20 columns; numbers,
# strings, dates) with ChurnLab (bench_load: XlsxReader then the CSV typing) beside
# pandas.read_excel with openpyxl (../shared/bench/peer_load_xlsx.py), same file, same run, each
# under /usr/bin/time -v. The workbooks are made once per OUTDIR from the generated CSV files by
# ../shared/bench/csv_to_xlsx.py (openpyxl write-only: inline strings, about 2 minutes per 1M
# rows). The goals: at least 20× faster than read_excel, peak RSS at most the unzipped sheet.
#   tests/bench/run_xlsx_bench.sh [OUTDIR] [SIZES...]     (default sizes: 100000 1000000)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000 1000000" "$@"
load=$root/build/tests/bench/bench_load
require_built "$load"
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }
echo "| rows | xlsx MB | sheet XML MB | ChurnLab s | RSS MB | read_excel s | RSS MB | ours / peer |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  csv=$(churn_file "$n")
  x="$out/churn-$n.xlsx"
  [ -s "$x" ] || /usr/bin/python3 "$shared/csv_to_xlsx.py" "$csv" "$x" >/dev/null
  mb=$(awk -v b="$(stat -c %s "$x")" 'BEGIN{printf "%.1f", b/1048576}')
  sheet=$(unzip -l "$x" | awk '/worksheets\/sheet1.xml/{printf "%.1f", $1/1048576}')
  /usr/bin/time -v "$load" "$x" >/dev/null 2>"$out/xload-$n.time"
  (cd "$shared" && /usr/bin/time -v /usr/bin/python3 peer_load_xlsx.py "$x") >"$out/xpeer-$n.json" 2>"$out/xpeer-$n.time"
  ours=$(secs "$out/xload-$n.time"); peer=$(secs "$out/xpeer-$n.time")
  echo "| $n | $mb | $sheet | $ours | $(rss_mb "$out/xload-$n.time") | $peer | $(rss_mb "$out/xpeer-$n.time") | $(awk -v a="$ours" -v b="$peer" 'BEGIN{printf "%.3f", a/b}') |"
done
