#!/usr/bin/env bash
# Repository facts: `rulesmith detect --format json` over the corpus (../shared/corpus/repos,
# found relative to the repository), scored against each case's facts.json by
# bench/facts_score.py; then `detect` on a generated 50,000-file git repository (hyperfine),
# with the goal printed beside the figure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="${RULESMITH_FACTS_CORPUS:-$root/../shared/corpus/repos}"
swift build -c release --product rulesmith ${RELEASE_FLAGS---static-swift-stdlib} >&2
rulesmith="$root/.build/release/rulesmith"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-facts.XXXXXX")"
trap 'rm -rf "$work"' EXIT
registry="$work/registry.sqlite"

if [ -d "$corpus" ]; then
    mkdir -p "$work/out"
    for tree in "$corpus"/*/tree; do
        case_name="$(basename "$(dirname "$tree")")"
        "$rulesmith" detect "$tree" --format json --registry "$registry" > "$work/out/$case_name.json"
    done
    echo "== corpus: $corpus"
    python3 bench/facts_score.py "$corpus" "$work/out"
else
    echo "== corpus not found at $corpus: scoring skipped"
fi

command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
echo
echo "== detect on a generated 50,000-file repository (git index)"
python3 bench/facts_generate.py "$work/big" 50000
git -C "$work/big" init -q
git -C "$work/big" add -A
git -C "$work/big" -c user.name=bench -c user.email=bench@example.invalid commit -qm init
"$rulesmith" detect "$work/big" --registry "$registry" > /dev/null
hyperfine --warmup 3 --runs 20 --export-json "$work/detect.json" \
    "$rulesmith detect $work/big --format json --registry $registry" >&2
python3 - "$work/detect.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
print(f"detect, 50,000 files: mean {result['mean'] * 1000:.0f} ms, max {result['max'] * 1000:.0f} ms wall   (goal under 300 ms)")
PY
# Wall time swings with the machine's load; CPU time (perf task-clock) does not.
if command -v perf >/dev/null; then
    echo "detect, 50,000 files: $(bench/cpu.sh -n 9 "$rulesmith" detect "$work/big" --format json --registry "$registry")   (goal under 300 ms)"
fi
