#!/usr/bin/env bash
# Benchmark: the govmeta Spark job in local mode beside the command line, on the same synthetic catalog.
#   bench/spark.sh [COUNT] [FILES]    (default 100000 datasets in 8 JSON Lines files)
# The catalog of bench/generate.mjs is split into FILES JSON Lines files (a data lake's layout: the job
# reads a file per task, so one big file would be one task). Both tools check the same folder with the
# same profile, fail level none, no configuration; the command line writes its JSON report, the job its
# Parquet tables. Prints wall time, datasets per second, peak memory and the ratio.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-100000}
files=${2:-8}
mkdir -p target
(cd .. && ./mvnw -B -q -DskipTests package -pl cli,spark -am)
jar=../cli/target/govmeta.jar
data=target/catalog-$count.jsonl
[ -f "$data" ] || node generate.mjs "$count" "$data"
parts=target/catalog-$count-in-$files
if [ ! -d "$parts" ]; then
  mkdir -p "$parts"
  split -n "l/$files" -d -a 3 --additional-suffix=.jsonl "$data" "$parts/part-"
fi

measure() { # name, command...  -> "name seconds peak-KB" (time's report is the last line of stderr)
  local name=$1; shift
  /usr/bin/time -f '%e %M' "$@" >"target/$name.out" 2>"target/$name.err" || true
  echo "$name $(tail -1 "target/$name.err")"
}

echo "catalog: $count datasets in $files JSON Lines files, $(du -sh "$parts" | cut -f1); $(nproc) processors"
# A warm-up run of each, then the measured one.
java -jar $jar validate --no-config --fail-on none --format json "$parts" >/dev/null
../spark/run-local.sh --no-config --fail-on none --output target/spark-out "$parts" >/dev/null 2>&1 || true
c=$(measure cli java -Xmx512m -jar $jar validate --no-config --fail-on none --format json "$parts")
s=$(measure spark ../spark/run-local.sh --no-config --fail-on none --output target/spark-out "$parts")
read -r _ ct cm <<<"$c"
read -r _ st sm <<<"$s"
echo "command line: $(grep -o '"datasets" : [0-9]*' target/cli.out | head -1)"
echo "spark job:    $(tail -1 target/spark.out)"
awk -v n="$count" -v ct="$ct" -v cm="$cm" -v st="$st" -v sm="$sm" 'BEGIN {
  printf "%-44s %8s %12s %10s\n", "tool", "seconds", "datasets/s", "peak MB";
  printf "%-44s %8.1f %12.0f %10.0f\n", "govmeta validate (JSON report, -Xmx512m)", ct, n/ct, cm/1024;
  printf "%-44s %8.1f %12.0f %10.0f\n", "govmeta Spark job, local[*] (Parquet, -Xmx2g)", st, n/st, sm/1024;
  printf "ratio spark/cli: time %.2fx, memory %.2fx\n", st/ct, sm/cm;
}'
