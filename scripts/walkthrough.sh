#!/usr/bin/env bash
# A team lead's first hour, end to end, on sample repositories made in a temp folder:
#   1. a team template repository (pushed to a bare remote) and `registry pull`;
#   2. a service with hand-written rules (AGENTS.md over Codex's 32 KiB, CLAUDE.md a link to it,
#      a .cursor/rules/*.mdc): `init` refuses to grow AGENTS.md and says what to decide, then
#      `init --adopt-existing` takes the hand-written text in as overlays;
#   3. a monorepo: detected stacks plus the team stack (`--stack auto,acme-platform`);
#   4. the team changes a rule: a sync manifest, `sync --dry-run`, `sync`, the sync branches merged;
#   5. `check` passes in every repository.
# Usage: scripts/walkthrough.sh BINARY   (make demo runs it after scripts/demo.sh)
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-walkthrough.XXXXXX")"
export RULESMITH_REGISTRY="$work/registry.sqlite"     # a throwaway registry, seeded on first use
export GIT_AUTHOR_NAME="Team Lead" GIT_AUTHOR_EMAIL="lead@example.com"
export GIT_COMMITTER_NAME="Team Lead" GIT_COMMITTER_EMAIL="lead@example.com"
unset GIT_CONFIG_GLOBAL XDG_CONFIG_HOME
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME"
git config --global user.name "Team Lead"
git config --global user.email "lead@example.com"
git config --global init.defaultBranch main

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
    step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
    step() { printf '\n== %s\n' "$*"; }
fi
rulesmith() { "$binary" "$@"; }

step "1. the team template repository (bare remote $work/templates.git)"
mkdir -p "$work/templates/Templates/acme-platform"
cd "$work/templates"
git init -q .
cat > Templates/acme-platform/stack.yml <<'YAML'
id: acme-platform
title: Acme platform conventions
description: What every Acme service agrees on
category: base
tags: [acme]
YAML
cat > Templates/acme-platform/acme-releases.md <<'MD'
---
description: How Acme services are released
alwaysApply: true
essential: true
---
# Releases

- Tag releases as `vMAJOR.MINOR.PATCH`; the release pipeline publishes only tagged commits.
MD
git add -A && git commit -qm "acme-platform stack"
git clone -q --bare . "$work/templates.git"
rulesmith registry pull "$work/templates.git"
rulesmith registry list --tag acme

step "2. a service with hand-written rules: AGENTS.md (over 32 KiB), CLAUDE.md -> AGENTS.md, .cursor/rules/style.mdc"
mkdir -p "$work/legacy-service/.cursor/rules"
cd "$work/legacy-service"
git init -q .
printf 'module example.com/legacy\n\ngo 1.24\n' > go.mod
printf 'package main\n\nfunc main() {}\n' > main.go
{
    printf '# Legacy service\n\nHow we work on this service.\n\n'
    for i in $(seq 1 420); do printf -- '- Note %03d: handlers in internal/api keep request parsing and validation apart.\n' "$i"; done
} > AGENTS.md
ln -s AGENTS.md CLAUDE.md
cat > .cursor/rules/style.mdc <<'MDC'
---
description: House style for Go code
globs: **/*.go
alwaysApply: false
---
- Name test helpers `mustX` when they fail the test on error.
MDC
git add -A && git commit -qm "Legacy service with hand-written rules"

step "rulesmith init --dry-run (AGENTS.md would grow past Codex's budget: init says what to decide)"
rulesmith init --dry-run --stack auto,acme-platform --targets agents,claude,cursor | sed '/^--- /,$d'   # the plan; the diffs cut
if rulesmith init --yes --stack auto,acme-platform --targets agents,claude,cursor; then
    echo "init should have refused to grow AGENTS.md" >&2; exit 1
fi

step "rulesmith init --yes --adopt-existing --commit (the hand-written text becomes overlays)"
rulesmith init --yes --adopt-existing --commit --stack auto,acme-platform --targets agents,claude,cursor
git log --oneline | head -2
ls .rulesmith/overlays
rulesmith check

step "3. a monorepo: detected stacks plus the team stack"
mkdir -p "$work/monorepo/web" "$work/monorepo/api"
cd "$work/monorepo"
git init -q .
printf '{\n  "name": "web",\n  "scripts": {"test": "vitest run"},\n  "devDependencies": {"typescript": "5.6.0"}\n}\n' > web/package.json
printf '{}\n' > web/tsconfig.json
printf 'module example.com/api\n\ngo 1.24\n' > api/go.mod
printf 'package api\n' > api/api.go
printf '# Acme monorepo\n\nThe web front end and the API.\n' > README.md
git add -A && git commit -qm "Monorepo"
rulesmith detect
rulesmith init --yes --commit --stack auto,acme-platform
rulesmith check

step "4. the team changes a rule; the fleet gets it with sync"
# Each repository is pushed to a bare remote, as on a git server; sync pushes its branch there.
for repo in legacy-service monorepo; do
    git clone -q --bare "$work/$repo" "$work/remotes/$repo.git"
    git -C "$work/$repo" remote add origin "$work/remotes/$repo.git"
    git -C "$work/$repo" fetch -q origin
done
cd "$work/templates"
cat >> Templates/acme-platform/acme-releases.md <<'MD'
- Every release has a CHANGELOG.md entry written for users.
MD
git commit -qam "acme-platform: changelog entries" && git push -q "$work/templates.git" HEAD:main
cat > "$work/rulesmith-sync.yml" <<YAML
version: 1
registry:
  source: $work/templates.git
defaults:
  stacks: [auto, acme-platform]
branch: rulesmith/sync
repositories:
  - path: remotes/legacy-service.git
    name: legacy-service
  - path: remotes/monorepo.git
    name: monorepo
YAML
cd "$work"
rulesmith sync rulesmith-sync.yml --dry-run --registry "$RULESMITH_REGISTRY" --cache "$work/cache" | grep -v '^[-+@ ]' | tail -4
rulesmith sync rulesmith-sync.yml --registry "$RULESMITH_REGISTRY" --cache "$work/cache"

step "5. the sync branches merged (as their pull requests would be); check passes everywhere"
for repo in legacy-service monorepo; do
    cd "$work/$repo"
    git fetch -q origin
    git merge -q --ff-only origin/rulesmith/sync
    printf '%s: ' "$repo"
    rulesmith check >/dev/null && echo "check passes"
    grep -q "CHANGELOG.md entry" AGENTS.md
done

step "done: explore $work"
