"""Generates the benchmark inputs: a 50,000-link llms.txt, a 120 KB adversarial line, a 100 MB
llms.txt, a 100 MB llms.txt whose links repeat, and the rules corpus laid out at its real
repository paths."""
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

# ~100 MB of llms.txt whose links repeat (a URL per 1,000 items): about 980,000 LT054 warnings,
# the findings-heavy input (issue 20: within 2x the clean file's time, in every format).
with open(os.path.join(out, "repeats-100mb.txt"), "wb") as f:
    f.write(b"# Project\n\n> Summary.\n\n## Docs\n\n")
    size, n = 0, 0
    while size < 100 * (1 << 20):
        line = b"- [Document %d](https://example.com/docs/document-%d.md): notes about document %d and what it covers\n" % (n, n % 1000, n)
        f.write(line)
        size += len(line)
        n += 1

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
