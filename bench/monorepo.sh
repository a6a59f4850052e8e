#!/usr/bin/env bash
# A monorepo with thousands of rules files: the shared rules corpus placed again and again at its
# real repository paths (packages/pNNN/<repo>/<path>, so discovery classifies every file and
# RF005 sees nearly identical copies) in git repositories of 1,000 and 10,000 rules files.
# Times `rulesmith lint .` (RF005 on, as by default), `rulesmith hook run` with 500 staged
# rules files (from the index) and `hook run FILE...` with the same 500 (the pre-commit framework's
# way, from the work tree), and prints the peak RSS ratio between the two sizes, each figure beside its goal.
#   bench/monorepo.sh [BINARY]        (default: .build/release/rulesmith; `make release` first)
# RULESMITH_BENCH_UNIQUE=1 ends every copy with a line naming its package, so no two files are
# identical: what lint costs when nothing can be reused for an identical text (the default tree
# shows what a monorepo of generated copies costs).
# Wall times on a shared machine are noisy: the CPU column (perf task-clock through bench/cpu.sh
# when perf is there, else user+sys from GNU time) is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
binary="$(realpath "${1:-.build/release/rulesmith}")"
corpus="${RULESMITH_CORPUS:-$root/../shared/corpus}"
runs="${RULESMITH_BENCH_RUNS:-5}"
[ -x "$binary" ] || { echo "bench/monorepo.sh: no binary at $binary (make release)" >&2; exit 2; }
[ -f "$corpus/rules/SOURCES.tsv" ] || { echo "bench/monorepo.sh: no rules corpus at $corpus/rules" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/monorepo.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
# RULESMITH_BENCH_DIR=DIR keeps the generated repositories there (for a profiler).
if [ -n "${RULESMITH_BENCH_DIR:-}" ]; then
    work="$RULESMITH_BENCH_DIR"
    rm -rf "$work/monorepo-1000" "$work/monorepo-10000"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-monorepo.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
fi

# <count> rules files under <repo>: copy after copy of the corpus at its real paths, the last
# `staged` of them left out of the first commit and staged afterwards (the hook's commit).
make_tree() { # repo, count, staged
    python3 - "$corpus" "$1" "$2" "$3" "${RULESMITH_BENCH_UNIQUE:-0}" <<'PY'
import csv, os, shutil, sys
corpus, repo, count, staged = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
unique = sys.argv[5] == "1"
rows = [r for r in csv.DictReader(open(os.path.join(corpus, "rules", "SOURCES.tsv")), delimiter="\t") if r["git_mode"] != "120000"]
paths = []
copy = 0
while len(paths) < count:
    for row in rows:
        if len(paths) == count:
            break
        relative = os.path.join("packages", f"p{copy:03d}", row["repo"].replace("/", "__"), row["path"])
        target = os.path.join(repo, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(corpus, "rules", row["file"]), target)
        if unique:
            with open(target, "ab") as f:
                f.write(f"\nThese rules are package p{copy:03d}'s own copy.\n".encode())
        paths.append(relative)
    copy += 1
with open(os.path.join(repo, ".git-later"), "w") as f:
    f.write("\n".join(paths[len(paths) - staged:]) + "\n")
PY
    local git_=(git -C "$1" -c user.name=bench -c user.email=bench@example.com -c init.defaultBranch=main -c core.quotepath=off)
    "${git_[@]}" init -q
    "${git_[@]}" add -A
    "${git_[@]}" rm -q --cached --pathspec-from-file="$1/.git-later"
    "${git_[@]}" rm -q --cached .git-later
    "${git_[@]}" commit -qm "rules files"
    "${git_[@]}" add --pathspec-from-file="$1/.git-later"
    rm "$1/.git-later"
}

# Median wall ms, median CPU ms and peak RSS KB of `runs` runs of a command in a folder.
measure() { # folder, command...
    local folder="$1"
    shift
    (cd "$folder" && for _ in $(seq "$runs"); do
        { /usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null || true; } | tail -n 1
    done) | python3 -c '
import statistics, sys
rows = [line.split() for line in sys.stdin if len(line.split()) == 4]
wall = statistics.median(float(r[0]) * 1000 for r in rows)
cpu = statistics.median((float(r[1]) + float(r[2])) * 1000 for r in rows)
print(f"{wall:.0f} {cpu:.0f} {max(int(r[3]) for r in rows)}")'
}

declare -A wall cpu rss
for count in 1000 10000; do
    repo="$work/monorepo-$count"
    make_tree "$repo" "$count" 500
    echo "bench: $count rules files in $repo ($(git -C "$repo" diff --cached --name-only | wc -l) staged)" >&2
    (cd "$repo" && "$binary" lint --format json . | python3 -c "import json,sys; d=json.load(sys.stdin); print('bench: lint checked', d['summary'], file=sys.stderr)") || true
    read -r wall["lint $count"] cpu["lint $count"] rss["lint $count"] < <(measure "$repo" "$binary" lint .)
    read -r wall["hook $count"] cpu["hook $count"] rss["hook $count"] < <(measure "$repo" "$binary" hook run)
    # The pre-commit framework's hook: the staged files passed as arguments, read from the work tree.
    mapfile -t staged < <(git -C "$repo" -c core.quotepath=off diff --cached --name-only)
    read -r wall["files $count"] cpu["files $count"] rss["files $count"] < <(measure "$repo" "$binary" hook run "${staged[@]}")
    read -r wall["git $count"] cpu["git $count"] rss["git $count"] < <(measure "$repo" git status --porcelain)
done

printf '\n%-36s %9s %9s %10s   %s\n' "run ($runs each, median)" "wall" "cpu" "peak RSS" "goal"
for count in 1000 10000; do
    goal=""
    hook_goal=""
    [ "$count" = 10000 ] && goal="under 1000 ms wall, RF005 on" && hook_goal="under 1000 ms wall (issue 20: the same as lint)"
    printf '%-36s %7s ms %7s ms %7s KB   %s\n' "lint . ($count rules files)" "${wall["lint $count"]}" "${cpu["lint $count"]}" "${rss["lint $count"]}" "$goal"
    printf '%-36s %7s ms %7s ms %7s KB   %s\n' "hook run (500 staged of $count)" "${wall["hook $count"]}" "${cpu["hook $count"]}" "${rss["hook $count"]}" "$hook_goal"
    printf '%-36s %7s ms %7s ms %7s KB   %s\n' "hook run FILE... (the 500, pre-commit)" "${wall["files $count"]}" "${cpu["files $count"]}" "${rss["files $count"]}" "measured (no goal set)"
    printf '%-36s %7s ms %7s ms %7s KB\n' "git status ($count rules files)" "${wall["git $count"]}" "${cpu["git $count"]}" "${rss["git $count"]}"
done
python3 -c 'import sys; print(f"\npeak RSS of lint, 10,000 / 1,000 files: {int(sys.argv[2]) / int(sys.argv[1]):.2f}x   (goal: at most 2x)")' "${rss["lint 1000"]}" "${rss["lint 10000"]}"
python3 -c 'import sys; print(f"peak RSS of hook run (500 staged), 10,000 / 1,000 files: {int(sys.argv[2]) / int(sys.argv[1]):.2f}x   (goal: at most 2x)")' "${rss["hook 1000"]}" "${rss["hook 10000"]}"
if command -v perf >/dev/null; then
    echo
    echo "CPU time of lint on 10,000 files (bench/cpu.sh, robust to load):"
    (cd "$work/monorepo-10000" && "$root/bench/cpu.sh" -n "$runs" "$binary" lint .)
fi
