#!/usr/bin/env bash
# Two rulesmith builds must report exactly the same: runs both over every input of the fuzz
# corpora (fuzz/out/*/corpus after `fuzz/run.sh`, else fuzz/seeds) and the shared corpus, under
# several kinds, and compares the JSON reports and exit statuses batch by batch.
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
compare agents-md "$corpus/rules"

echo "$checked file runs compared, $differing differing batches"
[ "$differing" -eq 0 ] && rm -rf "$work"
[ "$differing" -eq 0 ]
