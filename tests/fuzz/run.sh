#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan), writes their seeds from
# files the real code makes, and runs each target for SECONDS (default 300) on both cores, two
# at a time. Findings (crash-*, leak-*, timeout-*) land in build-fuzz/findings/TARGET/; the
# last lines of each run (executions, coverage) in build-fuzz/findings/TARGET.log.
#   bash tests/fuzz/run.sh [SECONDS] [TARGET …]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bundle project request_body http_request request_log
                                     drift_reference csv_reader csv_stream xlsx_reader)
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"
out=build-fuzz/findings
rm -rf build-fuzz/seeds && mkdir -p "$out"
./build-fuzz/tests/fuzz/fuzz_seeds build-fuzz/seeds
[ -d ../shared/data/csv-edge ] && mkdir -p build-fuzz/seeds/csv_reader \
  && cp ../shared/data/csv-edge/*.csv build-fuzz/seeds/csv_reader/ 2>/dev/null || true
# The stream reads what the whole-text reader reads.
mkdir -p build-fuzz/seeds/csv_stream && cp build-fuzz/seeds/csv_reader/* build-fuzz/seeds/csv_stream/ 2>/dev/null || true
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run() {
  local t=$1 corpus=build-fuzz/corpus/$1
  mkdir -p "$corpus" "$out/$t"
  [ -d "build-fuzz/seeds/$t" ] && cp -n build-fuzz/seeds/"$t"/* "$corpus"/ 2>/dev/null || true
  ./build-fuzz/tests/fuzz/fuzz_"$t" "$corpus" -max_total_time="$seconds" -max_len=262144 \
    -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 -artifact_prefix="$out/$t/" \
    >"$out/$t.log" 2>&1 && echo "$t: clean" || echo "$t: FINDING (see $out/$t.log)"
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov: " "$out/$t.log" | tail -3
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  [ $((i + 1)) -lt ${#targets[@]} ] && run "${targets[i + 1]}" &
  wait || status=1
done
found=$(find "$out" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
[ -z "$found" ] || { echo "findings:"; echo "$found"; status=1; }
exit $status
