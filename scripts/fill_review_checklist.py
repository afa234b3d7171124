#!/usr/bin/env python3
"""Fills a grantbook review workbook's checklist as a reviewer would in a spreadsheet program,
with openpyxl (a writer grantbook did not shape): the README's walk-through and the tests read
the result. Every sampled row gets a result; the rows named below get an error, its type, the
amount deducted and, for one, a parking.

Usage: python3 scripts/fill_review_checklist.py out/walk/review-2020-Q3.xlsx \
           tests/fixtures/review/review-2020-Q3-filled.xlsx
"""
import sys

import openpyxl

# entry id -> (error type, amount deducted, parking or None, note), in the workbook's language
# (English here: the walk-through runs with --lang en).
FINDINGS = {
    "E-00582": ("ineligible cost", 130.51, None,
                "a performance bonus is not an eligible staff cost"),
    "E-00591": ("wrong amount", 37.76, None, "the ticket invoice says 500.00 EUR"),
    "E-00612": ("missing document", 100.00, "deferred to the next claim",
                "the allowance receipt signed by the returnee is not in the file yet"),
}


def main(src, dst):
    wb = openpyxl.load_workbook(src)
    ws = wb["Checklist"]
    head = None
    for row in ws.iter_rows(min_row=1, max_row=10):
        names = [c.value for c in row]
        if "Entry no." in names:
            head = row[0].row
            col = {n: i + 1 for i, n in enumerate(names) if n}
            break
    if head is None:
        sys.exit(f"{src}: no checklist header row")
    seen = set()
    for r in range(head + 1, ws.max_row + 1):
        entry = ws.cell(r, col["Entry no."]).value
        if not entry:
            continue
        if entry in FINDINGS:
            kind, amount, parking, note = FINDINGS[entry]
            ws.cell(r, col["Result"]).value = "error"
            ws.cell(r, col["Error type"]).value = kind
            ws.cell(r, col["Amount deducted, EUR"]).value = amount
            if parking:
                ws.cell(r, col["Parking"]).value = parking
            ws.cell(r, col["Note"]).value = note
            seen.add(entry)
        else:
            ws.cell(r, col["Result"]).value = "OK"
    missing = set(FINDINGS) - seen
    if missing:
        sys.exit(f"{src}: not in the sample: {sorted(missing)}")
    wb.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
