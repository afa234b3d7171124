#!/usr/bin/env python3
"""Writes a benchmark ledger shaped unlike grantbook-synth's: as a partner's accounting export
would come, written by openpyxl (write-only mode), Latvian headers in another column order, 12
columns, document dates as date cells and payment dates as text (dd.mm.yyyy), a case register
with only its two required columns, and about 5 % of the cost lines with a finding (a payment
after the eligibility period; one line in 200 is food money for a case, some above the daily
tariff, which the case register's missing columns leave unverifiable). Amounts are drawn
around each budget cell's share, so that headings stay within their budgets.

    scripts/bench_ledger.py ROWS OUT_DIR      # writes expenses.xlsx, cases.xlsx, rates.xlsx

For the shipped project (budgets/ak-iom-pmif-2018-1.toml) scaled by scripts/scale_project.py
with N = ROWS / 1590 (its activities, headings, tariff and period). Deterministic (seeded).
"""
import datetime as dt
import os
import random
import sys
import tomllib

from openpyxl import Workbook

ROWS, OUT = int(sys.argv[1]), sys.argv[2]
os.makedirs(OUT, exist_ok=True)
rnd = random.Random(20260512)

HEADER = [
    "Ieraksta Nr.", "Dokumenta datums", "Summa", "Valūta", "Dokumenta Nr.", "Piegādātājs",
    "Aktivitāte", "Budžeta pozīcija", "Lietas Nr.", "Apraksts", "Apmaksas datums", "PVN",
]
# (activity, heading, description): combinations with a budget cell; food (A3, 4.7) apart.
KINDS = [
    ("A1", "2", "Tulkošanas pakalpojumi"),
    ("A1", "3", "Kancelejas preces"),
    ("A1", "5", "Transporta izdevumi"),
    ("A1", "6", "Informatīvie materiāli"),
    ("A2", "3", "Sakaru pakalpojumi"),
    ("A2", "5", "Degviela"),
    ("A3", "5", "Komandējums"),
    ("shared", "1", "Darba samaksa"),
]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, "budgets", "ak-iom-pmif-2018-1.toml"), "rb") as f:
    BUDGET = tomllib.load(f)["versions"][0]["budget"]
# The project is scaled by ROWS / 1590; each kind gets ROWS / len(KINDS) lines, so a line's
# mean amount is 80 % of its budget cell × 1590 / len(KINDS) … / ROWS, times ROWS / 1590.
def mean_amount(act, head):
    cell = sum(float(b[head]) for b in BUDGET.values()) if act == "shared" else float(BUDGET[act][head])
    return cell * 0.8 * len(KINDS) / 1590
SUPPLIERS = ["SIA Tulkotājs", "AS Latvijas Pasts", "SIA Birojs", "SIA Degviela", "Airbaltic",
             "SIA Ēdnīca", "VSAA", "SIA Tipogrāfija"]
CASES = max(10, ROWS // 10)
START, END = dt.date(2019, 1, 10), dt.date(2022, 12, 1)
SPAN = (END - START).days


def case_id(i):
    return f"LV-{i:06d}"


def expenses():
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Izdevumi")
    ws.append(HEADER)
    for i in range(ROWS):
        doc = START + dt.timedelta(days=rnd.randrange(SPAN))
        paid = doc + dt.timedelta(days=rnd.randrange(0, 20))
        case = None
        if i % 200 == 199:
            act, head, desc = "A3", "4.7", "Ēdināšana"
            case = case_id(rnd.randrange(CASES))
            amount = round(rnd.uniform(1.0, 4.5), 2)
        else:
            act, head, desc = KINDS[i % len(KINDS)]
            amount = round(mean_amount(act, head) * rnd.uniform(0.5, 1.5), 2)
            if rnd.random() < 0.05:
                paid = dt.date(2023, 1, 2) + dt.timedelta(days=rnd.randrange(60))
        currency = "USD" if i % 50 == 7 and not case else None
        vat = round(amount * 0.21 / 1.21, 2) if head in ("3", "6") else None
        ws.append([
            f"{i + 1}", doc, amount, currency, f"R-{i // 3:07d}", SUPPLIERS[i % len(SUPPLIERS)],
            act, head, case, f"{desc} {doc:%m.%Y}", paid.strftime("%d.%m.%Y"), vat,
        ])
    wb.save(os.path.join(OUT, "expenses.xlsx"))


def cases():
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Lietas")
    ws.append(["Lietas Nr.", "Pilsonība"])
    for i in range(CASES):
        ws.append([case_id(i), ["IQ", "UZ", "VN", "IN", "GE"][i % 5]])
    wb.save(os.path.join(OUT, "cases.xlsx"))


def rates():
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kursi")
    ws.append(["Mēnesis", "Valūta", "Kurss"])
    for y in range(2019, 2024):
        for m in range(1, 13):
            ws.append([f"{y}-{m:02d}", "USD", round(1.05 + 0.1 * rnd.random(), 4)])
    wb.save(os.path.join(OUT, "rates.xlsx"))


expenses()
cases()
rates()
