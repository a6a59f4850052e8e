#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (one after the other: the machine is shared), seeded from
# the shared corpus and fuzz/seeds/, and prints one summary line per target. Exit 1 when any target
# crashed, hung (per-input timeout), ran out of memory, or left a slow unit.
# Usage: fuzz/run.sh SECONDS [TARGET...]      (targets: markdown frontmatter security config)
set -uo pipefail
cd "$(dirname "$0")"
seconds="${1:?usage: fuzz/run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(markdown frontmatter security config)

scratch="${FUZZ_SCRATCH:-.build-fuzz}"
bin="$scratch/x86_64-unknown-linux-gnu/release"
needs_build=0
for target in "${targets[@]}"; do [ -x "$bin/fuzz-$target" ] || needs_build=1; done
if [ "$needs_build" = 1 ] || [ -n "$(find Sources ../Sources/RulesmithText ../Sources/RulesmithEditors ../Sources/RulesmithLint -newer "$bin/fuzz-${targets[0]}" -name '*.swift' -print -quit 2>/dev/null)" ]; then
    ./build.sh >&2 || { echo "fuzz build failed" >&2; exit 2; }
fi

# The shared corpus sits beside the repository (<repository>/../shared/corpus); without it the
# targets are seeded from fuzz/seeds only.
corpus_root=""
[ -d ../../shared/corpus ] && corpus_root=../../shared/corpus
[ -n "$corpus_root" ] || echo "note: no shared corpus beside the repository; seeding from fuzz/seeds only" >&2

# seeds TARGET: the shared-corpus files that suit the target, one path a line.
seeds() {
    [ -n "$corpus_root" ] || return 0
    case "$1" in
        markdown) find "$corpus_root/llms-txt" "$corpus_root/rules/llms_txt" -type f -name '*.txt' ;;
        frontmatter) find "$corpus_root/rules" -type f \( -name '*.mdc' -o -name '*.md' -o -name '*rules' \) ;;
        security) find "$corpus_root/rules" "$corpus_root/llms-txt" -type f ! -name '*.tsv' ! -name 'README.txt' ;;
        config) ;;
    esac
}

# Per target: the longest input libFuzzer may build (large enough to expose quadratic scans).
max_len() {
    case "$1" in
        markdown | security) echo 1048576 ;;
        frontmatter) echo 262144 ;;
        config) echo 65536 ;;
    esac
}

failed=0
for target in "${targets[@]}"; do
    work="out/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    seeds "$target" | while read -r file; do cp -n "$file" "$work/corpus/" 2>/dev/null; done
    [ -d "seeds/$target" ] && cp -n seeds/"$target"/* "$work/corpus/" 2>/dev/null
    count_artifacts() { find "$work/artifacts" -type f \( -name "$1" \) | wc -l; }
    crashes_before=$(( $(count_artifacts 'crash-*') + $(count_artifacts 'timeout-*') + $(count_artifacts 'oom-*') + $(count_artifacts 'leak-*') ))
    slow_before=$(count_artifacts 'slow-unit-*')
    log="$work/last-run.log"
    # detect_leaks=0: LeakSanitizer reports the lazily built static tables (secret patterns,
    # keyword automata) that live for the whole process; they are not per-input leaks.
    ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$bin/fuzz-$target" "$work/corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
        -report_slow_units=2 -detect_leaks=0 -print_final_stats=1 \
        -dict="dictionaries/$target.dict" -artifact_prefix="$work/artifacts/" >"$log" 2>&1
    status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    crashes=$(( $(count_artifacts 'crash-*') + $(count_artifacts 'timeout-*') + $(count_artifacts 'oom-*') + $(count_artifacts 'leak-*') - crashes_before ))
    slow=$(( $(count_artifacts 'slow-unit-*') - slow_before ))
    units=$(find "$work/corpus" -type f | wc -l)
    printf '%-12s executions %-10s execs/s %-7s crashes %s  slow-units %s  corpus %s  exit %s  (%s)\n' \
        "$target" "${execs:-?}" "${rate:-?}" "$crashes" "$slow" "$units" "$status" "$log"
    [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$slow" -ne 0 ] && failed=1
done
exit "$failed"
