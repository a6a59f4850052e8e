#!/usr/bin/env bash
# Writes two trees under $1 for bench/lint.sh: skills-500 (500 skills, each a SKILL.md with a
# reference and a script) and rules-500 (the same 500 bodies as .claude/rules files).
set -euo pipefail
out="$1"
mkdir -p "$out/skills-500/.claude/skills" "$out/rules-500/.claude/rules"
body() {
    printf '# Skill %s\n\nUse the project conventions for module %s.\n\n' "$1" "$1"
    for line in $(seq 1 40); do printf -- '- Rule %s for module %s: keep functions small and tested.\n' "$line" "$1"; done
    printf '\nSee [details](references/details.md).\n'
}
for i in $(seq 1 500); do
    skill="$out/skills-500/.claude/skills/skill-$i"
    mkdir -p "$skill/references" "$skill/scripts"
    { printf -- '---\nname: skill-%s\ndescription: Conventions for module %s. Use when editing module %s.\n---\n' "$i" "$i" "$i"; body "$i"; } > "$skill/SKILL.md"
    printf '# Details %s\n\nMore detail.\n' "$i" > "$skill/references/details.md"
    printf '#!/bin/sh\nset -e\nnpm test -- module-%s\n' "$i" > "$skill/scripts/check.sh"
    { printf -- '---\npaths:\n  - "src/module-%s/**"\n---\n' "$i"; body "$i"; } > "$out/rules-500/.claude/rules/rule-$i.md"
done
