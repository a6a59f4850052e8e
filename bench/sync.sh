#!/usr/bin/env bash
# bench/sync.sh — `rulesmith sync --jobs 2` against a shell loop doing the same with the git CLI
# (clone, write the generated files, add, commit, push), over N local repositories behind bare
# remotes; then the second, no-op run of each; then peak memory at 50 and at N repositories.
# Prints times, peak RSS and the ratios. Goals: sync ≥ 3x faster than the git loop; the no-op
# re-run < 20% of the first run; peak RSS flat in the number of repositories.
#
#   bench/sync.sh            # N=200
#   N=100 bench/sync.sh      # RULESMITH=path/to/rulesmith skips the release build
set -euo pipefail

N=${N:-200}
SMALL=${SMALL:-50}
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${RULESMITH:-}" ]]; then
  swift build -c release --package-path "$here" --scratch-path "$here/.build-bench" --product rulesmith >/dev/null
  RULESMITH="$here/.build-bench/release/rulesmith"
fi
root=$(mktemp -d "${TMPDIR:-/tmp}/rulesmith-bench-sync.XXXXXX")
trap 'rm -rf "$root"' EXIT

# Isolated git and rulesmith state: nothing of the machine's config or caches is read or written.
export HOME="$root/home" XDG_CACHE_HOME="$root/xdg-cache" XDG_CONFIG_HOME="$root/home/.config"
export GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0 RULESMITH_REGISTRY="$root/registry/registry.sqlite"
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global user.name Bench
git config --global user.email bench@example.com

# A team template repository with two stacks.
t="$root/templates"
mkdir -p "$t/base" "$t/swift"
printf 'id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n' >"$t/base/stack.yml"
printf -- '---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- One change per commit.\n- Write the why in the body.\n' >"$t/base/commits.md"
printf 'id: swift\ntitle: Swift\ndescription: Swift packages.\ncategory: language\nextends: [base]\n' >"$t/swift/stack.yml"
printf -- '---\ndescription: Swift\nalwaysApply: true\n---\n# Swift\n\n- Swift 6 language mode, strict concurrency.\n- No force unwraps outside tests.\n' >"$t/swift/style.md"
git -C "$t" init -q && git -C "$t" add -A && git -C "$t" commit -qm templates

# One seed repository, cloned bare N times per fleet (identical content, distinct remotes).
seed="$root/seed"
mkdir -p "$seed/Sources/App"
printf '// swift-tools-version:6.0\n' >"$seed/Package.swift"
printf 'print("hi")\n' >"$seed/Sources/App/main.swift"
printf '# App\n' >"$seed/README.md"
git -C "$seed" init -q && git -C "$seed" add -A && git -C "$seed" commit -qm initial

fleet() { # fleet NAME COUNT -> remotes under $root/NAME, manifest $root/NAME.yml
  local name=$1 count=$2
  mkdir -p "$root/$name"
  printf 'registry:\n  source: %s\ndefaults:\n  stacks: [swift]\n  targets: [agents, claude, cursor]\nrepositories:\n' "$t" >"$root/$name.yml"
  for i in $(seq -w 1 "$count"); do
    git clone -q --bare "$seed" "$root/$name/r$i.git"
    printf '  - path: %s/r%s.git\n' "$name" "$i" >>"$root/$name.yml"
  done
}

now() { date +%s.%N; }
# timed LABEL COMMAND...: wall seconds into $secs, peak RSS (KB) into $rss
timed() {
  local start end
  start=$(now)
  /usr/bin/time -f '%M' -o "$root/time.out" "$@" >"$root/last.out" 2>"$root/last.err" || {
    local code=$?
    [[ $code -eq 1 ]] || { echo "failed ($code): $*" >&2; cat "$root/last.err" >&2; exit 1; }
  }
  end=$(now)
  secs=$(echo "$end - $start" | bc -l)
  rss=$(tail -1 "$root/time.out")
}

echo "preparing $N + $N + $SMALL repositories ..."
fleet sync "$N"
fleet loop "$N"
fleet small "$SMALL"

timed "$RULESMITH" sync "$root/sync.yml" --jobs 2 --cache "$root/cache"
first=$secs first_rss=$rss
grep -q " $N updated" "$root/last.out" || { echo "sync did not update every repository:" >&2; tail -3 "$root/last.out" >&2; exit 1; }
timed "$RULESMITH" sync "$root/sync.yml" --jobs 2 --cache "$root/cache"
noop=$secs
grep -q " $N up-to-date" "$root/last.out" || { echo "the re-run was not a no-op:" >&2; tail -3 "$root/last.out" >&2; exit 1; }

# The git loop writes exactly what sync committed.
files="$root/files"
git clone -q -b rulesmith/sync "$root/sync/r$(printf '%0*d' ${#N} 1).git" "$files"
rm -rf "$files/.git"
loop() { # loop: clone, write, add, commit (only when something changed), push
  local work="$root/loop-work"
  for remote in "$root"/loop/*.git; do
    rm -rf "$work"
    git clone -q "$remote" "$work"
    git -C "$work" checkout -q -B rulesmith/sync "origin/rulesmith/sync" 2>/dev/null || git -C "$work" checkout -q -b rulesmith/sync
    cp -R "$files"/. "$work"/
    git -C "$work" add -A
    if ! git -C "$work" diff --cached --quiet; then
      git -C "$work" commit -qm "rulesmith sync"
      git -C "$work" push -q origin rulesmith/sync
    fi
  done
  rm -rf "$work"
}
export -f loop; export root files
timed bash -c loop
git_first=$secs
timed bash -c loop
git_noop=$secs

timed "$RULESMITH" sync "$root/small.yml" --jobs 2 --cache "$root/cache-small"
small_rss=$rss

printf '\n%-44s %10s %12s\n' "run ($N repositories)" "seconds" "peak RSS MB"
printf '%-44s %10.2f %12.1f\n' "rulesmith sync --jobs 2 (first run)" "$first" "$(echo "$first_rss/1024" | bc -l)"
printf '%-44s %10.2f\n' "rulesmith sync --jobs 2 (no-op re-run)" "$noop"
printf '%-44s %10.2f\n' "git CLI loop (first run)" "$git_first"
printf '%-44s %10.2f\n' "git CLI loop (no-op re-run)" "$git_noop"
printf '%-44s %10s %12.1f\n' "rulesmith sync --jobs 2, $SMALL repositories" "" "$(echo "$small_rss/1024" | bc -l)"
printf '\nratios\n'
printf '  git loop / sync, first run:      %6.2fx  (goal >= 3x)\n' "$(echo "$git_first / $first" | bc -l)"
printf '  git loop / sync, no-op run:      %6.2fx\n' "$(echo "$git_noop / $noop" | bc -l)"
printf '  sync no-op / sync first run:     %6.1f%%  (goal < 20%%)\n' "$(echo "100 * $noop / $first" | bc -l)"
printf '  peak RSS %d / %d repositories:  %6.2f   (goal: flat, ~1)\n' "$N" "$SMALL" "$(echo "$first_rss / $small_rss" | bc -l)"
