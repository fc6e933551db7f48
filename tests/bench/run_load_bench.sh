#!/usr/bin/env bash
# Load benchmark: ChurnLab's CsvReader beside pandas.read_csv and data.table::fread on the
# same generated files, in the same run, each process under /usr/bin/time -v.
#   tests/bench/run_load_bench.sh [OUTDIR] [SIZES...]     (default sizes: 100000 1000000 10000000)
# Needs ../shared/bench (peer harness; run its setup.sh once) and a built build/ tree.
# Prints a markdown table of medians over REPEAT runs (default 3) with ratios ours/peer.
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000 1000000 10000000" "$@"
repeat=${REPEAT:-3}
ours=$root/build/tests/bench/bench_load
require_built "$ours"

measure() {  # name file command... → prints "seconds rss_mb" (median of $repeat runs)
  local name=$1 file=$2; shift 2
  local results=()
  for _ in $(seq "$repeat"); do
    /usr/bin/time -v "$@" >"$out/$name.json" 2>"$out/$name.time"
    local s rss
    s=$(json_field "$out/$name.json" 'd["seconds"]')
    rss=$(rss_mb "$out/$name.time")
    results+=("$s $rss")
  done
  printf '%s\n' "${results[@]}" | sort -n | awk -v n="$repeat" 'NR==int((n+1)/2){print}'
}

echo "machine: $(nproc) cores, $(awk '/model name/{$1=$2=$3="";print;exit}' /proc/cpuinfo | sed 's/^ *//'), repeat $repeat (medians)"
echo
echo "| rows | file MB | ChurnLab s | RSS MB | pandas s | RSS MB | fread s | RSS MB | ours/pandas time | ours/fread time | ours/pandas RSS | ours/fread RSS |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(churn_file "$n")
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1e6}')
  read -r os orss < <(measure ours "$f" "$ours" "$f")
  read -r ps prss < <(measure pandas "$f" /usr/bin/python3 "$shared/peer_load.py" "$f")
  read -r fs frss < <(measure fread "$f" Rscript "$shared/peer_load.R" "$f")
  awk -v n="$n" -v mb="$mb" -v os="$os" -v orss="$orss" -v ps="$ps" -v prss="$prss" -v fs="$fs" -v frss="$frss" 'BEGIN{
    printf "| %d | %s | %.3f | %.0f | %.3f | %.0f | %.3f | %.0f | %.2f | %.2f | %.2f | %.2f |\n",
      n, mb, os, orss, ps, prss, fs, frss, os/ps, os/fs, orss/prss, orss/frss }'
done
