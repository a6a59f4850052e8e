#!/usr/bin/env bash
# Peak memory of `rulesmith lint` on generated floods, beside the goal of three times the file
# (SECURITY.md guarantee 10): per-line findings (`## ` lines), an llms.txt whose links repeat,
# alternating NBSP text, a rules file of links, NULs, and irregular floods of short lines whose
# lengths vary (random with a fixed seed, so chunks of them are not one steady progression):
# `## ` headings, `# ` headings, link-less list items and relative links. Prints, per input, its size, the peak
# resident set (GNU time's "Maximum resident set size"), the baseline (the same binary linting
# an empty llms.txt), (peak - baseline) / size, and the wall time.
#   bench/memory.sh [BINARY]        (default: .build/release/rulesmith)
# RULESMITH_MEMORY_SCALE=N divides every size by N (a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/rulesmith}"
[ -x "$binary" ] || { echo "bench/memory.sh: no binary at $binary (make release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/memory.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
scale="${RULESMITH_MEMORY_SCALE:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$scale" <<'PY'
import os, sys
out, scale = sys.argv[1], int(sys.argv[2])
def write(name, data):
    os.makedirs(os.path.dirname(os.path.join(out, name)), exist_ok=True)
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
mb = 1 << 20
write("headings/llms.txt", b"## \n" * (8 * mb // 4 // scale))
header = b"# Project\n\n> Summary.\n\n## Docs\n\n"
lines = []
size, n = len(header), 0
while size < 100 * mb // scale:
    line = b"- [Document %d](https://example.com/docs/document-%d.md): notes about document %d and what it covers\n" % (n, n % 1000, n)
    lines.append(line)
    size += len(line)
    n += 1
write("links/llms.txt", header + b"".join(lines))
write("nbsp/llms.txt", "a\u00a0".encode() * (8 * mb // 3 // scale))
write("rf003/AGENTS.md", b"[a](b)" * ((4 * mb - 16) // 6 // scale))
write("nul/llms.txt", b"\0" * (8 * mb // scale))
write("empty/llms.txt", b"")
import random
rng = random.Random(14)
def word():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 6))).encode()
def flood(name, head, line, size):
    parts, total = [head], len(head)
    while total < size:
        parts.append(line())
        total += len(parts[-1])
    write(name, b"".join(parts))
section = b"# Project\n\n## Docs\n\n"
flood("varied-headings/llms.txt", b"", lambda: b"## " + word() + b"\n", 8 * mb // scale)
flood("h1/llms.txt", b"", lambda: b"# " + word() + b"\n", 8 * mb // scale)
flood("items/llms.txt", section, lambda: b"- " + word() + b"\n", 8 * mb // scale)
flood("relative/llms.txt", section, lambda: b"- [" + word() + b"](" + word() + b".md)\n", 8 * mb // scale)
PY

measure() { # file → "peak-KB seconds"
    /usr/bin/time -f "%M %e" -o "$work/time" "$binary" lint --format json "$1" > /dev/null 2>&1 || true
    tail -1 "$work/time"
}
read -r baseline _ < <(measure "$work/empty/llms.txt")
echo "binary: $binary; baseline (empty llms.txt): $baseline KB; goal: peak - baseline <= 3 x file"
printf '%-52s %12s %11s %8s %5s %8s\n' input bytes peak-KB ratio goal seconds
row() { # label, file
    local size peak seconds
    size=$(stat -c %s "$2")
    read -r peak seconds < <(measure "$2")
    awk -v label="$1" -v size="$size" -v peak="$peak" -v base="$baseline" -v seconds="$seconds" 'BEGIN {
        ratio = (peak - base) * 1024 / size
        printf "%-52s %12d %11d %8.2f %5s %8s\n", label, size, peak, ratio, (ratio <= 3 ? "ok" : "OVER"), seconds }'
}
row "'## ' lines, llms.txt (a finding per line)" "$work/headings/llms.txt"
row "repeated links, llms.txt (LT054 on almost every line)" "$work/links/llms.txt"
row "'a' + NBSP alternating, llms.txt" "$work/nbsp/llms.txt"
row "'[a](b)' repeated, AGENTS.md (RF003 on each link)" "$work/rf003/AGENTS.md"
row "NULs, llms.txt (every byte a finding)" "$work/nul/llms.txt"
row "'## ' + 1-6 random letters, llms.txt (varied headings)" "$work/varied-headings/llms.txt"
row "'# ' + 1-6 random letters, llms.txt (H1 on every line)" "$work/h1/llms.txt"
row "'- ' + 1-6 random letters, llms.txt (link-less items)" "$work/items/llms.txt"
row "'- [w](w.md)', random words, llms.txt (relative links)" "$work/relative/llms.txt"
