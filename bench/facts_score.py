#!/usr/bin/env python3
"""Scores `rulesmith detect --format json` against the corpus' ground truth (facts.json).

usage: facts_score.py CORPUS_REPOS OUTPUT_DIR
OUTPUT_DIR holds one <case>.json per corpus case (the detect output). Scoring follows the
corpus README ("Suggested scoring"): a stack is right when (stack, folder) is in stacks or
optional_stacks; a command is right when, whitespace collapsed, it is one of the accepted
spellings for that folder and kind; a command given where the truth has a different one is
wrong (so is a rejected one); a kind the truth leaves out is unscored. Every missed command is
listed with the files its ground truth cites; a miss whose cited files are all empty placeholders
in the corpus tree (Makefiles, CI workflows, noxfiles: the corpus copies only manifests and
documentation) cannot be recovered from the tree, and is counted apart as "unrecoverable
(placeholder source)", with the reason: no file with content states any accepted spelling. Misses
in examples-like folders (never a project) are counted apart too. Both figures are printed: over
every recorded command, and over the recoverable ones.
"""
import json
import os
import re
import sys

NON_PRODUCT = {"example", "examples", "sample", "samples", "demo", "demos", "fixture", "fixtures",
               "__fixtures__", "testdata", "test-data", "test_data", "docs", "doc", "vendor",
               "third_party", "third-party", "node_modules", "test", "tests", "__tests__", "e2e"}
KINDS = ("test", "lint", "format", "build")


def collapse(text):
    return " ".join(text.split())


CITED = re.compile(r"(?<![\w./-])((?:[\w@.-]+/)*(?:[\w@-][\w@.-]*\.[A-Za-z0-9]+|Makefile|GNUmakefile|justfile|Justfile|Taskfile|Rakefile|Dockerfile|Gemfile))(?=[:\s,;)]|$)")


def source_texts(truth, folder, kind):
    """The ground truth's source notes that can cover `kind` in `folder`."""
    texts = []
    for key, text in truth.get("sources", {}).items():
        words = key.split()
        if not words:
            continue
        if words[0] == kind and (len(words) == 1 or folder == words[1] or folder.startswith(words[1]) or words[1].startswith(folder)):
            texts.append(text)
        elif key == folder or (folder != "." and folder.endswith("/" + key)):
            texts.append(text)
    return texts


def cited_files(tree, folder, texts):
    """Files of `tree` the source notes cite (relative to the root or to `folder`), with their sizes."""
    found = {}
    for text in texts:
        for path in CITED.findall(text):
            for candidate in (path, os.path.join(folder, path)):
                full = os.path.join(tree, candidate)
                if os.path.isfile(full):
                    found[os.path.normpath(candidate)] = os.path.getsize(full)
    return found


def states(text, spelling):
    """Whether a document states the command: as a whole command on a line (after an optional
    prompt) or in a code span; a one-word command (`make`) only so, never inside prose."""
    words = r"\s+".join(re.escape(word) for word in spelling.split())
    if re.search(r"(?m)^\s*(?:[$%>]\s+)?" + words + r"\s*$", text) or re.search(r"`" + words + r"`", text):
        return True
    return " " in spelling and re.search(r"(?<![\w-])" + words + r"(?![\w-])", text) is not None


def unrecoverable(tree, truth, folder, kind, accepted):
    """Why a missed command cannot be found in the corpus tree, or None when a file with content
    states one of its accepted spellings."""
    cited = cited_files(tree, folder, source_texts(truth, folder, kind))
    spellings = {collapse(a) for a in accepted}
    stated = set()
    for path, size in cited.items():
        if size == 0:
            continue
        text = open(os.path.join(tree, path), encoding="utf-8", errors="replace").read()
        stated |= {spelling for spelling in spellings if states(text, spelling)}
    placeholders = sorted(path for path, size in cited.items() if size == 0)
    if not stated:
        return f"no file with content states it; cited only in placeholders: {', '.join(placeholders) or 'files outside the tree'}"
    return None


def examples_like(folder):
    return any(part.lower() in NON_PRODUCT for part in folder.split("/") if folder != ".")


def main():
    corpus, outputs = sys.argv[1], sys.argv[2]
    totals = dict(commands=0, reproduced=0, wrong=0, stacks_found=0, stacks_right=0, required=0,
                  required_found=0, examples=0, pm=0, pm_right=0)
    totals["unrecoverable"] = totals["excluded"] = 0
    wrong_lines, stack_lines, pm_lines, miss_lines, placeholder_lines, excluded_lines = [], [], [], [], [], []
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
                    reason = unrecoverable(os.path.join(corpus, case, "tree"), truth, folder, kind, accepted)
                    if examples_like(folder):
                        totals["excluded"] += 1
                        excluded_lines.append(f"  {case} {folder} {kind}: {accepted[0]!r}")
                    elif reason:
                        totals["unrecoverable"] += 1
                        placeholder_lines.append(f"  {case} {folder} {kind}: {accepted[0]!r}; {reason}")
                    else:
                        miss_lines.append(f"  {case} {folder} {kind}: {accepted[0]!r}")
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
    if miss_lines:
        print("missed commands (recoverable: a file with content in the tree states one of the accepted spellings):")
        print("\n".join(miss_lines))
    if placeholder_lines:
        print("missed commands, unrecoverable (placeholder source): only the corpus's empty placeholders state or define them")
        print("\n".join(placeholder_lines))
    if excluded_lines:
        print("missed commands of examples-like folders (never a project: issue 16 item 1)")
        print("\n".join(excluded_lines))
    if stack_lines:
        print("stack differences:")
        print("\n".join(stack_lines))
    if pm_lines:
        print("package manager differences:")
        print("\n".join(pm_lines))
    print()
    print(f"commands reproduced     {totals['reproduced']}/{totals['commands']} = {share(totals['reproduced'], totals['commands']):.1f}%   (goal >= 90%)")
    recoverable = totals["commands"] - totals["unrecoverable"] - totals["excluded"]
    print(f"  unrecoverable          {totals['unrecoverable']} (placeholder source: the corpus keeps Makefiles, CI workflows and noxfiles empty)")
    print(f"  under examples/        {totals['excluded']} (folders that never make a project)")
    print(f"commands reproduced of the recoverable  {totals['reproduced']}/{recoverable} = {share(totals['reproduced'], recoverable):.1f}%   (goal >= 90%)")
    print(f"wrong commands          {totals['wrong']}   (goal 0)")
    print(f"stack precision         {totals['stacks_right']}/{totals['stacks_found']} = {share(totals['stacks_right'], totals['stacks_found']):.1f}%   (goal >= 95%)")
    print(f"stack recall            {totals['required_found']}/{totals['required']} = {share(totals['required_found'], totals['required']):.1f}%   (goal >= 90%)")
    print(f"stacks under examples   {totals['examples']}   (goal 0)")
    print(f"package managers right  {totals['pm_right']}/{totals['pm']} = {share(totals['pm_right'], totals['pm']):.1f}%")


if __name__ == "__main__":
    main()
