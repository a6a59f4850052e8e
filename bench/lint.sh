#!/usr/bin/env bash
# rulesmith lint side by side with its peers (hyperfine), printing ratios.
#   llms.txt: the reference parser (PyPI llms-txt 0.0.7, parse_llms_file) and llms-txt-audit on a
#   50,000-link file, a 120 KB adversarial line, the corpus; `wc -l` on a 100 MB file; the 100 MB
#   file beside one of the same size whose links repeat (a million findings) in json, text, sarif.
#   rules files: agent-rules-lint and agnix (PyPI) on the whole rules corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="${RULESMITH_CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || { echo "bench: no shared corpus at $corpus (it sits beside the repository, or set RULESMITH_CORPUS)" >&2; exit 2; }
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
# cmark-gfm only parses (cmark_parse_document through PyPI cmarkgfm's C binding, no HTML), so the
# ratio compares a full lint with a bare CommonMark parse of the same 100 MB.
big_cmds=(-n rulesmith "$rulesmith lint --format json $work/big-100mb.txt --kind llms-txt" -n wc "wc -l $work/big-100mb.txt")
# The C library sits in cmarkgfm._cmark (2022 and later) or cmarkgfm.cmark (older releases). The
# command is run once first: hyperfine's -i would time a failing import as a fast parser.
cmark_parse="import sys
try: from cmarkgfm._cmark import lib
except ImportError: from cmarkgfm.cmark import lib
d = open(sys.argv[1], 'rb').read()
assert lib.cmark_parse_document(d, len(d), 0)"
if "$peers/python" -c "$cmark_parse" "$work/adversarial.txt"; then
    big_cmds+=(-n cmark-gfm "$peers/python -c \"$cmark_parse\" $work/big-100mb.txt")
else
    echo "bench: PyPI cmarkgfm is absent or its C parser cannot be reached (pip install cmarkgfm); skipping the cmark-gfm comparison" >&2
fi
run big100mb --runs 3 "${big_cmds[@]}"
# A million findings: the 100 MB llms.txt whose links repeat (~980,000 LT054 warnings) in each
# output format, beside the clean 100 MB file (goal: at most 2x its time).
run findings --runs 3 \
    -n rulesmith "$rulesmith lint --format json $work/big-100mb.txt --kind llms-txt" \
    -n "repeats json" "$rulesmith lint --format json $work/repeats-100mb.txt --kind llms-txt" \
    -n "repeats text" "$rulesmith lint --format text $work/repeats-100mb.txt --kind llms-txt" \
    -n "repeats sarif" "$rulesmith lint --format sarif $work/repeats-100mb.txt --kind llms-txt"
run llmscorpus --min-runs 5 \
    -n rulesmith "$rulesmith lint --format json --kind llms-txt $corpus/llms-txt/*llms.txt" \
    -n reference "$reference_corpus" \
    -n llms-txt-audit "$audit_corpus"
rules_cmds=(-n rulesmith "$rulesmith lint --format json $work/rules-tree" -n agent-rules-lint "$peers/agent-rules-lint --format json $work/rules-tree")
[ -x "$peers/agnix" ] && rules_cmds+=(-n agnix "$peers/agnix $work/rules-tree")
run rulescorpus --min-runs 5 "${rules_cmds[@]}"

# Agent files: the agents corpus (skills, agents, prompt files, MCP and hook configurations) in
# place, and a repository of 500 skills against the same 500 bodies as Claude rules files (the
# goal: skills cost at most twice as much).
bench/agent-trees.sh "$work"
run agentscorpus --min-runs 5 -n rulesmith "sh -c 'cd $corpus/agents && $rulesmith lint --format json . >/dev/null; true'"
run skills500 --min-runs 5 \
    -n rulesmith "sh -c '$rulesmith lint --format json $work/skills-500 >/dev/null; true'" \
    -n rules500 "sh -c '$rulesmith lint --format json $work/rules-500 >/dev/null; true'"

python3 - "$results" <<'PY'
import json, os, sys
results = sys.argv[1]
print()
# The goal beside each peer's figure (issue 20): what is kept, what is new, what was withdrawn.
goals = {
    ("links50k", "reference"): "goal: at least 10x (kept)",
    ("adversarial", "reference"): "goal: at least 100x (kept)",
    ("big100mb", "wc"): "within 10x of wc -l: withdrawn",
    ("big100mb", "cmark-gfm"): "goal: at least 3x (kept)",
    ("llmscorpus", "reference"): "goal: faster",
    ("rulescorpus", "agent-rules-lint"): "5x goal withdrawn (start-up dominated)",
    ("skills500", "rules500"): "goal: at least 0.50x (skills within 2x)",
}
print(f"{'benchmark':<14} {'tool':<18} {'mean':>10} {'ratio':>10}   goal")
for name in ["links50k", "adversarial", "big100mb", "findings", "llmscorpus", "rulescorpus", "agentscorpus", "skills500"]:
    data = json.load(open(os.path.join(results, name + ".json")))["results"]
    base = next(r for r in data if r["command"] == "rulesmith")["mean"]
    for r in data:
        ratio = r["mean"] / base
        label = "1.00" if r["command"] == "rulesmith" else f"{ratio:.2f}x"
        print(f"{name:<14} {r['command']:<18} {r['mean']*1000:>8.1f}ms {label:>10}   {goals.get((name, r['command']), '')}")
print("\nratio = the tool's mean time / rulesmith's (above 1: rulesmith is faster; for skills500, rules500 below 0.50x misses the 2x goal).")
findings = json.load(open(os.path.join(results, "findings.json")))["results"]
clean = next(r for r in findings if r["command"] == "rulesmith")["mean"]
for r in findings:
    if r["command"] != "rulesmith":
        ratio = r["mean"] / clean
        print(f"findings: {r['command']:<14} {ratio:.2f}x the clean 100 MB file (goal: at most 2x) {'ok' if ratio <= 2 else 'OVER'}")
PY

# --- llms ctx: the 50,000-link file expanded, every link served from loopback --------------------
# rulesmith (`llms ctx --fetch`) and the reference `llms_txt2ctx` read the same llms.txt, whose
# links are absolute URLs on a loopback HTTP server holding 50,000 generated documents. rulesmith
# reading the same documents as local files (relative links) is shown for scale.
# The reference needs about half an hour here; BENCH_CTX=0 skips this part.
[ "${BENCH_CTX:-1}" = 0 ] && exit 0
ctx="$work/ctx"
mkdir -p "$ctx"
python3 - "$ctx" "$work/links-50k.txt" <<'PY'
import os, sys
root, source = sys.argv[1], sys.argv[2]
for s in range(50):
    folder = os.path.join(root, "docs", f"section-{s}")
    os.makedirs(folder, exist_ok=True)
    for i in range(1000):
        n = s * 1000 + i
        with open(os.path.join(folder, f"document-{n}.md"), "w") as f:
            f.write(f"# Document {n}\n\nDocument {n} of section {s}: a few lines of Markdown.\n\n"
                    f"- one\n- two\n\n```\nif a < b && c > d: pass\n```\n")
with open(os.path.join(root, "extra.md"), "w") as f:
    f.write("# Extra\n")
text = open(source).read()
open(os.path.join(root, "llms-local.txt"), "w").write(text.replace("https://example.com/", ""))
open(os.path.join(root, "llms-http.template"), "w").write(text.replace("https://example.com/", "http://127.0.0.1:PORT/"))
PY
# A threading server with a deep accept queue (http.server's default of 5 refuses bursts).
python3 -c '
import http.server, os, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
os.chdir(sys.argv[1])
server = Server(("127.0.0.1", 0), Handler)
open("port", "w").write(str(server.server_address[1]))
server.serve_forever()
' "$ctx" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$ctx/port" ] && break; sleep 0.1; done
port="$(cat "$ctx/port")"
sed "s/PORT/$port/g" "$ctx/llms-http.template" > "$ctx/llms-http.txt"
# The reference takes minutes here (a new httpx client per link), so each tool is timed over a
# few plain runs (the reference once) rather than through hyperfine; outputs are kept and checked.
timed() { # name, runs, output file, command...
    local name="$1" runs="$2" out="$3"; shift 3
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        ( cd "$work" && "$@" > "$out" 2>/dev/null ) || true
        end=$(date +%s%N)
        printf '%s\t%s\n' "$name" "$(( (end - start) / 1000000 ))" >> "$results/ctx-times.tsv"
    done
}
timed rulesmith 3 "$results/ctx-rulesmith.xml" "$rulesmith" llms ctx "$ctx/llms-http.txt" --fetch
timed reference "${CTX_REFERENCE_RUNS:-1}" "$results/ctx-reference.xml" "$peers/llms_txt2ctx" "$ctx/llms-http.txt"
timed "rulesmith (files)" 3 "$results/ctx-files.xml" "$rulesmith" llms ctx "$ctx/llms-local.txt"
python3 - "$results" <<'PY'
import os, statistics, sys
results = sys.argv[1]
def docs(name):
    text = open(os.path.join(results, name), errors="replace").read()
    return text.count("<doc "), text.count(' error="')
print()
for name in ["ctx-rulesmith.xml", "ctx-reference.xml", "ctx-files.xml"]:
    count, errors = docs(name)
    print(f"{name:<20} {count} <doc> elements, {errors} error entries")
times = {}
for line in open(os.path.join(results, "ctx-times.tsv")):
    name, ms = line.rstrip("\n").split("\t")
    times.setdefault(name, []).append(int(ms))
base = statistics.median(times["rulesmith"])
print(f"\n{'benchmark':<14} {'tool':<18} {'median':>10} {'runs':>5} {'ratio':>10}")
for name, values in times.items():
    median = statistics.median(values)
    label = "1.00" if name == "rulesmith" else f"{median / base:.2f}x"
    print(f"{'ctx50k':<14} {name:<18} {median:>8.0f}ms {len(values):>5} {label:>10}")
print("\nratio = the tool's median time / rulesmith's over HTTP (above 1: rulesmith is faster).")
PY
