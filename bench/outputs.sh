#!/usr/bin/env bash
# Writes every lint output the benchmarks and corpora produce into a folder, so that two builds
# can be compared byte for byte (`diff -r`) after a performance change.
#   bench/outputs.sh RULESMITH INPUTS OUT   INPUTS: the folder bench/generate.py wrote
set -uo pipefail
rulesmith="$1"
inputs="$2"
out="$3"
corpus="${RULESMITH_CORPUS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus}"
[ -d "$corpus" ] || { echo "bench: no shared corpus at $corpus (it sits beside the repository, or set RULESMITH_CORPUS)" >&2; exit 2; }
mkdir -p "$out"
run() { # name, then arguments
    local name="$1"; shift
    "$rulesmith" lint "$@" >"$out/$name" 2>&1
    echo "exit $?" >>"$out/$name"
}
for format in json text sarif github; do
    run "links50k.$format" --format "$format" "$inputs/links-50k.txt" --kind llms-txt
    run "adversarial.$format" --format "$format" "$inputs/adversarial.txt" --kind llms-txt
    # Corpus file names do not classify (owner__repo__name), so they are listed with their kind.
    run "llms-corpus.$format" --format "$format" --kind llms-txt "$corpus"/llms-txt/*llms.txt
    for pair in agents_md:agents-md claude_md:claude-md clinerules:cline copilot:copilot-instructions \
        cursorrules:cursorrules llms_txt:llms-txt mdc:cursor-mdc windsurfrules:windsurf; do
        run "rules-corpus-${pair%%:*}.$format" --format "$format" --kind "${pair#*:}" "$corpus/rules/${pair%%:*}"/*
    done
    (cd "$inputs" && run "rules-tree.$format" --format "$format" rules-tree)
done
for format in json text; do
    run "big100mb.$format" --format "$format" "$inputs/big-100mb.txt" --kind llms-txt
done
