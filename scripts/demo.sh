#!/usr/bin/env bash
# The README's first command: bootstrap a sample repository with rulesmith's built-in templates,
# lint it, edit a generated file and see rulesmith keep the edit.
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
sample="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-demo.XXXXXX")"
export RULESMITH_REGISTRY="$sample/registry.sqlite"   # a throwaway registry, seeded on first use
repo="$sample/acme-api"
mkdir -p "$repo/Sources/AcmeAPI"
cd "$repo"

git init -q -b main .
git config user.name "rulesmith demo"
git config user.email "demo@example.com"
cat > Package.swift <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(name: "AcmeAPI", targets: [.target(name: "AcmeAPI")])
SWIFT
echo 'public struct AcmeAPI {}' > Sources/AcmeAPI/AcmeAPI.swift
cat > README.md <<'MD'
# Acme API

The Acme API client library, a Swift package.
MD
git add -A && git commit -qm "Sample Swift package"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
    step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
    step() { printf '\n== %s\n' "$*"; }
fi

step "rulesmith detect (sample repository in $repo)"
"$binary" detect

step "rulesmith init --yes --commit"
"$binary" init --yes --commit --var project_name="Acme API"
git log --oneline | head -3
git show --stat --format="%h %s" HEAD

step "rulesmith lint"
"$binary" lint

step "a hand edit to AGENTS.md, then rulesmith status"
printf '\n## Local\n\n- Release notes live in CHANGELOG.md.\n' >> AGENTS.md
"$binary" status

step "rulesmith apply (the edit is kept)"
"$binary" apply
tail -4 AGENTS.md

step "rulesmith adopt AGENTS.md (the edit becomes an overlay rule for every editor), then check"
"$binary" adopt AGENTS.md
"$binary" check && echo "check: every generated file is up to date"

step "done: explore $repo"
