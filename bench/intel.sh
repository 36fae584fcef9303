#!/usr/bin/env bash
# Times Needle's intel store in process on generated threat events: import rate, filtered pages,
# the timelapse aggregate and indicator matching. Results: stdout and bench/out/intel-results.md.
# See bench/README.md. Environment: EVENTS (default 1000000), DATASETS (default 10), SEED
# (default 42), JAVA_HOME (21 or newer), JAVA_OPTS, MAVEN_ARGS (for example -o).
set -euo pipefail

cd "$(dirname "$0")/.."
out=bench/out
events=${EVENTS:-1000000}
datasets=${DATASETS:-10}
seed=${SEED:-42}
results=$out/intel-results.md
data=$out/intel-data-$events
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

fail() {
  echo "intel.sh: $*" >&2
  exit 1
}

step() {
  echo "== $*" >&2
}

check_prerequisites() {
  local version
  version=$("$java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}')
  [[ ${version:-0} -ge 21 ]] || fail "$java is Java ${version:-?}; set JAVA_HOME to JDK 21+"
  [[ $events =~ ^[0-9]+$ && $events -ge 1 ]] || fail "EVENTS must be a positive number"
}

build() {
  step "building bench and the modules it needs"
  # shellcheck disable=SC2086 # MAVEN_ARGS holds separate arguments.
  ./mvnw -q -B ${MAVEN_ARGS:-} -pl bench -am package -DskipTests
  classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
}

header() {
  echo "# Needle intel benchmark"
  echo
  echo "- when: $(date -u +%Y-%m-%dT%H:%MZ)," \
    "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"\
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) memory,"\
    "load average at start $load_at_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $("$java" -version 2>&1 | head -1); embedded store (SQLite), one file per dataset"
  echo "- command: \`EVENTS=$events DATASETS=$datasets SEED=$seed bench/intel.sh\`;"\
    "whole run $run_seconds s"
  echo
}

main() {
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  mkdir -p "$out"
  check_prerequisites
  build
  rm -rf "$data"
  step "running IntelBench over $events events in $datasets datasets, seed $seed"
  local start=$SECONDS tables=$out/intel-tables.md
  # shellcheck disable=SC2086 # JAVA_OPTS holds separate arguments.
  "$java" ${JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    dev.needle.bench.intel.IntelBench "$data" "$events" "$datasets" "$seed" > "$tables" \
    || fail "IntelBench failed; the data directory $data is kept for a look"
  run_seconds=$((SECONDS - start))
  rm -rf "$data"
  { header; cat "$tables"; } | tee "$results"
  step "results in $results"
}

main "$@"
