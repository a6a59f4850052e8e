#!/usr/bin/env bash
# Installs what building and testing rulesmith needs on a fresh Debian/Ubuntu machine:
# libgit2's headers and library (the git module compiles against the headers and loads the library
# on first use), git and sqlite3 (tests check repositories and databases with them) and the
# pre-commit framework (hook tests); util-linux's `script` (bsdutils: the README test answers
# prompts through a terminal). libcurl is not linked: `llms ctx --fetch` loads it when it runs.
set -euo pipefail

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
[ -f /usr/include/git2.h ] || missing+=(libgit2-dev)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v pre-commit >/dev/null 2>&1; then
    echo "setup: installing pre-commit (used by the hook tests)" >&2
    python3 -m pip install --quiet pre-commit >/dev/null 2>&1 || pip install --quiet pre-commit >/dev/null
fi
