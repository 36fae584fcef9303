#!/usr/bin/env bash
# Times the analyst's answers (embedded planner) over a large traffic store and many intel
# events: the same generated combined log as bench/traffic.sh, ingested with ./needle, plus
# generated events imported in process. Results: stdout and bench/out/analyst-results.md.
# See bench/README.md. Environment: LINES (default 10000000), EVENTS (default 1000000),
# DATASETS (default 10), SEED (default 42), SEED_LOG, JAVA_HOME (21+), MAVEN_ARGS (e.g. -o).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh
out=bench/out
lines=${LINES:-10000000}
events=${EVENTS:-1000000}
datasets=${DATASETS:-10}
seed=${SEED:-42}
seed_log=${SEED_LOG:-app/src/main/resources/demo/elastic_examples_apache_logs.log}
results=$out/analyst-results.md
data=$out/analyst-data-$lines-$events
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

fail() {
  echo "analyst.sh: $*" >&2
  exit 1
}

step() {
  echo "== $*" >&2
}

build() {
  step "building app and bench"
  # shellcheck disable=SC2086 # MAVEN_ARGS holds separate arguments.
  ./mvnw -q -B ${MAVEN_ARGS:-} -pl app,bench -am package -DskipTests
  ./needle --help > /dev/null || fail "./needle --help failed"
  classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
}


main() {
  local load_at_start tables=$out/analyst-tables.md start
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  mkdir -p "$out"
  build
  generate "$lines"
  rm -rf "$data"
  mkdir -p "$data"
  step "ingesting $lines lines"
  ./needle ingest "$out/access-$lines.log" --data "$data" > /dev/null \
    || fail "needle ingest failed"
  step "running AnalystBench with $events events in $datasets datasets"
  start=$SECONDS
  "$java" ${JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    dev.needle.bench.analyst.AnalystBench "$data" "$events" "$datasets" "$seed" > "$tables" \
    || fail "AnalystBench failed; the data directory $data is kept for a look"
  {
    echo "# Needle analyst benchmark"
    echo
    echo "- when: $(date -u +%Y-%m-%dT%H:%MZ)," \
      "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "- machine: $(nproc) cores, load average at start $load_at_start," \
      "at end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- $("$java" -version 2>&1 | head -1)"
    echo "- command: \`LINES=$lines EVENTS=$events DATASETS=$datasets SEED=$seed" \
      "bench/analyst.sh\`; AnalystBench ran $((SECONDS - start)) s"
    cat "$tables"
  } | tee "$results"
  rm -rf "$data"
  step "results in $results"
}

main "$@"
