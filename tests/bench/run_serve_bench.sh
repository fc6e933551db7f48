#!/usr/bin/env bash
# The scoring service under load from wrk (Debian), beside ../shared/bench/peer_serve.py
# (FastAPI + uvicorn, scikit-learn LogisticRegression), same machine, same run: single-row Open
# Inference Protocol v2 requests (serve_v2.lua) at 1, 16 and 64 connections, then a 60 s run at
# 64 connections with the server's RSS sampled every 5 s (flat memory).
#   tests/bench/run_serve_bench.sh [OUTDIR]        DURATION=10 (seconds per run)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "100000" "$@"
cli=$root/build/app/churnlab-cli/churnlab-cli
serve=$root/build/app/churnlab-serve/churnlab-serve
require_built "$serve"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
d=${DURATION:-10}
fit=$(churn_file 100000)
bundle=$out/serve-lr.clb
[ -s "$bundle" ] || "$cli" train "$fit" --target churn --positive Yes --models lr --export "$bundle" >/dev/null
lua=$(dirname "$0")/serve_v2.lua

wait_ready() { for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/v2/health/ready" >/dev/null && return 0; sleep 0.2; done; return 1; }
load() {  # port connections seconds → wrk's JSON line
  wrk -t1 -c"$2" -d"$3"s --latency -s "$lua" "http://127.0.0.1:$1" | grep '^{'
}

"$serve" "$bundle" --port 18080 2>"$out/serve.log" &
ours=$!
/usr/bin/python3 "$shared/peer_serve.py" "$fit" --target churn --positive Yes --model lr --port 18081 2>"$out/peer-serve.log" &
peer=$!
trap 'kill $ours $peer 2>/dev/null || true' EXIT
wait_ready 18080 && wait_ready 18081
echo "| connections | server | requests/s | p50 ms | p99 ms | p99.9 ms | errors | non-2xx |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for c in 1 16 64; do
  for s in churnlab-serve:18080 peer_serve.py:18081; do
    name=${s%%:*}; port=${s##*:}
    load "$port" 2 2 >/dev/null # warm up
    r=$(load "$port" "$c" "$d")
    /usr/bin/python3 -c "import json,sys; d=json.loads(sys.argv[1]); print('| %d | %s | %.0f | %.2f | %.2f | %.2f | %d | %d |' % ($c, '$name', d['rps'], d['p50_ms'], d['p99_ms'], d['p999_ms'], d['errors'], d['non2xx']))" "$r"
  done
done
echo
echo "60 s at 64 connections, churnlab-serve RSS (MB) every 5 s:"
( for _ in $(seq 12); do sleep 5; ps -o rss= -p "$ours" | awk '{printf "%.1f ", $1/1024}'; done; echo ) &
sampler=$!
r=$(load 18080 64 60)
wait $sampler
echo "$r"
