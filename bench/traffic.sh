#!/usr/bin/env bash
# Times Needle's traffic ingest against GoAccess on generated combined logs, then times Needle's
# queries on the ingested rows. Results: stdout and bench/out/traffic-results.md.
# See bench/README.md. Environment: SIZES (line counts, default "1000000 10000000"), RUNS
# (default 3), SEED_LOG, JAVA_HOME (21 or newer), MAVEN_ARGS (for example -o).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh
out=bench/out
results=$out/traffic-results.md
read -r -a sizes <<< "${SIZES:-1000000 10000000}"
runs=${RUNS:-3}
seed_log=${SEED_LOG:-app/src/main/resources/demo/elastic_examples_apache_logs.log}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

fail() {
  echo "traffic.sh: $*" >&2
  exit 1
}

step() {
  echo "== $*" >&2
}

# Installs a missing command from Debian when running as root, else says how to.
need() {
  local command=$1 package=$2
  command -v "$command" > /dev/null && return
  [[ $(id -u) == 0 ]] || fail "$command not found; install it: apt-get install -y $package"
  step "installing $package"
  apt-get install -y -q "$package" > /dev/null || fail "apt-get install $package failed"
}

check_prerequisites() {
  need goaccess goaccess
  need jq jq
  need /usr/bin/time time
  local version
  version=$("$java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}')
  [[ ${version:-0} -ge 21 ]] || fail "$java is Java ${version:-?}; set JAVA_HOME to JDK 21+"
  [[ -f $seed_log ]] || fail "seed log $seed_log not found; set SEED_LOG to a combined log"
}

build() {
  step "building app and bench"
  ./mvnw -q -B -pl app,bench -am package -DskipTests
  [[ -x ./needle ]] || fail "./needle not found; it comes with the app's ingest"
  # ./needle rebuilds when a source looks newer than its jar; let that happen before timing.
  ./needle --help > /dev/null || fail "./needle --help failed"
  classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
}


# Runs a command, appending "wall-seconds peak-rss-kb cpu-seconds" to the file named first.
timed() {
  local record=$1 start end status=0
  shift
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M %U %S' -o "$record.usage" "$@" || status=$?
  end=$EPOCHREALTIME
  ((status == 0)) || return "$status"
  awk -v s="$start" -v e="$end" '{printf "%.3f %d %.2f\n", e - s, $1, $2 + $3}' \
    "$record.usage" >> "$record"
}

median() {
  sort -g | awk '{v[NR] = $1}
    END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

ingest_needle() {
  local lines=$1 run=$2 data=$out/data-$1
  rm -rf "$data"
  mkdir -p "$data"
  timed "$out/needle-$lines.times" ./needle ingest "$out/access-$lines.log" --data "$data" \
    --json > "$out/needle-$lines-$run.json" 2> "$out/needle-$lines-$run.err" \
    || fail "needle ingest failed; see $out/needle-$lines-$run.err"
  local stored rejected
  stored=$(jq -r '.rowsStored' "$out/needle-$lines-$run.json")
  rejected=$(jq -r '.linesRejected' "$out/needle-$lines-$run.json")
  [[ $stored == "$lines" && $rejected == 0 ]] \
    || fail "needle stored $stored rows and rejected $rejected of $lines lines"
}

ingest_goaccess() {
  local lines=$1 run=$2 report=$out/goaccess-$1.json
  timed "$out/goaccess-$lines.times" goaccess "$out/access-$lines.log" --log-format=COMBINED \
    --no-global-config --no-progress -o "$report" < /dev/null 2> "$out/goaccess-$lines-$run.err" \
    || fail "goaccess failed; see $out/goaccess-$lines-$run.err"
  local valid failed
  valid=$(jq -r '.general.valid_requests' "$report")
  failed=$(jq -r '.general.failed_requests' "$report")
  [[ $valid == "$lines" && $failed == 0 ]] \
    || fail "goaccess parsed $valid valid and $failed failed of $lines lines"
}

# Ingests with both tools in turn, run by run, so that load from elsewhere hits both alike.
compare_ingest() {
  local lines=$1 run
  rm -f "$out/needle-$lines".* "$out/needle-$lines"-* "$out/goaccess-$lines".*
  for ((run = 1; run <= runs; run++)); do
    step "run $run/$runs over $lines lines: needle ingest, then goaccess"
    ingest_needle "$lines" "$run"
    ingest_goaccess "$lines" "$run"
  done
  local size needle goaccess store own_rate
  size=$(stat -c %s "$out/access-$lines.log")
  read -r -a needle <<< "$(medians "$out/needle-$lines.times")"
  read -r -a goaccess <<< "$(medians "$out/goaccess-$lines.times")"
  store=$(du -sb "$out/data-$lines" | cut -f1)
  own_rate=$(jq -r '.linesPerSecond' "$out"/needle-"$lines"-*.json | median)
  awk -v n="$lines" -v size="$size" -v ns="${needle[0]}" -v nr="${needle[1]}" \
    -v nc="${needle[2]}" -v gs="${goaccess[0]}" -v gr="${goaccess[1]}" -v gc="${goaccess[2]}" \
    -v store="$store" -v own="$own_rate" 'BEGIN {
      printf "| %d | %.0f | Needle | %.2f | %.0f | %.0f | %.1f | %.0f | %.0f |\n",
        n, size / 1e6, ns, n / ns, own, nc, nr / 1024, store / 1e6
      printf "| %d | %.0f | GoAccess | %.2f | %.0f | | %.1f | %.0f | |\n",
        n, size / 1e6, gs, n / gs, gc, gr / 1024
      printf "| %d | | Needle speed-up | %.2fx | | | | | |\n", n, gs / ns
    }' >> "$out/ingest-rows.md"
}

# Prints the median of each column of a times file: wall seconds, peak KB, CPU seconds.
medians() {
  local column
  for column in 1 2 3; do
    cut -d' ' -f"$column" "$1" | median
  done | paste -sd' '
}

time_queries() {
  local lines=$1 errors=$out/queries-$1.err
  step "timing queries over $lines rows"
  printf '\n### Queries over %s rows\n\n' "$lines" >> "$out/query-tables.md"
  if ! "$java" --enable-native-access=ALL-UNNAMED -cp "$classpath" dev.needle.bench.QueryBench \
    "$out/data-$lines" >> "$out/query-tables.md" 2> "$errors"; then
    cat "$errors" >&2
    echo "QueryBench failed: $(head -1 "$errors")" >> "$out/query-tables.md"
    failed_queries=1
  fi
}

header() {
  echo "# Needle traffic benchmark"
  echo
  echo "- when: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"\
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) memory,"\
    "load average at start $load_at_start"
  echo "- $("$java" -version 2>&1 | head -1); $(goaccess --version | head -1)"
  echo "- each figure is the median of $runs runs; times are wall clock with process start"
  echo
  echo "## Ingest"
  echo
  echo "| lines | log MB | tool | wall s | lines/s | lines/s as Needle reports | CPU s"\
    "| peak MB | store MB |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|"
}

main() {
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  failed_queries=0
  mkdir -p "$out"
  check_prerequisites
  build
  rm -f "$out/ingest-rows.md" "$out/query-tables.md"
  for lines in "${sizes[@]}"; do
    generate "$lines"
    compare_ingest "$lines"
    time_queries "$lines"
    rm -rf "$out/data-$lines"
  done
  { header; cat "$out/ingest-rows.md"; echo; echo "## Queries"; cat "$out/query-tables.md"; } \
    | tee "$results"
  step "results in $results"
  ((failed_queries == 0)) || fail "some query timings failed; see above"
}

main "$@"
