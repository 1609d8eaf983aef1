#!/usr/bin/env bash
# Benchmark: govmeta against peers on the same synthetic catalog.
#   bench/run.sh [COUNT]      (default 100000 datasets; the DCAT part uses COUNT/10)
# CKAN JSON Lines: govmeta vs Ajv 8 (JavaScript). DCAT: govmeta vs Apache Jena's SHACL validator called
# directly. Prints wall time, datasets per second and peak memory of each tool, and the ratios.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-100000}
mkdir -p target
(cd .. && ./mvnw -B -q -DskipTests -pl cli -am install)
jar=../cli/target/govmeta.jar
if [ ! -d target/node/node_modules/ajv-formats ]; then
  mkdir -p target/node && (cd target/node && echo '{"private":true}' > package.json \
    && npm install --silent --no-audit --no-fund ajv@8.17.1 ajv-formats@3.0.1 >/dev/null)
fi
data=target/catalog-$count.jsonl
[ -f "$data" ] || node generate.mjs "$count" "$data"
profile=../schemas/th-gdc/1.0.0

measure() { # name, command...  -> "name seconds peak-KB" (time's report is the last line of stderr)
  local name=$1; shift
  /usr/bin/time -f '%e %M' "$@" >/dev/null 2>"target/$name.err" || true
  echo "$name $(tail -1 "target/$name.err")"
}

echo "catalog: $count datasets, $(du -h "$data" | cut -f1) JSON Lines"
# A warm-up run of each, then the measured one.
java -jar $jar validate --no-config --fail-on none --format json "$data" >/dev/null
node ajv-peer.mjs $profile dataset.schema.json "$data" >/dev/null
g=$(measure govmeta java -Xmx512m -jar $jar validate --no-config --fail-on none --format json "$data")
g1=$(measure govmeta-1 java -Xmx512m -jar $jar validate --no-config --fail-on none --format json --threads 1 "$data")
a=$(measure ajv node ajv-peer.mjs $profile dataset.schema.json "$data")
read -r _ gt gm <<<"$g"
read -r _ g1t g1m <<<"$g1"
read -r _ at am <<<"$a"
awk -v n="$count" -v gt="$gt" -v gm="$gm" -v g1t="$g1t" -v g1m="$g1m" -v at="$at" -v am="$am" 'BEGIN {
  printf "%-32s %8s %12s %10s\n", "tool", "seconds", "datasets/s", "peak MB";
  printf "%-32s %8.1f %12.0f %10.0f\n", "govmeta (JVM, -Xmx512m)", gt, n/gt, gm/1024;
  printf "%-32s %8.1f %12.0f %10.0f\n", "govmeta, one checking thread", g1t, n/g1t, g1m/1024;
  printf "%-32s %8.1f %12.0f %10.0f\n", "ajv 8 (node, no positions)", at, n/at, am/1024;
  printf "ratio govmeta/ajv: time %.2fx, memory %.2fx; all cores vs one thread: %.2fx faster\n", gt/at, gm/am, g1t/gt;
}'

# DCAT: the same datasets converted to N-Triples, validated with the profile's shapes.
dcount=$((count / 10))
ddata=target/catalog-$dcount.nt
[ -f "target/catalog-$dcount.jsonl" ] || node generate.mjs "$dcount" "target/catalog-$dcount.jsonl"
[ -f "$ddata" ] || java -jar $jar convert --no-config --to ntriples "target/catalog-$dcount.jsonl" -o "$ddata"
[ -f target/JenaPeer.class ] || javac -d target -cp $jar JenaPeer.java
shapes="../shapes/th-gdc/1.0.0/shapes.ttl ../shapes/th-gdc/1.0.0/vocabularies.ttl"
g=$(measure govmeta-dcat java -Xmx2g -jar $jar validate --no-config --fail-on none --format json "$ddata")
j=$(measure jena java -Xmx2g -cp "$jar:target" JenaPeer $shapes -- "$ddata")
read -r _ gt gm <<<"$g"
read -r _ jt jm <<<"$j"
echo
echo "DCAT: $dcount datasets, $(wc -l < "$ddata") triples"
awk -v n="$dcount" -v gt="$gt" -v gm="$gm" -v jt="$jt" -v jm="$jm" 'BEGIN {
  printf "%-28s %8s %12s %10s\n", "tool", "seconds", "datasets/s", "peak MB";
  printf "%-28s %8.1f %12.0f %10.0f\n", "govmeta (SHACL, findings)", gt, n/gt, gm/1024;
  printf "%-28s %8.1f %12.0f %10.0f\n", "Jena ShaclValidator (raw)", jt, n/jt, jm/1024;
  printf "ratio govmeta/jena: time %.2fx, memory %.2fx\n", gt/jt, gm/jm;
}'

# DCAT at full size: all COUNT datasets converted to N-Triples (written dataset by dataset) and validated
# one dataset's description at a time (`govmeta validate` streams a file that splits so).
fdata=target/catalog-$count.nt
[ -f "$fdata" ] || java -Xmx512m -jar $jar convert --no-config --to ntriples "$data" -o "$fdata"
s=$(measure govmeta-dcat-streamed java -Xmx512m -jar $jar validate --no-config --fail-on none --format json "$fdata")
read -r _ st sm <<<"$s"
echo
echo "DCAT streamed: $count datasets, $(wc -l < "$fdata") triples, $(du -h "$fdata" | cut -f1)"
awk -v n="$count" -v st="$st" -v sm="$sm" 'BEGIN {
  printf "%-28s %8.1f %12.0f %10.0f\n", "govmeta (-Xmx512m, streamed)", st, n/st, sm/1024;
}'

# The Spark job in local mode beside the command line, on the same catalog split into files (bench/spark.sh).
echo
./spark.sh "$count"
