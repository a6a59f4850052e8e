#!/usr/bin/env bash
# Two rulesmith builds must report exactly the same: runs both over every input of the fuzz
# corpora (fuzz/out/*/corpus after `fuzz/run.sh`, else fuzz/seeds), the shared corpus and 600
# generated llms.txt layouts, under several kinds, and compares the JSON reports and exit
# statuses batch by batch.
#   bench/equivalence.sh OLD_BINARY NEW_BINARY
# A speed change that alters a single finding, position or message shows up as a differing batch
# (its file list is kept in the printed path).
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: bench/equivalence.sh OLD_BINARY NEW_BINARY" >&2; exit 2; }
old="$1"
new="$2"
cd "$(dirname "$0")/.."
corpus="${RULESMITH_CORPUS:-$(pwd)/../shared/corpus}"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-equivalence.XXXXXX")"

inputs() { # the folder of one fuzz target's inputs
    if [ -d "fuzz/out/$1/corpus" ]; then echo "fuzz/out/$1/corpus"; else echo "fuzz/seeds/$1"; fi
}

checked=0
differing=0
compare() { # kind, folder
    local kind="$1" folder="$2"
    [ -d "$folder" ] || return 0
    find "$folder" -type f | sort | split -l 300 - "$work/batch-"
    for batch in "$work"/batch-*; do
        mapfile -t files < "$batch"
        "$old" lint --format json --kind "$kind" "${files[@]}" > "$work/old.json" 2>/dev/null
        local old_status=$?
        "$new" lint --format json --kind "$kind" "${files[@]}" > "$work/new.json" 2>/dev/null
        local new_status=$?
        checked=$((checked + ${#files[@]}))
        if [ "$old_status" != "$new_status" ] || ! cmp -s "$work/old.json" "$work/new.json"; then
            differing=$((differing + 1))
            kept="$work/differs-$kind-$(basename "$batch")"
            cp "$batch" "$kept"
            echo "differs ($kind, exit $old_status/$new_status): files listed in $kept"
        fi
        rm -f "$batch"
    done
}

compare llms-txt "$(inputs markdown)"
compare llms-txt "$(inputs security)"
compare claude-md "$(inputs markdown)"
compare agents-md "$(inputs security)"
compare cursor-mdc "$(inputs frontmatter)"
compare llms-txt "$corpus/llms-txt"
# Hostile llms.txt layouts (a fixed seed): every kind of line the llms.txt rules tell apart,
# shuffled, so that a change to the llms.txt structure meets sections, items and headings in
# every order (600 files).
python3 - "$work/layouts" <<'PY'
import os, random, sys
random.seed(14)
parts = ["# Title\n", "#Title\n", "## Docs\n", "##Docs\n", "## \n", "### Sub\n", "## Optional\n", "> Summary\n", "\n",
         "- [a](https://x.dev/a.md): notes\n", "- [a](https://x.dev/a.md)\n", "* [b](http://x.dev/b)\n", "+ [c](ftp://c)\n",
         "1. [d](d.md)\n", "2) [e](mailto:e)\n", "- [a b](u v)\n", "- ![img](i.png)\n", "- [](empty)\n", "- text only\n", "-\n",
         "  - [nested](https://n.dev/n.md)\n", "    - [deeper](x)\n", "  wrapped line\n", "  : colon notes\n", "    code\n", "```\n",
         "~~~\n", "<div>\n", "</div>\n", "Title\n===\n", "Sec\n---\n", "text [link](https://p.dev) more\n", "User-agent: *\n",
         "---\n", "> - [q](https://q.dev)\n", "\u00a0- [nb](u)\n", "- [a](<https://x.dev/a b.md>)\n", "- [t](https://x.dev \"t\")\n",
         "<!DOCTYPE html>\n", "{{ placeholder }}\n", "\ufeff# BOM\n", "- [a](https://x.dev/a.md) - dash notes\n", "\t- [tab](u)\n",
         "[ref]: https://r.dev\n", "- [r][ref]\n", "- <https://auto.dev>\n", "\r\n", "## Docs\r\n- [cr](u)\r\n"]
os.makedirs(sys.argv[1])
for n in range(600):
    text = "".join(random.choice(parts) for _ in range(random.randint(1, 60)))
    with open(os.path.join(sys.argv[1], "%04d-llms.txt" % n), "w", newline="") as f:
        f.write(("# T\n\n> S\n\n" if n % 3 == 0 else "") + text)
PY
compare llms-txt "$work/layouts"
compare agents-md "$corpus/rules"

echo "$checked file runs compared, $differing differing batches"
[ "$differing" -eq 0 ] && rm -rf "$work"
[ "$differing" -eq 0 ]
