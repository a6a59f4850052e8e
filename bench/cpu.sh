#!/usr/bin/env bash
# Median CPU time (perf stat task-clock, robust to machine load) and max RSS of a command.
#   bench/cpu.sh [-n RUNS] COMMAND ARGS...
# Prints: "<median ms> ms CPU (min <ms>, max <ms>), <max RSS> KB RSS".
set -euo pipefail
runs=7
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
command -v perf >/dev/null || { echo "cpu.sh: needs perf (apt-get install linux-perf)" >&2; exit 2; }
times=()
rss=0
for _ in $(seq "$runs"); do
    out="$(perf stat -x, -e task-clock -- /usr/bin/time -f 'RSS %M' "$@" 2>&1 >/dev/null || true)"
    ms="$(printf '%s\n' "$out" | awk -F, '/task-clock/ { print $1 }')"
    kb="$(printf '%s\n' "$out" | awk '/^RSS / { print $2 }')"
    times+=("$ms")
    [ "${kb:-0}" -gt "$rss" ] && rss="$kb"
done
printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '
    { t[NR] = $1 }
    END { printf "%.1f ms CPU (min %.1f, max %.1f), %d KB RSS\n", t[int((NR + 1) / 2)], t[1], t[NR], rss }'
