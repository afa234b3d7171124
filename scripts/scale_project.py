#!/usr/bin/env python3
"""Writes a copy of a project file whose money and targets are multiplied by N, for the
benchmark data of `grantbook-synth --scale N` (whose costs and cases grow N-fold): each
version's `total`, its budget cells and its person targets. Per-case tariffs and caps stay as
they are (the indirect-cost cell loses N cents: the source's cent of rounding, scaled,
must not exceed the flat rate), so the generated data keeps its small share of rule violations instead of running
every heading over budget.

Usage: scale_project.py IN.toml N OUT.toml
"""
import re
import sys
import tomllib
from decimal import Decimal

src, n, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(src, "rb") as f:
    indirect = {h["code"] for h in tomllib.load(f)["headings"] if h.get("kind") == "indirect"}
out, section, totals = [], "", []  # totals: [output index of a version's total, its cell sum]
for line in open(src, encoding="utf-8"):
    s = line.strip()
    if s.startswith("["):
        section = s
    elif section == "[[versions]]" and s.startswith("total ="):
        totals.append([len(out), Decimal(0)])  # the sum of the scaled cells, set below
    elif section == "[[versions]]" and s.startswith("targets ="):
        line = re.sub(r"= (\d+)", lambda m: f"= {int(m.group(1)) * n}", line)
    elif section.startswith("[versions.budget."):
        m = re.match(r'^("[^"]+"\s*=\s*)"([0-9.]+)"', s)
        if m:
            v = Decimal(m.group(2)) * n
            if m.group(1).split('"')[1] in indirect:
                # the flat rate's cap is rounded to the cent once, not N times
                v -= Decimal("0.01") * n
            line = f'{m.group(1)}"{v:.2f}"\n'
            totals[-1][1] += v
    out.append(line)
for i, v in totals:
    out[i] = f'total = "{v:.2f}"\n'
open(dst, "w", encoding="utf-8").write("".join(out))
