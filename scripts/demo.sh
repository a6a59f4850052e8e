#!/usr/bin/env bash
# The README's first command: bootstrap a sample repository with rulesmith and lint it.
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
sample="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-demo.XXXXXX")"
cd "$sample"

git init -q .
cat > llms.txt <<'LLMS'
# Demo project

> A sample repository that rulesmith lints.

## Docs

- [Guide](https://example.com/guide.md): how to use it
- [API](https://example.com/api.md) the API reference
LLMS

echo "== rulesmith lint (sample repository in $sample)"
"$binary" lint . || true
echo
echo "== rulesmith lint --fix"
"$binary" lint --fix . || true
echo
echo "== llms.txt after --fix"
cat llms.txt
