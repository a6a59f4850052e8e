#!/usr/bin/env python3
"""Writes a polyglot monorepo of N files for the detect benchmark: a pnpm workspace of
TypeScript packages and React apps, Go modules, a Python service, a Cargo workspace, Terraform,
CI workflows, a Makefile and README, plus source files to reach N.

usage: facts_generate.py FOLDER N
"""
import json
import os
import sys

root, total = sys.argv[1], int(sys.argv[2])
written = 0


def write(path, text=""):
    global written
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as handle:
        handle.write(text)
    written += 1


write("package.json", json.dumps({"name": "mono", "private": True, "packageManager": "pnpm@9.1.0",
                                  "scripts": {"build": "turbo run build", "lint": "turbo run lint", "test": "turbo run test"}}, indent=2))
write("pnpm-workspace.yaml", "packages:\n  - apps/*\n  - packages/*\n")
write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
write("Makefile", "test:\n\tpnpm test\nlint:\n\tpnpm lint\n")
write(".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pnpm install --frozen-lockfile\n      - run: pnpm test\n")
write("README.md", "# Mono\n\n```sh\npnpm install\npnpm test\n```\n")
for index in range(40):
    app = index < 8
    folder = f"apps/app{index}" if app else f"packages/lib{index}"
    manifest = {"name": f"p{index}", "scripts": {"build": "tsc", "test": "vitest run", "lint": "eslint ."},
                "dependencies": {"react": "^18.3.0", "react-dom": "^18.3.0"} if app else {},
                "devDependencies": {"typescript": "^5.5.0"}}
    if not app:
        manifest["main"] = "dist/index.js"
    write(f"{folder}/package.json", json.dumps(manifest, indent=2))
    write(f"{folder}/tsconfig.json", "{}\n")
for index in range(10):
    write(f"services/svc{index}/go.mod", f"module example.com/svc{index}\n\ngo 1.22\n")
write("backend/pyproject.toml", "[project]\nname = \"backend\"\nrequires-python = \">=3.12\"\ndependencies = [\"fastapi>=0.110\", \"sqlmodel>=0.0.16\"]\n\n[dependency-groups]\ndev = [\"pytest>=8\"]\n")
write("backend/uv.lock", "version = 1\n")
write("crates/Cargo.toml", "[workspace]\nmembers = [\"a\", \"b\"]\n")
write("crates/a/Cargo.toml", "[package]\nname = \"a\"\nedition = \"2021\"\n")
write("crates/b/Cargo.toml", "[package]\nname = \"b\"\nedition = \"2021\"\n")
write("infra/main.tf", "terraform {}\n")
write("examples/demo/package.json", json.dumps({"dependencies": {"next": "15.0.0"}}))
folders = ["apps/app%d/src", "packages/lib%d/src", "services/svc%d/internal", "backend/app/m%d", "node_modules/dep%d"]
index = 0
while written < total:
    folder = folders[index % len(folders)] % (index % 40 if index % len(folders) < 2 else index % 10)
    write(f"{folder}/sub{index % 50}/file{index}.txt", "")
    index += 1
print(f"wrote {written} files under {root}")
