# Shared by the bench scripts: sourced, not run. Expects $java, $classpath, $out and $seed_log.

# Writes bench/out/access-N.log unless a complete one is there (written under a temporary name).
generate() {
  local lines=$1 file=$out/access-$1.log
  if [[ -s $file ]]; then
    step "reusing $file"
  else
    step "generating $file"
    "$java" -cp "$classpath" dev.needle.bench.LogGenerator --seed-log "$seed_log" \
      --lines "$lines" --out "$file.tmp" >&2
    mv "$file.tmp" "$file"
  fi
}
