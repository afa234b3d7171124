#!/usr/bin/env python3
"""Write a clean expense ledger and case register for the shipped project
(budgets/ak-iom-pmif-2018-1.toml) the way a finance officer keeps them, not the way
grantbook's own sample generator does:

- no `Pakalpojuma sākums / beigas` (service dates) and no `Daudzums` (quantity) columns;
- hostel invoices dated on the checkout (departure) day for the nights before it, and interim
  month-end invoices during long stays;
- food money paid to the person during the stay, the last payment on the departure day;
- cash allowances: the receipt the returnee signs is dated on the departure day, the payment
  date is the day the escort's cash advance was settled in the cash book (0-21 days later);
- the ledger has Latvian headers, the register English ones; each has a title row above the
  header, its own column order and a few columns grantbook does not know;
- amounts in EUR only (numeric cells), dates as date cells, codes as text.

Everything is invented and pseudonymous. Usage (needs openpyxl: `pip install openpyxl`):

    python3 scripts/realistic_ledger.py [--out tests/fixtures/realistic] [--seed 2018]

The committed fixture was written with the defaults; tests read it (CI has no Python).
"""

import argparse
import datetime as dt
import os
import random
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook

START = dt.date(2019, 1, 3)
END = dt.date(2022, 12, 31)
NATIONALITIES = ["IQ", "UZ", "IN", "AZ", "RU", "PK", "UA", "TJ", "GE", "AF", "BY", "EG", "VN"]
CENT = Decimal("0.01")


def d(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def money(rng, lo, hi, step="0.01"):
    """A random amount in [lo, hi], a multiple of `step`."""
    step = Decimal(step)
    n_lo = int(Decimal(lo) / step)
    n_hi = int(Decimal(hi) / step)
    return (step * rng.randint(n_lo, n_hi)).quantize(CENT)


class Ledger:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.series = {}

    def doc_no(self, series, year):
        k = (series, year)
        self.series[k] = self.series.get(k, 0) + 1
        return f"{series}-{year}/{self.series[k]:04d}"

    def add(self, doc, paid, supplier, activity, heading, amount, series, description,
            case=None, vat=Decimal("0.00"), account=""):
        paid = min(paid, END) if paid is not None else None
        self.rows.append({
            "doc_date": doc,
            "paid_date": paid,
            "doc_no": self.doc_no(series, doc.year),
            "supplier": supplier,
            "activity": activity,
            "heading": heading,
            "case": case or "",
            "amount": amount,
            "vat": vat,
            "description": description,
            "account": account,
        })


def cases(rng):
    """About 120 cases: orders spread over 2019-2022; most depart 10-60 days later."""
    out = []
    n = 120
    span = (dt.date(2022, 10, 31) - dt.date(2019, 1, 7)).days
    for k in range(n):
        order = dt.date(2019, 1, 7) + dt.timedelta(days=span * k // n + rng.randint(0, 5))
        year = order.year
        departed = k % 8 != 5  # one in eight still waiting (withdrawn or pending)
        means = departed and k % 5 == 3  # without means: short-term accommodation (A3)
        days = rng.randint(10, 35) if means else rng.randint(12, 60)
        dep = order + dt.timedelta(days=days) if departed else None
        if dep is not None and dep > dt.date(2022, 12, 9):
            dep = dt.date(2022, 12, 9)
        out.append({
            "id": f"AVR-{year}-{k + 1:04d}",
            "order": order,
            "dep": dep,
            "nat": NATIONALITIES[k % len(NATIONALITIES)],
            "sex": "F" if rng.random() < 0.35 else "M",
            "born": rng.randint(1960, 2012),
            "vulnerable": rng.random() < 0.15,
            "without_means": means,
            "detained": False,
            "reintegration": departed and k % 3 == 0 and dep < dt.date(2022, 9, 1),
            "office": rng.choice(["Rīga", "Daugavpils", "Liepāja"]),
        })
    # One accommodated person still in the shelter at the end (no departure yet).
    last = out[-3]
    last.update(without_means=True, dep=None, reintegration=False)
    return out


def payroll(led, rng):
    month = dt.date(2019, 1, 1)
    while month <= dt.date(2022, 12, 1):
        nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        doc = nxt - dt.timedelta(days=1)
        paid = nxt + dt.timedelta(days=4) if nxt <= END else doc
        for act, lo, hi, step in [("A1", "1400", "1600", "0.01"), ("A2", "180", "220", "0.01"),
                                  ("A3", "70", "90", "0.01"), ("shared", "380", "420", "0.20")]:
            led.add(doc, paid, "Darba samaksa (algu saraksts)", act, "1",
                    money(rng, lo, hi, step), "ALG", f"Darba samaksa {month:%m.%Y}", account="7110")
        month = nxt


def overheads(led, rng):
    # Staff travel, interpretation with VAT, equipment, publicity.
    for k in range(20):
        doc = START + dt.timedelta(days=30 + 70 * k)
        led.add(doc, doc + dt.timedelta(days=rng.randint(1, 9)), "Darbinieka avansa norēķins",
                "A1", "2", money(rng, "90", "210"), "AVN", "Komandējums (pavadīšana)", account="7210")
    for k in range(70):
        doc = START + dt.timedelta(days=5 + 20 * k + rng.randint(0, 6))
        net = money(rng, "40", "110")
        vat = d(net * Decimal("0.21"))
        act = "A2" if k % 7 == 3 else "A1"
        led.add(doc, doc + dt.timedelta(days=rng.randint(3, 14)), "SIA Tulkošanas birojs Lingva",
                act, "3", net + vat, "TLK", "Mutiskā tulkošana", vat=vat, account="7330")
    for k, (act, lo, hi, step) in enumerate([("A1", "200", "400", "0.01"), ("A2", "100", "250", "0.01"),
                                             ("A3", "60", "150", "0.01"), ("shared", "200", "300", "0.20"),
                                             ("A1", "150", "300", "0.01"), ("shared", "100", "200", "0.20")]):
        doc = dt.date(2019, 3, 11) + dt.timedelta(days=230 * k)
        net = money(rng, lo, hi, step)
        vat = d(net * Decimal("0.21"))
        led.add(doc, doc + dt.timedelta(days=7), "SIA Biroja serviss", act, "5", net + vat, "BRS",
                "Biroja tehnika un materiāli", vat=vat, account="7520")
    for k in range(5):
        doc = dt.date(2019, 5, 20) + dt.timedelta(days=300 * k)
        net = money(rng, "150", "400")
        vat = d(net * Decimal("0.21"))
        led.add(doc, doc + dt.timedelta(days=10), "SIA Reklāmas darbnīca", "A1", "6", net + vat,
                "RKL", "Informatīvie materiāli", vat=vat, account="7610")


def per_case(led, rng, c):
    order, dep = c["order"], c["dep"]
    # Travel document at the embassy, a few days after the order.
    doc = order + dt.timedelta(days=rng.randint(2, 8))
    if dep is not None:
        doc = min(doc, dep)
    led.add(doc, doc, "Vēstniecības konsulārā nodaļa", "A1", "4.1", money(rng, "30", "60", "1"),
            "VST", "Ceļošanas dokuments", case=c["id"], account="7410")
    if dep is None:
        if c["without_means"]:
            stay(led, rng, c, None)
        return
    # Ticket bought between the order and the departure.
    t = order + dt.timedelta(days=rng.randint(1, (dep - order).days))
    led.add(t, min(t + dt.timedelta(days=rng.randint(0, 2)), dep), "SIA Ceļojumu aģentūra Baltika",
            "A1", "4.2", money(rng, "280", "700"), "BIL", "Aviobiļete", case=c["id"], account="7420")
    # Cash allowance: receipt signed at departure, the escort's advance settled later.
    settled = dep + dt.timedelta(days=rng.randint(0, 21))
    led.add(dep, settled, c["id"], "A1", "4.3", Decimal("100.00"), "KIO",
            "Naudas pabalsts (kvīts izceļošanas dienā)", case=c["id"], account="7430")
    if rng.random() < 0.2:
        led.add(dep, dep + dt.timedelta(days=5), "IOM tranzīta atbalsts", "A1", "4.4",
                money(rng, "50", "110"), "TRZ", "Tranzīta palīdzība lidostā", case=c["id"], account="7440")
    if c["without_means"]:
        stay(led, rng, c, dep)
    if c["reintegration"]:
        left = Decimal("2000.00")
        day = dep + dt.timedelta(days=rng.randint(20, 60))
        for _ in range(rng.randint(1, 3)):
            deadline = dep.replace(year=dep.year + 1) if not (dep.month == 2 and dep.day == 29) \
                else dt.date(dep.year + 1, 2, 28)
            if day > deadline or day > dt.date(2022, 12, 20):
                break
            x = min(money(rng, "300", "900"), left)
            left -= x
            led.add(day, day + dt.timedelta(days=rng.randint(0, 10)), "IOM reintegrācijas partneris",
                    "A2", "4.5", x, "REI", "Reintegrācijas pakete", case=c["id"], account="7450")
            day += dt.timedelta(days=rng.randint(40, 120))


def stay(led, rng, c, dep):
    """Hostel nights from the order to the night before departure, invoiced at month ends and
    at checkout (no service dates, no quantity); food money 3 EUR a day, paid every week or so
    for the days since the last payment, the last on the departure day."""
    start = c["order"]
    end = dep if dep is not None else END  # still in the shelter: invoiced up to 31.12.2022
    night = Decimal("15.00")
    # Hostel: month-end invoices for the nights of the month, the checkout invoice for the rest.
    last = start
    day = start
    while True:
        month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        doc = min(month_end, end)
        if doc == end and dep is not None:
            doc = dep  # checkout
        nights = (doc - last).days if doc == dep else (doc - last).days + 1
        if nights > 0:
            led.add(doc, doc + dt.timedelta(days=rng.randint(3, 12)), "Viesnīca Rīgas Nakts", "A3", "4.6",
                    night * nights, "HST", "Naktsmītne", case=c["id"], account="7460")
        if doc >= end:
            break
        last = doc + dt.timedelta(days=1)
        day = last
    # Food money: 3 EUR per day of the stay, paid to the person.
    paid_upto = start
    day = start
    while True:
        day = min(day + dt.timedelta(days=rng.randint(6, 9)), end)
        days = (day - paid_upto).days
        if days > 0:
            led.add(day, day, c["id"], "A3", "4.7", Decimal("3.00") * days, "PRT",
                    "Pārtikas nauda", case=c["id"], account="7470")
        paid_upto = day
        if day >= end:
            break


def write_ledger(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Grāmatojumi"
    ws.append(["IOM Latvija — projekta AK/IOM/PMIF/2018/1 izdevumu uzskaite (izvilkums no grāmatvedības)"])
    header = ["Ieraksta Nr.", "Apmaksas datums", "Dokumenta datums", "Dokumenta Nr.", "Konts",
              "Piegādātājs", "Lietas Nr.", "Aktivitāte", "Budžeta pozīcija", "Apraksts", "Summa",
              "PVN", "Valūta", "Piezīmes"]
    ws.append(header)
    for k, r in enumerate(rows, 1):
        ws.append([f"G-{k:05d}", r["paid_date"], r["doc_date"], r["doc_no"], r["account"],
                   r["supplier"], r["case"] or None, r["activity"], r["heading"], r["description"],
                   float(r["amount"]), float(r["vat"]) if r["vat"] else None, "EUR", None])
        row = ws.max_row
        for col in (2, 3):
            ws.cell(row, col).number_format = "DD.MM.YYYY"
        for col in (11, 12):
            ws.cell(row, col).number_format = "#,##0.00"
    save(wb, path)


def write_register(path, cs):
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws.append(["AVR case register — pseudonymised extract (no names, no document numbers)"])
    ws.append(["Case no.", "Office", "Departure order date", "Departure date", "Nationality",
               "Country of return", "Sex", "Year of birth", "Vulnerable", "Without means",
               "Detained", "Reintegration", "Intake channel"])
    yes = lambda b: "yes" if b else "no"
    for c in cs:
        ws.append([c["id"], c["office"], c["order"], c["dep"], c["nat"], c["nat"], c["sex"],
                   c["born"], yes(c["vulnerable"]), yes(c["without_means"]), yes(c["detained"]),
                   yes(c["reintegration"]), "PMLP referral"])
        row = ws.max_row
        for col in (3, 4):
            ws.cell(row, col).number_format = "DD.MM.YYYY"
    save(wb, path)


def save(wb, path):
    fixed = dt.datetime(2023, 1, 31, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "realistic_ledger.py"
    wb.save(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="tests/fixtures/realistic")
    ap.add_argument("--seed", type=int, default=2018)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    cs = cases(rng)
    led = Ledger(rng)
    payroll(led, rng)
    overheads(led, rng)
    for c in cs:
        per_case(led, rng, c)
    # The ledger in the order it was booked: by payment date (cash book), then document date.
    led.rows.sort(key=lambda r: (r["paid_date"], r["doc_date"], r["doc_no"]))
    os.makedirs(a.out, exist_ok=True)
    write_ledger(os.path.join(a.out, "expenses.xlsx"), led.rows)
    write_register(os.path.join(a.out, "cases.xlsx"), cs)
    total = sum(r["amount"] for r in led.rows)
    print(f"{len(led.rows)} ledger rows, {len(cs)} cases, {total} EUR (VAT included)")


if __name__ == "__main__":
    main()
