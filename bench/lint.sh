#!/usr/bin/env bash
# rulesmith lint side by side with its peers (hyperfine), printing ratios.
#   llms.txt: the reference parser (PyPI llms-txt 0.0.7, parse_llms_file) and llms-txt-audit on a
#   50,000-link file, a 120 KB adversarial line, the corpus; `wc -l` on a 100 MB file.
#   rules files: agent-rules-lint and agnix (PyPI) on the whole rules corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="${RULESMITH_CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || corpus=/work/shared/corpus
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

swift build -c release --product rulesmith ${RELEASE_FLAGS---static-swift-stdlib} >&2
rulesmith="$root/.build/release/rulesmith"
peers="$(bench/peers.sh)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$work" "$corpus"
results="$work/results"
mkdir -p "$results"

reference() { echo "$peers/python -c \"import sys; from llms_txt import parse_llms_file; parse_llms_file(open(sys.argv[1]).read())\" $1"; }
reference_corpus="$peers/python -c \"import glob,sys
from llms_txt import parse_llms_file
for p in glob.glob(sys.argv[1]+'/*llms.txt'):
    try: parse_llms_file(open(p).read())
    except Exception: pass\" $corpus/llms-txt"
audit_corpus="sh -c 'for f in $corpus/llms-txt/*llms.txt; do $peers/llms-txt-audit --json \"\$f\" >/dev/null 2>&1; done; true'"

run() { # name, then commands
    local name="$1"; shift
    hyperfine --style basic --warmup 1 -i --export-json "$results/$name.json" "$@" >&2
}

run links50k --min-runs 5 \
    -n rulesmith "$rulesmith lint --format json $work/links-50k.txt --kind llms-txt" \
    -n reference "$(reference "$work/links-50k.txt")" \
    -n llms-txt-audit "$peers/llms-txt-audit --json $work/links-50k.txt"
run adversarial --runs 3 \
    -n rulesmith "$rulesmith lint --format json $work/adversarial.txt --kind llms-txt" \
    -n reference "$(reference "$work/adversarial.txt")"
run big100mb --runs 3 \
    -n rulesmith "$rulesmith lint --format json $work/big-100mb.txt --kind llms-txt" \
    -n wc "wc -l $work/big-100mb.txt"
run llmscorpus --min-runs 5 \
    -n rulesmith "$rulesmith lint --format json $corpus/llms-txt --kind llms-txt" \
    -n reference "$reference_corpus" \
    -n llms-txt-audit "$audit_corpus"
rules_cmds=(-n rulesmith "$rulesmith lint --format json $work/rules-tree" -n agent-rules-lint "$peers/agent-rules-lint --format json $work/rules-tree")
[ -x "$peers/agnix" ] && rules_cmds+=(-n agnix "$peers/agnix $work/rules-tree")
run rulescorpus --min-runs 5 "${rules_cmds[@]}"

python3 - "$results" <<'PY'
import json, os, sys
results = sys.argv[1]
print()
print(f"{'benchmark':<14} {'tool':<18} {'mean':>10} {'ratio':>10}")
for name in ["links50k", "adversarial", "big100mb", "llmscorpus", "rulescorpus"]:
    data = json.load(open(os.path.join(results, name + ".json")))["results"]
    base = next(r for r in data if r["command"] == "rulesmith")["mean"]
    for r in data:
        ratio = r["mean"] / base
        label = "1.00" if r["command"] == "rulesmith" else f"{ratio:.2f}x"
        print(f"{name:<14} {r['command']:<18} {r['mean']*1000:>8.1f}ms {label:>10}")
print("\nratio = the tool's mean time / rulesmith's (above 1: rulesmith is faster).")
PY
