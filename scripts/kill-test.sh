#!/usr/bin/env bash
# The long crash-safety run: SIGKILLs `rulesmith apply`, `registry import` and `sync` at random
# moments, RULESMITH_KILLS times each (default 200), checks the invariants after every kill and
# that the next run recovers, then prints one totals line per command.
#
#   scripts/kill-test.sh                       # 200 kills per command
#   RULESMITH_KILLS=50 scripts/kill-test.sh    # fewer
#   RULESMITH_KILL_SEED=123 scripts/kill-test.sh   # replay the delays of an earlier run
#   SCRATCH=.build-crash scripts/kill-test.sh  # the build folder to use (default .build)
set -uo pipefail

cd "$(dirname "$0")/.."
export RULESMITH_KILLS="${RULESMITH_KILLS:-200}"
scratch="${SCRATCH:-.build}"
log="$(mktemp "${TMPDIR:-/tmp}/rulesmith-kill-test.XXXXXX")"

echo "kill-test: $RULESMITH_KILLS kills per command; log in $log" >&2
swift test --scratch-path "$scratch" --filter 'ApplyKillTests|RegistryImportKillTests|SyncKillTests' >"$log" 2>&1
status=$?

grep -E '^kill-test ' "$log" || true
failures="$(grep -cE '^✘ Test .* recorded an issue' "$log" || true)"
if [ "$status" -eq 0 ]; then
    echo "kill-test: passed (every kill left old-or-new state and recovered)"
else
    echo "kill-test: FAILED ($failures issues); the first ones:" >&2
    grep -E '^(✘|↳ )' "$log" | head -40 >&2
    grep -E 'RULESMITH_KILL_SEED=' "$log" | head -1 >&2
fi
exit "$status"
