#!/usr/bin/env bash
# Databases: a generated churn table (typed columns: bigint, double precision, boolean, date,
# text) in a temporary PostgreSQL server on this machine, read by ChurnLab (bench_load: libpq
# COPY into the CSV engine), by pandas.read_sql (SQLAlchemy + psycopg2), and by the server's
# own COPY … TO through psql into /dev/null (the floor any client can reach), in the same run,
# each under /usr/bin/time -v. Goals: within 1.3× of the COPY, ≥ 4× faster than read_sql, peak
# RSS ≤ 1.5× the table's CSV size. Then the write-back: the same number of scores (id,
# probability, label, reasons) written by ChurnLab's PostgresWriter (one transaction, COPY
# FROM STDIN) against psql's \copy … FROM of the same file into the same table, in one
# transaction too. Goal: within 1.3×. Needs postgresql, python3-psycopg2, python3-sqlalchemy.
#   tests/bench/run_db_bench.sh [OUTDIR] [SIZES...]     (default size: 1000000)
set -euo pipefail
source "$(dirname "$0")/bench_common.sh" "1000000" "$@"
load=$root/build/tests/bench/bench_load
writeback=$root/build/tests/bench/bench_writeback
require_built "$load"
require_built "$writeback"
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$1"; }
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg=$(mktemp -d "${TMPDIR:-/tmp}/churnlab-pg.XXXXXX")
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg" && chmod 755 "$out"
as_pg "$bin/initdb" -D "$pg/data" -A trust -U churnlab --no-sync >/dev/null
as_pg "$bin/pg_ctl" -D "$pg/data" -w -l "$pg/log" -o "-p $port -k $pg -c listen_addresses=127.0.0.1 -c fsync=off -c autovacuum=off" start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null; rm -rf "$pg"' EXIT
psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U churnlab -d postgres -v ON_ERROR_STOP=1 -q)
url="postgresql://churnlab@127.0.0.1:$port/postgres"
echo "| rows | CSV MB | psql COPY s | ChurnLab s | RSS MB | read_sql s | RSS MB | ours / COPY | ours / read_sql |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  csv=$(churn_file "$n")
  chmod 644 "$csv"
  "${psql[@]}" -c "DROP TABLE IF EXISTS churn" -c "CREATE TABLE churn (customer_id text, gender text,
    senior boolean, partner boolean, dependents boolean, tenure_months bigint, contract text,
    internet text, online_security text, tech_support text, streaming_tv text, paperless boolean,
    payment_method text, monthly_charges double precision, total_charges double precision,
    support_calls bigint, last_login_days bigint, region text, signup_date date, churn boolean)" \
    -c "\\copy churn FROM '$csv' CSV HEADER" -c "VACUUM ANALYZE churn"
  mb=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN{printf "%.1f", b/1048576}')
  /usr/bin/time -v "${psql[@]}" -c "\\copy churn TO '/dev/null' CSV HEADER" 2>"$out/dbcopy-$n.time"
  /usr/bin/time -v "$load" "$url" --table churn >"$out/dbload-$n.json" 2>"$out/dbload-$n.time"
  /usr/bin/time -v /usr/bin/python3 "$here/peer_read_sql.py" "$url" churn >"$out/dbpeer-$n.json" 2>"$out/dbpeer-$n.time"
  copy=$(secs "$out/dbcopy-$n.time"); ours=$(secs "$out/dbload-$n.time"); peer=$(secs "$out/dbpeer-$n.time")
  echo "| $n | $mb | $copy | $ours | $(rss_mb "$out/dbload-$n.time") | $peer | $(rss_mb "$out/dbpeer-$n.time") | $(awk -v a="$ours" -v b="$copy" 'BEGIN{printf "%.2f", a/b}') | $(awk -v a="$ours" -v b="$peer" 'BEGIN{printf "%.3f", a/b}') |"
done
echo
echo "| scores | CSV MB | psql \\copy FROM s | ChurnLab s | ours / psql |"
echo "|---:|---:|---:|---:|---:|"
for n in $sizes; do
  scores="$out/scores-$n.csv"
  awk -v n="$n" 'BEGIN{srand(7); print "customer_id,probability,label,reasons";
    for(i=1;i<=n;i++){p=rand(); printf "C%07d,%.17g,%s,%s\n", i, p, (p>=0.5?"churn":"stay"),
    (i%4==0?"\"Contract = Month-to-month (+0.81), tenure_months = 2 (+0.40)\"":"")}}' >"$scores"
  chmod 644 "$scores"
  mb=$(awk -v b="$(stat -c %s "$scores")" 'BEGIN{printf "%.1f", b/1048576}')
  # Best of three each, taking turns, so that neither pays for the other's leftovers.
  copy=99999; ours=99999
  for k in 1 2 3; do
    /usr/bin/time -v "${psql[@]}" -1 -c "DROP TABLE IF EXISTS psql_scores" \
      -c "CREATE TABLE psql_scores (customer_id text, probability double precision, label text, reasons text)" \
      -c "\\copy psql_scores FROM '$scores' CSV HEADER" 2>"$out/dbcopyin-$n.time"
    /usr/bin/time -v "$writeback" "$scores" "$url" our_scores >"$out/dbwrite-$n.json" 2>"$out/dbwrite-$n.time"
    got=$("${psql[@]}" -At -c "SELECT count(*) FROM our_scores")
    [ "$got" = "$n" ] || { echo "write-back wrote $got rows, not $n" >&2; exit 1; }
    copy=$(awk -v a="$copy" -v b="$(secs "$out/dbcopyin-$n.time")" 'BEGIN{print (b<a?b:a)}')
    ours=$(awk -v a="$ours" -v b="$(secs "$out/dbwrite-$n.time")" 'BEGIN{print (b<a?b:a)}')
  done
  echo "| $n | $mb | $copy | $ours | $(awk -v a="$ours" -v b="$copy" 'BEGIN{printf "%.2f", a/b}') |"
done
