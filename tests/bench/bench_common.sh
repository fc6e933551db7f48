# Sourced by the run_*_bench.sh scripts: paths, arguments and the helpers they share.
#   source bench_common.sh DEFAULT_SIZES "$@"   → sets root, shared, out, sizes
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${CHURNLAB_SHARED_BENCH:-$root/../shared/bench}
default_sizes=$1
shift
out=${1:-${TMPDIR:-/tmp}/churnlab-bench}
shift || true
sizes=${*:-$default_sizes}
[ -d "$shared" ] || { echo "peer harness not found at $shared (run its setup.sh once)" >&2; exit 1; }
mkdir -p "$out"

# require_built PATH: the program must exist in the build tree.
require_built() { [ -x "$1" ] || { echo "build first: scripts/build.sh" >&2; exit 1; }; }
# churn_file N: path of a generated N-row churn CSV, made once per OUTDIR.
churn_file() {
  local f="$out/churn-$1.csv"
  [ -s "$f" ] || /usr/bin/python3 "$shared/gen_churn.py" "$1" "$f" >/dev/null
  echo "$f"
}
# rss_mb TIMEFILE: peak RSS in MB from a /usr/bin/time -v report.
rss_mb() { awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$1"; }
# json_field FILE EXPR: EXPR (Python, over d) evaluated on the last JSON line of FILE.
json_field() {
  /usr/bin/python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).read().strip().splitlines()[-1]); print($2)" "$1"
}
