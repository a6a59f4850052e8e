#!/usr/bin/env python3
"""Writes Sources/CGit2/git2_stubs.c: one forwarding stub per libgit2 function the Swift sources
call, so the binary does not link libgit2 and loads it with dlopen on the first call instead.

Usage: python3 scripts/gen-git2-stubs.py [--include-dir /usr/include]

Run it after calling a libgit2 function Swift did not call before; until then the link fails
with "undefined reference to git_xxx". The output depends only on the sources and the headers.
"""

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Sources" / "CGit2" / "git2_stubs.c"
# The headers include/CGit2.h includes; the declarations come from these and what they include.
ENTRY_HEADERS = ["git2.h", "git2/sys/repository.h"]
# Variadic, so no stub can forward it; git2_loader.c calls it with explicit arguments.
LOADER_OWNED = {"git_libgit2_opts"}
C_TYPE_WORDS = {
    "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "const",
    "volatile", "struct", "enum", "union", "size_t", "int32_t", "uint32_t", "int64_t", "uint64_t",
}


def fail(message):
    sys.exit(f"gen-git2-stubs: {message}")


def strip_c_comments(text):
    return re.sub(r"/\*.*?\*/|//[^\n]*", " ", text, flags=re.S)


def header_files(include_dir):
    """The entry headers and every header they include with quotes, in a stable order."""
    seen, order, pending = set(), [], [include_dir / name for name in ENTRY_HEADERS]
    while pending:
        path = pending.pop(0).resolve()
        if path in seen:
            continue
        if not path.is_file():
            fail(f"{path}: no such header; install libgit2-dev or pass --include-dir")
        seen.add(path)
        order.append(path)
        for name in re.findall(r'^\s*#\s*include\s+"([^"]+)"', path.read_text(), flags=re.M):
            beside = path.parent / name
            pending.append(beside if beside.is_file() else include_dir / name)
    return order


def balanced(text, start):
    """The index just past the parenthesis that closes the one at `start`."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    fail(f"unbalanced parentheses in: {text[start:start + 80]!r}")


def squeeze(text):
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([(),\[\]])\s*", r"\1", text).replace(",", ", ")


def declarations(include_dir):
    """{name: (return type, [parameters])} for every GIT_EXTERN function."""
    found = {}
    for path in header_files(include_dir):
        text = re.sub(r"^[ \t]*#(?:.*\\\n)*.*", " ", strip_c_comments(path.read_text()), flags=re.M)
        for match in re.finditer(r"\bGIT_EXTERN\s*\(", text):
            type_end = balanced(text, match.end() - 1)
            returns = squeeze(text[match.end():type_end - 1])
            rest = re.sub(r"\bGIT_DEPRECATED\s*\(\s*(\w+)\s*\)", r"\1", text[type_end:text.index(";", type_end)])
            head = re.match(r"\s*(\w+)\s*\(", rest)
            if head is None:
                fail(f"{path.name}: cannot parse the declaration after GIT_EXTERN({returns})")
            name = head.group(1)
            parameters = split_parameters(rest[head.end():balanced(rest, head.end() - 1) - 1])
            declaration = (returns, parameters)
            if found.get(name, declaration) != declaration:
                fail(f"{name} is declared twice, differently ({path.name})")
            found[name] = declaration
    return found


def split_parameters(text):
    parameters, depth, current = [], 0, ""
    for char in text:
        if char == "," and depth == 0:
            parameters.append(squeeze(current))
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    if current.strip():
        parameters.append(squeeze(current))
    return [] if parameters == ["void"] else parameters


def parameter_name(function, parameter):
    if parameter == "...":
        fail(f"{function} is variadic; a stub cannot forward it: wrap it in git2_loader.c as git_libgit2_opts is")
    callback = re.search(r"\bGIT_CALLBACK\s*\(\s*(\w+)\s*\)", parameter)
    if callback:
        return callback.group(1)
    named = re.search(r"(\w+)\s*(\[[^\]]*\]\s*)*$", parameter)
    if named is None or named.group(1) in C_TYPE_WORDS or not parameter[:named.start()].strip():
        fail(f"{function}: parameter '{parameter}' has no name to forward")
    return named.group(1)


def used_names():
    names = set()
    for path in sorted((ROOT / "Sources").rglob("*.swift")):
        names.update(re.findall(r"\bgit_[a-z0-9_]+\b", path.read_text()))
    return names


def stub(name, returns, parameters):
    arguments = ", ".join(parameter_name(name, parameter) for parameter in parameters)
    separator = "" if returns.endswith("*") else " "
    call = f"real({arguments});"
    body = f"    {call}\n" if returns == "void" else f"    return {call}\n"
    return f"{returns}{separator}{name}({', '.join(parameters) or 'void'}) {{\n    RESOLVE({name})\n{body}}}\n"


HEADER = """\
// GENERATED by scripts/gen-git2-stubs.py from the libgit2 headers and the git_* names the Swift
// sources use; do not edit. Regenerate with `python3 scripts/gen-git2-stubs.py` after calling a
// libgit2 function Swift did not call before: until then the link fails with
// "undefined reference to git_xxx".
//
// Each stub has libgit2's own signature (the included header makes the compiler check it) and
// forwards to the function resolved with dlsym on its first call, so the binary does not link
// libgit2 and only processes that call into git load it. The cached pointer is read and written
// atomically because several threads may make the first call at once.

#include "git2_loader.h"

#define RESOLVE(name) \\
    static __typeof__(name) *cached; \\
    __typeof__(name) *real = __atomic_load_n(&cached, __ATOMIC_ACQUIRE); \\
    if (real == NULL) { \\
        real = (__typeof__(name) *)rulesmith_git2_symbol(#name); \\
        __atomic_store_n(&cached, real, __ATOMIC_RELEASE); \\
    }
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include-dir", default="/usr/include", type=pathlib.Path)
    include_dir = parser.parse_args().include_dir
    declared = declarations(include_dir)
    wanted = sorted((used_names() & declared.keys()) - LOADER_OWNED)
    stubs = [stub(name, *declared[name]) for name in wanted]
    OUTPUT.write_text(HEADER + "".join("\n" + text for text in stubs))
    print(f"gen-git2-stubs: {len(stubs)} stubs written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
