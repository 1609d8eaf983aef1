#!/usr/bin/env bash
# Benchmark: govmeta against peers on the same deterministic synthetic catalog, in both of its forms.
#
#   bench/run.sh [OPTIONS] [SIZE...]      (default sizes: 10000 100000; the full run: 10000 100000 1000000)
#
#   --quick         one small size (2000 datasets), to try the benchmark
#   --timeout=S     stop a slow peer (Jena whole graph, shacl-engine) after S seconds (default 900)
#   --all-peers     also run the whole-graph peers above 100,000 datasets (skipped there by design)
#   --regenerate    make the catalogs again even when bench/target holds them
#   --spark         also run bench/spark.sh on the largest size (minutes; not run by default)
#
# For each size it makes (or reuses, when made by the same generate.mjs and mapping) the catalog as CKAN
# JSON Lines and as DCAT N-Triples and Turtle (`govmeta convert`), then measures each tool once under
# /usr/bin/time (wall seconds, peak RSS), and prints one table per form, CKAN JSON and DCAT, with each
# peer's time and memory as a multiple of govmeta's, and the number of invalid records or results each tool
# found (so a faster peer that checks less shows). The tables are also written as Markdown to
# bench/target/results.md. The peers are installed into bench/target when missing (npm: bench/package.json
# and its lock file; Java: compiled against the govmeta jar, whose Jackson 3 and Jena they use); a peer that
# cannot be installed stops the run.
set -euo pipefail
cd "$(dirname "$0")"

die() { echo "bench/run.sh: $*" >&2; exit 2; }
usage() { sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

sizes=()
timeout_s=900
all_peers=0
regenerate=0
spark=0
while [ $# -gt 0 ]; do
  case $1 in
    --quick) sizes=(2000) ;;
    --timeout=*) timeout_s=${1#--timeout=} ;;
    --timeout) shift; timeout_s=${1:-} ;;
    --all-peers) all_peers=1 ;;
    --regenerate) regenerate=1 ;;
    --spark) spark=1 ;;
    -h|--help) usage; exit 0 ;;
    *[!0-9]*|'') die "unknown argument '$1' (sizes are numbers of datasets; see bench/run.sh --help)" ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || die "--timeout takes a number of seconds"
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for n in "${sizes[@]}"; do [ "$n" -ge 10 ] || die "a size is at least 10 datasets, not $n"; done

for tool in java javac node npm awk sha256sum timeout; do
  command -v $tool >/dev/null || die "needs '$tool' on the PATH"
done
[ -x /usr/bin/time ] || die "needs GNU time as /usr/bin/time (Debian: apt-get install time)"

jar=../cli/target/govmeta.jar
if [ ! -f $jar ]; then
  echo "building $jar (./mvnw -B -q -o package -pl cli -am -DskipTests)"
  (cd .. && ./mvnw -B -q -o package -pl cli -am -DskipTests) \
    || die "could not build $jar (offline; if a dependency is missing from ~/.m2, run the same command once without -o)"
fi
mkdir -p target/runs

# The Node peers, at the versions of bench/package.json and bench/package-lock.json.
if [ ! -d target/node/node_modules ] || ! cmp -s package.json target/node/package.json \
    || ! cmp -s package-lock.json target/node/package-lock.json; then
  echo "installing the Node peers into bench/target/node (npm ci: $(tr -d '\n ' < package.json | sed 's/.*"dependencies":{\([^}]*\)}.*/\1/'))"
  rm -rf target/node && mkdir -p target/node && cp package.json package-lock.json target/node/
  (cd target/node && npm ci --no-audit --no-fund --loglevel=error) \
    || die "could not install the Node peers with npm ci in bench/target/node (network? registry?); no peer is skipped, so the run stops"
fi
ajv_cli=target/node/node_modules/ajv-cli/dist/index.js
[ -f $ajv_cli ] || die "ajv-cli is missing from bench/target/node after npm ci"
# The Java peers, compiled against the jar whose Jackson and Jena they use.
for peer in JenaPeer JacksonPeer; do
  if [ ! -f target/classes/$peer.class ] || [ $peer.java -nt target/classes/$peer.class ] || [ $jar -nt target/classes/$peer.class ]; then
    mkdir -p target/classes && javac -d target/classes -cp $jar $peer.java || die "could not compile bench/$peer.java"
  fi
done
# The profile as one JSON Schema file for the two Ajv peers (see ajv-peer.mjs).
java -jar $jar schema export --out target/schema th-gdc@1.0.0 >/dev/null || die "govmeta schema export failed"
schema=target/schema/th-gdc-1.0.0.schema.json
shapes=(../shapes/th-gdc/1.0.0/shapes.ttl ../shapes/th-gdc/1.0.0/vocabularies.ttl)

# A file made earlier is reused when its stamp (what made it) is the same and, for JSON Lines, it has SIZE lines.
digest() { cat "$@" | sha256sum | cut -c1-16; }
gen_stamp="generate.mjs $(digest generate.mjs)"
dcat_stamp="$gen_stamp, dcat-mapping.yaml $(digest ../shapes/th-gdc/1.0.0/dcat-mapping.yaml)"
fresh() { # file stamp
  [ $regenerate = 0 ] && [ -e "$1" ] && [ "$(cat "$1.stamp" 2>/dev/null)" = "$2" ]
}
prepare() { # size: makes catalog-SIZE.jsonl, -arrays/ (ajv-cli), .nt and .ttl
  local n=$1 base=target/catalog-$1 heap=-Xmx512m regenerated=0
  [ "$n" -lt 1000000 ] || heap=-Xmx2g
  if ! fresh $base.jsonl "$gen_stamp" || [ "$(wc -l < $base.jsonl)" -ne "$n" ]; then
    echo "generating $base.jsonl"
    rm -f $base.jsonl.stamp && node generate.mjs "$n" $base.jsonl && echo "$gen_stamp" > $base.jsonl.stamp
    regenerated=1
  fi
  if ! fresh $base-arrays "$gen_stamp" || [ $regenerated = 1 ]; then
    echo "splitting $base.jsonl into JSON arrays of 10,000 records for ajv-cli"
    rm -rf $base-arrays $base-arrays.stamp && mkdir -p $base-arrays
    awk -v dir=$base-arrays '(NR - 1) % 10000 == 0 { if (f) { print "]" > f; close(f) }
        f = sprintf("%s/part-%05d.json", dir, (NR - 1) / 10000); print "[" > f; sep = "" }
      { print sep $0 > f; sep = "," } END { if (f) { print "]" > f; close(f) } }' $base.jsonl
    echo "$gen_stamp" > $base-arrays.stamp
  fi
  for form in nt:ntriples ttl:turtle; do
    if ! fresh $base.${form%%:*} "$dcat_stamp" || [ $regenerated = 1 ]; then
      echo "converting to $base.${form%%:*} (govmeta convert --to ${form#*:})"
      rm -f $base.${form%%:*}.stamp
      java $heap -jar $jar convert --no-config --to ${form#*:} $base.jsonl -o $base.${form%%:*} \
        || die "govmeta convert --to ${form#*:} failed for $base.jsonl"
      echo "$dcat_stamp" > $base.${form%%:*}.stamp
    fi
  done
}

# measure SIZE NAME LIMIT OK_CODES CMD...: runs CMD under /usr/bin/time (and `timeout LIMIT` unless 0) with
# its output in target/runs/SIZE-NAME.out/.err; sets secs, kb and status (ok, timeout, failed).
measure() {
  local n=$1 name=$2 limit=$3 codes=$4; shift 4
  local f=target/runs/$n-$name rc=0
  local wrap=(); [ "$limit" = 0 ] || wrap=(timeout --kill-after=30 "$limit")
  /usr/bin/time -o $f.time -f '%e %M' "${wrap[@]}" "$@" >$f.out 2>$f.err || rc=$?
  read -r secs kb < <(tail -1 $f.time)
  if [ "$limit" != 0 ] && { [ $rc = 124 ] || [ $rc = 137 ]; }; then
    status="timeout after $limit s (peak RSS $((kb / 1024)) MB by then)"
  elif [[ " $codes " == *" $rc "* ]]; then
    status=ok
  else
    status="failed (exit $rc): $({ grep -v '^\s*at ' $f.err | grep . || true; } | tail -1 | cut -c1-120)"
  fi
}

# row FORM SIZE BASELINE(1|0) TOOL RESULT: one line of a table, from the last measure (or none).
row() {
  local s=$secs k=$kb result=$5
  if [ "$status" != ok ]; then s=-; k=-; result=$status; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$2" "$3" "$4" "$s" "$k" "$result" "" >> target/runs/$1.tsv
}
skip() { # FORM SIZE TOOL REASON
  printf '%s\t0\t%s\t-\t-\tnot run: %s\t\n' "$2" "$3" "$4" >> target/runs/$1.tsv
}
counted() { if [ "$1" = - ]; then echo "no count (not run or not finished)"; else echo "$1 $2"; fi; }
note() { printf '%s\n' "$2" | perl -pe '1 while s/(?<![\d,.])(\d+)(\d{3})(?!\d)/$1,$2/' >> target/runs/$1.notes; }

govmeta_counts() { # report.json -> "FINDINGS DATASETS"
  local findings
  findings=$(tail -n 12 "$1" | awk -F' : ' '/"(errors|warnings|infos)"/ { gsub(/[^0-9]/, "", $2); s += $2 } END { print s + 0 }')
  echo "$findings $(grep -o '"dataset" : "[^"]*"' "$1" | sort -u | wc -l)"
}
ajv_cli_counts() { # stderr of ajv-cli -> "INVALID ERRORS" (records are told apart by file and array index)
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
    const invalid = new Set(); let file = "", errors = 0;
    for (const l of lines) {
      if (l.endsWith(" invalid")) file = l.slice(0, -8);
      else if (l.startsWith("[")) for (const e of JSON.parse(l)) { errors++; invalid.add(file + "#" + e.instancePath.split("/")[1]); }
    }
    console.log(invalid.size, errors);' "$1"
}
# The first capture of a sed pattern in a tool's output, or - when the last run failed or printed no such line.
num() { local v=; [ "$status" != ok ] || v=$(sed -n "s/.*$1.*/\\1/p" "$2" | head -1); echo "${v:--}"; }

rm -f target/runs/ckan.tsv target/runs/dcat.tsv target/runs/ckan.notes target/runs/dcat.notes
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "sizes: ${sizes[*]}; $(nproc) processors, load average $load; $(java -version 2>&1 | head -1), node $(node --version)"
cat $jar > /dev/null

for n in "${sizes[@]}"; do
  prepare "$n"
  data=target/catalog-$n
  heap=-Xmx512m; [ "$n" -lt 1000000 ] || heap=-Xmx2g
  whole_heap=-Xmx2g; [ "$n" -le 10000 ] || whole_heap=-Xmx8g
  echo "== $n datasets: $(du -h $data.jsonl | cut -f1) JSON Lines, $(du -h $data.nt | cut -f1) N-Triples, $(du -h $data.ttl | cut -f1) Turtle"

  # CKAN JSON Lines
  cat $data.jsonl > /dev/null
  echo "   govmeta (CKAN)"
  measure $n govmeta 0 0 java -Xmx512m -jar $jar validate --no-config --fail-on none --format json $data.jsonl
  read -r gf gd < <(govmeta_counts target/runs/$n-govmeta.out)
  row ckan $n 1 "govmeta validate, JSON report, -Xmx512m" "$gf findings in $gd datasets"
  echo "   Ajv"
  measure $n ajv 0 0 node ajv-peer.mjs $schema $data.jsonl
  ai=$(num 'ajv: [0-9]* records, \([0-9]*\) invalid.*' target/runs/$n-ajv.out); ae=$(num '.* \([0-9]*\) errors' target/runs/$n-ajv.out)
  row ckan $n 0 "Ajv 8, compiled, record by record (Node)" "$ai invalid records, $ae errors"
  echo "   ajv-cli"
  measure $n ajv-cli 0 "0 1" node $ajv_cli validate --spec=draft2020 --all-errors --strict=false -c ajv-formats \
    -s records.schema.json -r $schema -d "$data-arrays/*.json" --errors=line
  ci=-; ce=-; [ "$status" != ok ] || read -r ci ce < <(ajv_cli_counts target/runs/$n-ajv-cli.err)
  row ckan $n 0 "ajv-cli 5, JSON arrays of 10,000 records (Node)" "$ci invalid records, $ce errors"
  echo "   Jackson"
  measure $n jackson 0 0 java -Xmx512m -cp $jar:target/classes JacksonPeer $data.jsonl
  jr=$(num 'jackson: \([0-9]*\) records.*' target/runs/$n-jackson.out)
  row ckan $n 0 "Jackson 3 parse only, no checks, -Xmx512m" "$jr records parsed"
  agree="agree"
  for v in "$ai" "$ci"; do [ "$v" = - ] || [ "$v" = "$gd" ] || agree="DIFFER"; done
  note ckan "$n datasets: govmeta $gf findings in $gd datasets; Ajv $(counted "$ai" "invalid records") ($ae errors); ajv-cli $(counted "$ci" "invalid records") ($ce errors); Jackson parsed $(counted "$jr" records) — invalid records $agree where counted."

  # DCAT N-Triples (and Turtle)
  cat $data.nt $data.ttl > /dev/null
  echo "   govmeta (N-Triples, Turtle)"
  measure $n govmeta-nt 0 0 java $heap -jar $jar validate --no-config --fail-on none --format json $data.nt
  read -r gf gd < <(govmeta_counts target/runs/$n-govmeta-nt.out)
  row dcat $n 1 "govmeta validate, N-Triples, JSON report, $heap" "$gf findings in $gd datasets"
  measure $n govmeta-ttl 0 0 java $heap -jar $jar validate --no-config --fail-on none --format json $data.ttl
  read -r tf td < <(govmeta_counts target/runs/$n-govmeta-ttl.out)
  row dcat $n 0 "govmeta validate, Turtle, JSON report, $heap" "$tf findings in $td datasets"
  jv=-; sv=-; sc=-
  if [ "$n" -le 100000 ] || [ $all_peers = 1 ]; then
    echo "   Jena SHACL, whole graph"
    measure $n jena $timeout_s 0 java $whole_heap -cp $jar:target/classes JenaPeer validate $data.nt "${shapes[@]}"
    jv=$(num 'jena: \([0-9]*\) results' target/runs/$n-jena.out)
    row dcat $n 0 "Jena ShaclValidator, whole graph, $whole_heap" "$jv results"
  else
    skip dcat $n "Jena ShaclValidator, whole graph" "holds the whole graph (about 2.8 M triples per 100,000 datasets) — above 100,000 datasets by design; --all-peers runs it"
  fi
  if [ "$n" -le 10000 ] || [ $all_peers = 1 ]; then
    echo "   shacl-engine (with its SPARQL plugin)"
    measure $n shacl-engine $timeout_s 0 node --max-old-space-size=8192 shacl-engine-peer.mjs $data.nt "${shapes[@]}"
    sv=$(num 'shacl-engine: \([0-9]*\) results' target/runs/$n-shacl-engine.out)
    row dcat $n 0 "shacl-engine 1.1 + SPARQL plugin, whole graph (Node)" "$sv results"
  else
    skip dcat $n "shacl-engine 1.1 + SPARQL plugin, whole graph" "its SPARQL constraint takes about 0.1 s per dataset (247 s for 2,000 datasets, over 900 s for 10,000 when this was written) — above 10,000 datasets by design; --all-peers runs it"
  fi
  if [ "$n" -le 10000 ] || [ $all_peers = 1 ]; then
    echo "   shacl-engine, core only"
    measure $n shacl-engine-core $timeout_s 0 node --max-old-space-size=8192 shacl-engine-peer.mjs --core-only $data.nt "${shapes[@]}"
    sc=$(num 'shacl-engine (core only): \([0-9]*\) results' target/runs/$n-shacl-engine-core.out)
    row dcat $n 0 "shacl-engine 1.1, core only: checks less, no SPARQL constraint (Node)" "$sc results"
  else
    skip dcat $n "shacl-engine 1.1, core only" "its time and memory grow faster than the catalog (15 s for 2,000 datasets, 204 s and 3.4 GB for 10,000 when this was written) — above 10,000 datasets by design; --all-peers runs it"
  fi
  echo "   Jena parse"
  measure $n jena-parse 0 0 java $heap -cp $jar:target/classes JenaPeer parse $data.nt
  jt=$(num 'jena parse: \([0-9]*\) triples' target/runs/$n-jena-parse.out)
  row dcat $n 0 "Jena parse only, N-Triples, no graph, no checks, $heap" "$jt triples parsed"
  agree="agree"
  for v in "$td" "$jv" "$sv" "$sc"; do [ "$v" = - ] || [ "$v" = "$gf" ] || [ "$v" = "$gd" ] || agree="DIFFER"; done
  [ "$tf" = "$gf" ] || agree="DIFFER"
  note dcat "$n datasets ($jt triples): govmeta $gf findings in $gd datasets (Turtle: $tf in $td); Jena $(counted "$jv" results); shacl-engine $(counted "$sv" results) (core only: $(counted "$sc" results)) — $agree where counted."
done

# The tables: aligned on the terminal, Markdown in target/results.md. Ratios are to govmeta's row of the same size.
render() { # FORM TITLE MODE(text|md)
  awk -F'\t' -v mode=$3 '
    function commas(x,   s, r) { s = sprintf("%.0f", x); r = ""
      while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }; return s r }
    { n = $1; if ($2 == 1) { bt[n] = $4; bk[n] = $5 }
      tool[NR] = $3; size[NR] = n; t[NR] = $4; k[NR] = $5; res[NR] = $6; base[NR] = $2 }
    END {
      md = mode == "md"; dash = md ? "—" : "-"
      h[1] = "tool"; h[2] = "datasets"; h[3] = "seconds"; h[4] = "datasets/s"; h[5] = "peak RSS"
      h[6] = md ? "time × govmeta" : "time ratio"; h[7] = md ? "memory × govmeta" : "memory ratio"; h[8] = "found"
      for (i = 1; i <= NR; i++) {
        c[i,1] = tool[i]; c[i,2] = commas(size[i])
        if (t[i] == "-") { c[i,3] = c[i,4] = c[i,5] = c[i,6] = c[i,7] = dash }
        else {
          c[i,3] = sprintf("%.1f", t[i]); c[i,4] = t[i] > 0 ? commas(size[i] / t[i]) : dash; c[i,5] = commas(k[i] / 1024) " MB"
          ok = bt[size[i]] != "" && bt[size[i]] != "-" && bt[size[i]] > 0
          c[i,6] = base[i] == 1 ? "1.00" : ok ? sprintf("%.2f", t[i] / bt[size[i]]) : dash
          c[i,7] = base[i] == 1 ? "1.00" : ok ? sprintf("%.2f", k[i] / bk[size[i]]) : dash
        }
        c[i,8] = res[i]; while (match(c[i,8], /(^|[^0-9,.])[0-9][0-9][0-9][0-9]+/)) {
          lead = substr(c[i,8], RSTART, 1) ~ /[0-9]/ ? 0 : 1
          c[i,8] = substr(c[i,8], 1, RSTART - 1 + lead) commas(substr(c[i,8], RSTART + lead, RLENGTH - lead)) substr(c[i,8], RSTART + RLENGTH) }
      }
      for (j = 1; j <= 8; j++) c[0,j] = h[j]
      if (md) {
        for (i = 0; i <= NR; i++) { line = "|"; for (j = 1; j <= 8; j++) line = line " " c[i,j] " |"; print line
          if (i == 0) print "|---|---:|---:|---:|---:|---:|---:|---|" }
      } else {
        for (i = 0; i <= NR; i++) for (j = 1; j <= 7; j++) if (length(c[i,j]) > w[j]) w[j] = length(c[i,j])
        for (i = 0; i <= NR; i++) { line = sprintf("%-" w[1] "s", c[i,1]); for (j = 2; j <= 7; j++) line = line sprintf("  %" w[j] "s", c[i,j]); print line "  " c[i,8] }
      }
    }' target/runs/$1.tsv
}
titles=("ckan:CKAN JSON Lines" "dcat:DCAT (N-Triples; govmeta also on the Turtle form)")
{
  echo "# Benchmark results"
  echo
  echo "\`bench/run.sh ${sizes[*]}\`, started $started; $(nproc) processors, load average $load at the start;"
  echo "$(java -version 2>&1 | head -1 | tr -d '"'), Node $(node --version). One measured run of each tool, wall seconds and peak RSS"
  echo "from \`/usr/bin/time -f '%e %M'\`; ratios are the peer's over govmeta's at the same size."
  for t in "${titles[@]}"; do
    echo; echo "## ${t#*:}"; echo; render ${t%%:*} "${t#*:}" md; echo
    sed 's/^/- /' target/runs/${t%%:*}.notes
  done
} > target/results.md
for t in "${titles[@]}"; do
  echo; echo "${t#*:}"; render ${t%%:*} "${t#*:}" text
  sed 's/^/  counts at /' target/runs/${t%%:*}.notes
done
echo; echo "Markdown: bench/target/results.md; each tool's output: bench/target/runs/"

if [ $spark = 1 ]; then
  echo; ./spark.sh "${sizes[-1]}"
fi
