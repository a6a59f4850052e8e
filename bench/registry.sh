#!/usr/bin/env bash
# Registry benchmark: import 2,000 generated templates, then 1,000 full-text searches, and compare
# the per-query cost with the sqlite3 command-line tool running the same FTS5 query on the same
# database file. A ratio close to 1 means the layer above SQLite adds next to nothing.
#
# Usage: bench/registry.sh            (from the package root; needs python3 and sqlite3)
set -euo pipefail

cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build-registry}"
STACKS=100
RULES_PER_STACK=20
QUERIES=1000
ROUNDS=3

command -v sqlite3 >/dev/null || { echo "bench/registry.sh: sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 2; }

echo "building rulesmith (release)…" >&2
swift build -c release --scratch-path "$SCRATCH" --product rulesmith >&2
BIN="$SCRATCH/release/rulesmith"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/registry.sqlite"

python3 - "$WORK" "$STACKS" "$RULES_PER_STACK" "$QUERIES" <<'PY'
import os, random, re, sys
work, stacks, rules, queries = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(7)
words = ("async await actor sendable test fixture mock coverage lint format docker image cache build "
         "deploy release branch commit review security secret token injection unicode parser schema "
         "migration index query transaction rollback logging metrics tracing error retry timeout "
         "component hook state render route server client session cookie header request response "
         "package module dependency version semver changelog license readme example tutorial").split()
root = os.path.join(work, "templates", "Templates")
for s in range(stacks):
    sid = f"stack-{s:03d}"
    os.makedirs(os.path.join(root, sid))
    tags = rng.sample(words, 3)
    with open(os.path.join(root, sid, "stack.yml"), "w") as f:
        f.write(f"id: {sid}\ntitle: {' '.join(w.capitalize() for w in tags)} stack {s}\n"
                f"description: Generated stack about {', '.join(tags)}.\ncategory: language\n"
                f"tags: [{', '.join(tags)}]\n")
    for r in range(rules):
        topic = rng.sample(words, 2)
        lines = ["- " + " ".join(rng.choice(words) for _ in range(12)) + "." for _ in range(25)]
        with open(os.path.join(root, sid, f"rule-{r:02d}.md"), "w") as f:
            f.write(f"---\ndescription: {topic[0]} and {topic[1]} conventions\nglobs: [\"src/**/*.{topic[0]}\"]\n---\n"
                    f"# {topic[0].capitalize()}\n\n" + "\n".join(lines) + "\n")
source = open("Sources/RulesmithRegistry/RegistrySearch.swift").read()
sql = re.search(r'searchSQL = """\n(.*?)\n\s*"""', source, re.S).group(1)
sql = "\n".join(line.strip() for line in sql.splitlines())
with open(os.path.join(work, "queries.txt"), "w") as text, open(os.path.join(work, "queries.sql"), "w") as lite:
    for _ in range(queries):
        q = rng.sample(words, rng.choice([1, 1, 2]))
        text.write(" ".join(q) + "\n")
        pattern = " ".join(f'"{w}"' for w in q)
        lite.write(sql.replace("MATCH ?", "MATCH '" + pattern + "'").replace("LIMIT ?", "LIMIT 20") + ";\n")
open(os.path.join(work, "empty.txt"), "w").close()
open(os.path.join(work, "empty.sql"), "w").close()
PY

now_ns() { date +%s%N; }
# best_of N CMD...: the fastest of N runs, in nanoseconds.
best_of() {
  local n=$1; shift
  local best=""
  for _ in $(seq "$n"); do
    local start end
    start=$(now_ns); "$@" >/dev/null; end=$(now_ns)
    local took=$((end - start))
    if [[ -z "$best" || $took -lt $best ]]; then best=$took; fi
  done
  echo "$best"
}

TEMPLATES=$((STACKS * RULES_PER_STACK))
"$BIN" registry list --registry "$DB" >/dev/null   # create and seed first, so the import is timed alone
start=$(now_ns)
"$BIN" registry import "$WORK/templates" --registry "$DB" >/dev/null
import_ns=$(( $(now_ns) - start ))

ours_total=$(best_of $ROUNDS "$BIN" registry search --batch "$WORK/queries.txt" --limit 20 --registry "$DB")
ours_start=$(best_of $ROUNDS "$BIN" registry search --batch "$WORK/empty.txt" --limit 20 --registry "$DB")
lite_total=$(best_of $ROUNDS sqlite3 "$DB" ".read $WORK/queries.sql")
lite_start=$(best_of $ROUNDS sqlite3 "$DB" ".read $WORK/empty.sql")

# Both tools must find the same number of hits for every query.
"$BIN" registry search --batch "$WORK/queries.txt" --limit 20 --registry "$DB" > "$WORK/ours.counts"
python3 - "$WORK" <<'PY'
import subprocess, sys
work = sys.argv[1]
ours = open(f"{work}/ours.counts").read().split()
statements = [s.strip() for s in open(f"{work}/queries.sql").read().split(";\n") if s.strip()]
theirs = []
for statement in statements[:50]:
    count = f"SELECT count(*) FROM ({statement});"
    out = subprocess.run(["sqlite3", f"{work}/registry.sqlite", count], capture_output=True, text=True).stdout
    theirs.append(out.strip())
if ours[:50] != theirs:
    print("bench/registry.sh: hit counts differ between rulesmith and sqlite3", file=sys.stderr)
    sys.exit(1)
PY

python3 - "$TEMPLATES" "$import_ns" "$QUERIES" "$ours_total" "$ours_start" "$lite_total" "$lite_start" <<'PY'
import sys
templates, import_ns, queries, ours_total, ours_start, lite_total, lite_start = map(int, sys.argv[1:])
ours = max(ours_total - ours_start, 1) / queries
lite = max(lite_total - lite_start, 1) / queries
print(f"import   {templates} templates in {import_ns / 1e9:.2f} s  ({templates / (import_ns / 1e9):,.0f} templates/s, lint and FTS indexing included)")
print(f"search   {queries} queries: rulesmith {ours_total / 1e6:.0f} ms total ({ours_start / 1e6:.0f} ms of it start-up), "
      f"sqlite3 {lite_total / 1e6:.0f} ms total ({lite_start / 1e6:.0f} ms start-up)")
print(f"per query  rulesmith {ours / 1e3:.1f} µs  ({1e9 / ours:,.0f} queries/s)   sqlite3 {lite / 1e3:.1f} µs  ({1e9 / lite:,.0f} queries/s)")
print(f"ratio    rulesmith / sqlite3 = {ours / lite:.2f}  (same FTS5 query, bm25 + snippet, LIMIT 20, same file)")
PY
