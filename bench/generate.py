"""Generates the benchmark inputs: a 50,000-link llms.txt, a 120 KB adversarial line, a 100 MB
llms.txt, and the rules corpus laid out at its real repository paths."""
import csv
import os
import shutil
import sys

out = sys.argv[1]
corpus = sys.argv[2]
os.makedirs(out, exist_ok=True)

def links_file(path, sections, links_per_section):
    with open(path, "w") as f:
        f.write("# Benchmark project\n\n> A generated llms.txt with many links.\n\nDetails paragraph.\n\n")
        n = 0
        for s in range(sections):
            f.write(f"## Section {s}\n\n")
            for _ in range(links_per_section):
                f.write(f"- [Document {n}](https://example.com/docs/section-{s}/document-{n}.md): notes about document {n} and what it covers\n")
                n += 1
            f.write("\n")

# 50,000 links in 51 sections (the reference measurement's shape: ~6.5 MB).
links_file(os.path.join(out, "links-50k.txt"), 50, 1000)
with open(os.path.join(out, "links-50k.txt"), "a") as f:
    f.write("## Optional\n\n- [Extra](https://example.com/extra.md): the 50,001st link\n")

with open(os.path.join(out, "adversarial.txt"), "w") as f:
    f.write("# T\n\n> s\n\n## S\n\n" + "- [a](" * (120 * 1024 // 6) + "\n")

# ~100 MB of llms.txt.
links_file(os.path.join(out, "big-100mb.txt"), 800, 1000)

# The rules corpus at its real paths (<repo>/<path>), so discovery classifies every file.
rules_root = os.path.join(out, "rules-tree")
shutil.rmtree(rules_root, ignore_errors=True)
with open(os.path.join(corpus, "rules", "SOURCES.tsv")) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["git_mode"] == "120000":
            continue
        target = os.path.join(rules_root, row["repo"].replace("/", "__"), row["path"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(corpus, "rules", row["file"]), target)
