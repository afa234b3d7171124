#!/usr/bin/env python3
"""Writes grantbook's bad-input corpus: workbooks and ledgers made to take a reader's memory or to
overflow its arithmetic, each derived from the shipped sample ledger (sample-data/expenses.xlsx)
with the standard library alone.

    scripts/hostile_corpus.py OUT_DIR [--mib N]

N (default 8) is the inflated size in MiB of each decompression bomb; the committed copies in
tests/fixtures/hostile/ use 8 (each file a few KB to a few hundred KB), the benchmark writes
1536 (≈ 1.5 GB of XML in a ≈ 1.5 MB file, the size of the one a partner sent) into
target/bench-data/hostile/. Every file must make `grantbook check` exit 2 with a message that
names it, never take the machine's memory.
"""
import argparse
import io
import os
import re
import shutil
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample-data", "expenses.xlsx")


def parts():
    with zipfile.ZipFile(SAMPLE) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write(path, replaced):
    """The sample workbook with some parts replaced: name -> bytes, or a function of the bytes
    that yields chunks (so a 1.5 GB part is never held in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in parts():
            new = replaced.get(name, data)
            if callable(new):
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                with out.open(info, "w", force_zip64=True) as w:
                    for chunk in new(data):
                        w.write(chunk)
            else:
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, new)


def filler(total, unit):
    block = unit * ((1 << 20) // len(unit))
    left = total
    while left > 0:
        piece = block[: min(len(block), left)]
        left -= len(piece)
        yield piece


def after_first_cell(payload):
    """The sheet with `payload` (chunks) between its first two cells."""

    def gen(sheet):
        cut = sheet.index(b"</c>") + 4
        yield sheet[:cut]
        yield from payload
        yield sheet[cut:]

    return gen


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mib", type=int, default=8)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    n = a.mib << 20
    sheet = "xl/worksheets/sheet1.xml"
    sst = "xl/sharedStrings.xml"
    out = lambda f: os.path.join(a.out, f)

    # 1. Whitespace between two cells: one text event the size of the bomb.
    write(out("bomb-whitespace.xlsx"), {sheet: after_first_cell(filler(n, b" "))})
    # 2. One cell whose inline string is a million rich-text runs.
    runs = [b'<c r="Z1" t="inlineStr"><is>'] + list(filler(n, b"<r><t>x</t></r>")) + [b"</is></c>"]
    write(out("bomb-cell-runs.xlsx"), {sheet: after_first_cell(runs)})
    # 3. Shared strings far beyond the cells: millions of one-letter strings.
    def sst_bomb(data):
        head = data[: data.index(b"<si>")]
        yield re.sub(rb'(count|uniqueCount)="\d+"', b"", head)
        yield from filler(n, b"<si><t>a</t></si>")
        yield data[data.index(b"<si>"):]
    write(out("bomb-shared-strings.xlsx"), {sst: sst_bomb})
    # 4. A comment full of markup-like text inside the sheet.
    write(out("bomb-comment.xlsx"), {sheet: after_first_cell([b"<!--"] + list(filler(n, b"<><>")) + [b"-->"])})
    # 5. An attribute value that runs on.
    write(out("bomb-attribute.xlsx"), {sheet: after_first_cell([b'<c r="Y1" q="'] + list(filler(n, b"ab")) + [b'"/>'])})
    # 6. Styles inflated past any real workbook's (a million number formats).
    def styles_bomb(data):
        cut = data.index(b"<cellXfs")
        yield data[:cut]
        yield b"<!-- padding -->"
        yield from filler(max(n, (64 << 20) + (1 << 20)), b'<numFmt numFmtId="200" formatCode="0.00"/>')
        yield data[cut:]
    write(out("bomb-styles.xlsx"), {"xl/styles.xml": styles_bomb})
    # 7. A DTD with an entity (billion laughs' first line).
    def dtd(data):
        yield b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
        yield data[data.index(b"?>") + 2:]
    write(out("dtd-entity.xlsx"), {"xl/workbook.xml": dtd})

    # Values that would overflow the arithmetic: a ledger and a project file (csv and toml).
    mini = os.path.join(ROOT, "tests", "fixtures", "mini")
    with open(os.path.join(mini, "expenses.csv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    lines[0] += ",Quantity"
    lines = [lines[0]] + [l + "," for l in lines[1:]]
    lines.append("E-9,FOOD-1,2020-03-01,2020-03-02,Cafe,Food,A1,4.2,C-001,10.00,,,9000000000000000000000000000")
    with open(out("quantity-overflow.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(mini, "project.toml"), encoding="utf-8") as f:
        proj = f.read()
    big = "79228162514264337593543950335"
    with open(out("project-share-overflow.toml"), "w", encoding="utf-8") as f:
        f.write(proj.replace('share = "75"', f'share = "{big}"').replace('share = "25"', f'share = "{big}"'))
    with open(out("project-food-overflow.toml"), "w", encoding="utf-8") as f:
        f.write(proj.replace('food_per_day = "3.00"', f'food_per_day = "{big}"'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
