#!/usr/bin/env bash
# Creates bench/.venv with the peer tools from PyPI (once) and prints its bin folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/llms-txt-audit" ] || [ ! -x "$venv/bin/agent-rules-lint" ]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet llms-txt==0.0.7 llms-txt-audit agent-rules-lint >&2
    "$venv/bin/pip" install --quiet agnix >&2 || echo "bench: agnix did not install from PyPI; skipping it" >&2
fi
# cmark-gfm (GitHub's C CommonMark parser) through its PyPI binding, for the 100 MB comparison;
# optional: bench/lint.sh skips the row with a message when it is absent.
if ! "$venv/bin/python" -c 'import cmarkgfm' 2>/dev/null; then
    "$venv/bin/pip" install --quiet cmarkgfm >&2 || echo "bench: cmarkgfm did not install from PyPI; skipping cmark-gfm" >&2
fi
echo "$venv/bin"
