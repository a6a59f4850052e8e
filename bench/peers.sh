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
echo "$venv/bin"
