#!/usr/bin/env python3
"""Scores `rulesmith detect --format json` against the corpus' ground truth (facts.json).

usage: facts_score.py CORPUS_REPOS OUTPUT_DIR
OUTPUT_DIR holds one <case>.json per corpus case (the detect output). Scoring follows the
corpus README ("Suggested scoring"): a stack is right when (stack, folder) is in stacks or
optional_stacks; a command is right when, whitespace collapsed, it is one of the accepted
spellings for that folder and kind; a command given where the truth has a different one is
wrong (so is a rejected one); a kind the truth leaves out is unscored. Commands the truth
records from files the corpus keeps only as placeholders (Makefiles, CI) count as missed.
"""
import json
import os
import sys

NON_PRODUCT = {"example", "examples", "sample", "samples", "demo", "demos", "fixture", "fixtures",
               "__fixtures__", "testdata", "test-data", "test_data", "docs", "doc", "vendor",
               "third_party", "third-party", "node_modules", "test", "tests", "__tests__", "e2e"}
KINDS = ("test", "lint", "format", "build")


def collapse(text):
    return " ".join(text.split())


def examples_like(folder):
    return any(part.lower() in NON_PRODUCT for part in folder.split("/") if folder != ".")


def main():
    corpus, outputs = sys.argv[1], sys.argv[2]
    totals = dict(commands=0, reproduced=0, wrong=0, stacks_found=0, stacks_right=0, required=0,
                  required_found=0, examples=0, pm=0, pm_right=0)
    wrong_lines, stack_lines, pm_lines = [], [], []
    for case in sorted(os.listdir(corpus)):
        truth_path = os.path.join(corpus, case, "facts.json")
        output_path = os.path.join(outputs, case + ".json")
        if not os.path.isfile(truth_path) or not os.path.isfile(output_path):
            continue
        truth = json.load(open(truth_path))
        facts = json.load(open(output_path))
        projects = {p["path"]: p for p in facts["projects"]}
        # commands
        reproduced = scored = 0
        for folder, kinds in truth.get("commands", {}).items():
            for kind, accepted in kinds.items():
                if kind not in KINDS:
                    continue
                scored += 1
                ours = projects.get(folder, {}).get("commands", {}).get(kind)
                if ours is None:
                    continue
                if collapse(ours["command"]) in {collapse(a) for a in accepted}:
                    reproduced += 1
                else:
                    totals["wrong"] += 1
                    wrong_lines.append(f"  {case} {folder} {kind}: {ours['command']!r} ({ours['evidence']}); truth {accepted[0]!r}")
        for folder, kinds in truth.get("rejected_commands", {}).items():
            for kind, rejected in kinds.items():
                ours = projects.get(folder, {}).get("commands", {}).get(kind)
                if ours and collapse(ours["command"]) in {collapse(r) for r in rejected}:
                    totals["wrong"] += 1
                    wrong_lines.append(f"  {case} {folder} {kind}: {ours['command']!r} is a rejected command")
        totals["commands"] += scored
        totals["reproduced"] += reproduced
        # stacks
        allowed = {(s["stack"], s["folder"]) for s in truth.get("stacks", []) + truth.get("optional_stacks", [])}
        required = {(s["stack"], s["folder"]) for s in truth.get("stacks", [])}
        found = {(s["id"], p["path"]) for p in facts["projects"] for s in p["stacks"]}
        right = found & allowed
        totals["stacks_found"] += len(found)
        totals["stacks_right"] += len(right)
        totals["required"] += len(required)
        totals["required_found"] += len(required & found)
        for stack, folder in sorted(found - allowed):
            stack_lines.append(f"  {case}: extra {stack}@{folder}")
        for stack, folder in sorted(required - found):
            stack_lines.append(f"  {case}: missed {stack}@{folder}")
        totals["examples"] += sum(1 for _, folder in found if examples_like(folder))
        # package managers
        alternatives = truth.get("package_manager_alternatives", {})
        for folder, manager in truth.get("package_manager", {}).items():
            totals["pm"] += 1
            ours = (projects.get(folder, {}).get("packageManager") or {}).get("name")
            if ours == manager or ours in alternatives.get(folder, []):
                totals["pm_right"] += 1
            else:
                pm_lines.append(f"  {case} {folder}: {ours} (truth {manager})")
        print(f"{case:48} commands {reproduced:2}/{scored:<2}  stacks {len(right)}/{len(found)} found, {len(required & found)}/{len(required)} required")

    def share(part, whole):
        return 100.0 * part / whole if whole else 100.0
    print()
    if wrong_lines:
        print("wrong commands:")
        print("\n".join(wrong_lines))
    if stack_lines:
        print("stack differences:")
        print("\n".join(stack_lines))
    if pm_lines:
        print("package manager differences:")
        print("\n".join(pm_lines))
    print()
    print(f"commands reproduced     {totals['reproduced']}/{totals['commands']} = {share(totals['reproduced'], totals['commands']):.1f}%   (goal >= 90%)")
    print(f"wrong commands          {totals['wrong']}   (goal 0)")
    print(f"stack precision         {totals['stacks_right']}/{totals['stacks_found']} = {share(totals['stacks_right'], totals['stacks_found']):.1f}%   (goal >= 95%)")
    print(f"stack recall            {totals['required_found']}/{totals['required']} = {share(totals['required_found'], totals['required']):.1f}%   (goal >= 90%)")
    print(f"stacks under examples   {totals['examples']}   (goal 0)")
    print(f"package managers right  {totals['pm_right']}/{totals['pm']} = {share(totals['pm_right'], totals['pm']):.1f}%")


if __name__ == "__main__":
    main()
