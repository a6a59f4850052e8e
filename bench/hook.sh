#!/usr/bin/env bash
# The pre-commit hook's cost: a commit of 10 staged rules files in a repository of 10,000 files.
# `rulesmith hook run` side by side with `git status` on the same repository (the goal: the hook
# costs less than twice `git status`) and with agent-rules-lint (PyPI) on the same 10 files.
#   SCRATCH=.build-x bench/hook.sh   builds into another scratch folder (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="${RULESMITH_CORPUS:-$root/../shared/corpus}"
scratch="${SCRATCH:-.build}"
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

swift build -c release --product rulesmith --scratch-path "$scratch" ${RELEASE_FLAGS---static-swift-stdlib} >&2
rulesmith="$root/$scratch/release/rulesmith"
peers="$(bench/peers.sh)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-hook-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
ten="$work/ten-files"

# 10,000 committed files in 100 folders, then 10 staged rules files of several kinds (from the
# corpus when it is there), copied at the same paths into a folder of their own for the peer.
python3 - "$repo" "$ten" "$corpus" <<'PY'
import os, shutil, sys
repo, ten, corpus = sys.argv[1:4]
for i in range(10000):
    folder = os.path.join(repo, "src", f"module{i // 100:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"file{i:05d}.swift"), "w") as f:
        f.write(f"// file {i}\nlet value{i} = {i}\n")
picks = [
    ("agents_md", "AGENTS.md"), ("claude_md", "CLAUDE.md"), ("clinerules", ".clinerules/project.md"),
    ("copilot", ".github/copilot-instructions.md"), ("cursorrules", ".cursorrules"), ("llms_txt", "llms.txt"),
    ("mdc", ".cursor/rules/general.mdc"), ("windsurfrules", ".windsurfrules"),
    ("agents_md", "services/api/AGENTS.md"), ("claude_md", "services/web/CLAUDE.md"),
]
used = {}
for kind, path in picks:
    folder = os.path.join(corpus, "rules", kind)
    names = sorted(n for n in os.listdir(folder)) if os.path.isdir(folder) else []
    index = used.get(kind, 0)
    used[kind] = index + 1
    if index < len(names):
        data = open(os.path.join(folder, names[index]), "rb").read()
    else:
        data = b"# Rules\n\n- Run the tests before committing.\n- Keep functions small.\n"
    for base in (repo, ten):
        target = os.path.join(base, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
PY
git_=(git -C "$repo" -c user.name=bench -c user.email=bench@example.com -c init.defaultBranch=main)
"${git_[@]}" init -q
"${git_[@]}" add src
"${git_[@]}" commit -qm "10,000 files"
"${git_[@]}" add -A
staged=$("${git_[@]}" diff --cached --name-only | wc -l)
echo "bench: $(git -C "$repo" ls-files | wc -l) files in the index, $staged staged" >&2
(cd "$repo" && "$rulesmith" hook run --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('bench: hook run linted', d['summary']['files'], 'files', file=sys.stderr)") || true

results="$work/hook.json"
(cd "$repo" && hyperfine --style basic -N --warmup 3 --min-runs 30 -i --export-json "$results" \
    -n "rulesmith hook run" "$rulesmith hook run" \
    -n "git status" "git status" \
    -n "agent-rules-lint (10 files)" "$peers/agent-rules-lint --format json $ten") >&2
# The fixed cost: the same repository with the ten files committed, so nothing is staged (start-up,
# libgit2, the index read and the HEAD lookup; no lint).
"${git_[@]}" commit -qm "ten rules files" --no-verify
floor="$work/floor.json"
(cd "$repo" && hyperfine --style basic -N --warmup 3 --min-runs 30 -i --export-json "$floor" \
    -n "hook run, nothing staged" "$rulesmith hook run") >&2

python3 - "$results" "$floor" <<'PY'
import json, sys
data = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
data.update({r["command"]: r for r in json.load(open(sys.argv[2]))["results"]})
hook = data["rulesmith hook run"]
def cpu(r): return r["user"] + r["system"]
print()
print(f"{'command':<30} {'mean':>9} {'median':>9} {'cpu':>9} {'/ hook (mean)':>14}")
for name, r in data.items():
    print(f"{name:<30} {r['mean']*1000:>7.1f}ms {r['median']*1000:>7.1f}ms {cpu(r)*1000:>7.1f}ms {r['mean']/hook['mean']:>13.2f}x")
status = data["git status"]
print()
print(f"hook / git status: {hook['mean']/status['mean']:.2f}x wall (mean), {hook['median']/status['median']:.2f}x wall (median), "
      f"{cpu(hook)/cpu(status):.2f}x cpu   (goal: below 2)")
empty = data["hook run, nothing staged"]
print(f"hook run with nothing staged / git status: {empty['mean']/status['mean']:.2f}x wall (mean)   (the fixed cost, no lint)")
peer = data["agent-rules-lint (10 files)"]
print(f"agent-rules-lint / hook: {peer['mean']/hook['mean']:.2f}x wall (mean)   (above 1: rulesmith is faster)")
PY
