#!/usr/bin/env python3
"""A peer of `grantbook claim --final` for the benchmark (scripts/bench.sh): the same claim
totals computed with dataframes, either pandas + openpyxl or polars' own `read_excel`
(calamine engine, via fastexcel).

What it computes — the eligible amount *before the rules* of every paid cost line in the
claim period, summed by activity code x heading code, in integer cents:

  * the ledger, the case register and the exchange rates are read (xlsx or csv);
  * a cost line counts when its payment date lies in the period (`--final`: the first day of
    the first project quarter to the last day of the last one, from the project file);
  * EUR = round_half_up(amount / rate, 2) with the rate of the document date's month (costs in
    the project currency as they are; a foreign cost without a rate has no EUR amount and is
    left out), VAT likewise; recoverable VAT (params.vat_recoverable) is deducted;
  * sums by (activity, heading) as written in the ledger (the `shared` code is not apportioned).

`--compare claim-final.json` checks these sums, to the cent, against grantbook's final claim:
for every supporting document there, eligible + ineligible is exactly that pre-rule amount
(the rules only move money from the first column to the second), so the same grouping of the
json's document list must give the same figures. Exit 1 on any difference.

Usage: peer_claim.py --engine pandas|polars --project budgets/x.toml --dir DATA --ext xlsx|csv
                     [--compare out/claim-final.json]
"""

import argparse
import datetime as dt
import json
import sys
import tomllib
from decimal import Decimal

EXP_SHEET, CASE_SHEET, RATE_SHEET = "Izdevumi", "Lietas", "Kursi"
EXP_HEADER_ROW = 2  # title, empty row, then the header (0-based row 2)
COLS = {
    "entry": "Ieraksta Nr.",
    "doc_date": "Dokumenta datums",
    "paid": "Apmaksas datums",
    "activity": "Aktivitāte",
    "heading": "Budžeta pozīcija",
    "case": "Lietas Nr.",
    "amount": "Summa",
    "currency": "Valūta",
    "vat": "PVN",
}
RATE_SCALE = 10**6  # rates have at most 6 decimals
MILLI = 1000  # amounts have at most 3 decimals (IQD)


def quarter_bounds(project):
    starts = [v["period_start"] for v in project["versions"]]
    ends = [v["period_end"] for v in project["versions"]]
    s, e = min(starts), max(ends)
    first = dt.date(s.year, 3 * ((s.month - 1) // 3) + 1, 1)
    q_end_month = 3 * ((e.month - 1) // 3) + 3
    nxt = dt.date(e.year + (q_end_month == 12), q_end_month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def vat_recoverable(project):
    base = project.get("params", {}).get("vat_recoverable", False)
    vals = {v.get("params", {}).get("vat_recoverable", base) for v in project["versions"]}
    if len(vals) != 1:
        sys.exit("peer: versions differ in vat_recoverable; not supported by this peer")
    return vals.pop()


def run_pandas(args, project):
    import numpy as np
    import pandas as pd

    d = args.dir
    if args.ext == "xlsx":
        exp = pd.read_excel(f"{d}/expenses.xlsx", sheet_name=EXP_SHEET, header=EXP_HEADER_ROW,
                            engine="openpyxl", dtype={COLS["activity"]: str, COLS["heading"]: str})
        cases = pd.read_excel(f"{d}/cases.xlsx", sheet_name=CASE_SHEET, engine="openpyxl")
        rates = pd.read_excel(f"{d}/rates.xlsx", sheet_name=RATE_SHEET, engine="openpyxl",
                              dtype={"Mēnesis": str})
    else:
        exp = pd.read_csv(f"{d}/expenses.csv", dtype={COLS["activity"]: str, COLS["heading"]: str})
        cases = pd.read_csv(f"{d}/cases.csv")
        rates = pd.read_csv(f"{d}/rates.csv", dtype={"Mēnesis": str})
    cur = project["agreement"].get("currency", project.get("currency", "EUR"))
    first, last = quarter_bounds(project)

    paid = pd.to_datetime(exp[COLS["paid"]], format="mixed", dayfirst=False, errors="coerce")
    doc = pd.to_datetime(exp[COLS["doc_date"]], format="mixed", errors="coerce")
    keep = paid.notna() & (paid >= pd.Timestamp(first)) & (paid <= pd.Timestamp(last))
    e = pd.DataFrame({
        "activity": exp[COLS["activity"]].str.strip(),
        "heading": exp[COLS["heading"]].str.strip(),
        "currency": exp[COLS["currency"]].fillna(cur).astype(str).str.upper(),
        "amount": np.rint(exp[COLS["amount"]].astype(float) * MILLI).astype(np.int64),
        "vat": np.rint(exp[COLS["vat"]].fillna(0).astype(float) * MILLI).astype(np.int64),
        "month": doc.dt.strftime("%Y-%m"),
        "case": exp[COLS["case"]],
    })[keep]
    known_cases = set(cases["Lietas Nr."].astype(str))
    joined = int(e["case"].dropna().astype(str).isin(known_cases).sum())

    r = pd.DataFrame({
        "month": rates["Mēnesis"].astype(str).str.slice(0, 7),
        "currency": rates["Valūta"].astype(str).str.upper(),
        "rate": np.rint(rates["Kurss"].astype(float) * RATE_SCALE).astype(np.int64),
    }).drop_duplicates(["month", "currency"])
    e = e.merge(r, on=["month", "currency"], how="left")
    is_home = e["currency"] == cur
    e = e[is_home | e["rate"].notna()].copy()
    is_home = e["currency"] == cur
    rate = e["rate"].fillna(RATE_SCALE).astype(np.int64)

    def conv(milli):
        # cents = round_half_up(milli / 1000 * 100 / (rate / 1e6)) = milli * 1e5 / rate
        n = np.where(is_home, milli, milli * (RATE_SCALE // 10))
        dd = np.where(is_home, 10, rate)
        q = (2 * np.abs(n) + dd) // (2 * dd)
        return np.sign(n) * q

    eur = conv(e["amount"].to_numpy())
    vat = conv(e["vat"].to_numpy())
    e["base"] = eur - vat if vat_recoverable(project) else eur
    g = e.groupby(["activity", "heading"])["base"].agg(["sum", "count"])
    sums = {f"{a}|{h}": int(row["sum"]) for (a, h), row in g.iterrows()}
    return sums, int(len(e)), joined


def run_polars(args, project):
    import polars as pl

    d = args.dir
    str_cols = {COLS["activity"]: pl.Utf8, COLS["heading"]: pl.Utf8, COLS["currency"]: pl.Utf8,
                COLS["case"]: pl.Utf8}
    if args.ext == "xlsx":
        exp = pl.read_excel(f"{d}/expenses.xlsx", sheet_name=EXP_SHEET, engine="calamine",
                            read_options={"header_row": EXP_HEADER_ROW},
                            schema_overrides=str_cols, infer_schema_length=10000)
        cases = pl.read_excel(f"{d}/cases.xlsx", sheet_name=CASE_SHEET, engine="calamine",
                              schema_overrides={"Lietas Nr.": pl.Utf8})
        rates = pl.read_excel(f"{d}/rates.xlsx", sheet_name=RATE_SHEET, engine="calamine",
                              schema_overrides={"Mēnesis": pl.Utf8})
    else:
        exp = pl.read_csv(f"{d}/expenses.csv", schema_overrides=str_cols, try_parse_dates=True)
        cases = pl.read_csv(f"{d}/cases.csv", schema_overrides={"Lietas Nr.": pl.Utf8})
        rates = pl.read_csv(f"{d}/rates.csv", schema_overrides={"Mēnesis": pl.Utf8})
    cur = project["agreement"].get("currency", project.get("currency", "EUR"))
    first, last = quarter_bounds(project)

    def as_date(c):
        col = pl.col(c)
        dtype = exp.schema[c]
        if dtype == pl.Utf8:
            return col.str.to_date("%Y-%m-%d", strict=False)
        return col.cast(pl.Date)

    e = exp.select(
        pl.col(COLS["activity"]).str.strip_chars().alias("activity"),
        pl.col(COLS["heading"]).str.strip_chars().alias("heading"),
        pl.col(COLS["currency"]).fill_null(cur).str.to_uppercase().alias("currency"),
        (pl.col(COLS["amount"]).cast(pl.Float64) * MILLI).round(0).cast(pl.Int64).alias("amount"),
        (pl.col(COLS["vat"]).cast(pl.Float64).fill_null(0) * MILLI).round(0).cast(pl.Int64).alias("vat"),
        as_date(COLS["doc_date"]).dt.strftime("%Y-%m").alias("month"),
        as_date(COLS["paid"]).alias("paid"),
        pl.col(COLS["case"]).alias("case"),
    ).filter(pl.col("paid").is_between(first, last))
    joined = e.join(cases.select(pl.col("Lietas Nr.").alias("case")).unique(), on="case",
                    how="semi").height
    r = rates.select(
        pl.col("Mēnesis").str.slice(0, 7).alias("month"),
        pl.col("Valūta").str.to_uppercase().alias("currency"),
        (pl.col("Kurss").cast(pl.Float64) * RATE_SCALE).round(0).cast(pl.Int64).alias("rate"),
    ).unique(subset=["month", "currency"], keep="first")
    e = e.join(r, on=["month", "currency"], how="left").filter(
        (pl.col("currency") == cur) | pl.col("rate").is_not_null())
    home = pl.col("currency") == cur

    def conv(c):
        n = pl.when(home).then(pl.col(c)).otherwise(pl.col(c) * (RATE_SCALE // 10))
        dd = pl.when(home).then(pl.lit(10, pl.Int64)).otherwise(pl.col("rate"))
        return (n.sign() * ((2 * n.abs() + dd) // (2 * dd)))

    base = conv("amount") - conv("vat") if vat_recoverable(project) else conv("amount")
    g = e.with_columns(base.alias("base")).group_by(["activity", "heading"]).agg(
        pl.col("base").sum())
    sums = {f"{a}|{h}": int(b) for a, h, b in g.iter_rows()}
    return sums, e.height, joined


def grantbook_sums(path):
    """Eligible + ineligible of every supporting document in grantbook's claim json, by
    activity x heading, in cents (documents without a EUR amount are left out, as above)."""
    with open(path, encoding="utf-8") as f:
        claim = json.load(f)
    sums, n = {}, 0
    for d in claim["documents"]:
        if d.get("eur") is None:
            continue
        n += 1
        k = f"{d['activity']}|{d['heading']}"
        cents = int((Decimal(d["eligible"]) + Decimal(d["ineligible"])) * 100)
        sums[k] = sums.get(k, 0) + cents
    return sums, n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", choices=["pandas", "polars"], required=True)
    ap.add_argument("--project", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--ext", choices=["xlsx", "csv"], default="xlsx")
    ap.add_argument("--compare", help="grantbook's claim-final.json to check against")
    ap.add_argument("--out", help="write the peer's totals here as json")
    args = ap.parse_args()
    with open(args.project, "rb") as f:
        project = tomllib.load(f)
    run = run_pandas if args.engine == "pandas" else run_polars
    sums, lines, joined = run(args, project)
    total = sum(sums.values())
    result = {"engine": args.engine, "lines": lines, "lines_with_known_case": joined,
              "total_cents": total, "by_activity_heading_cents": dict(sorted(sums.items()))}
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    print(f"peer[{args.engine}]: {lines} paid lines in period, pre-rule total "
          f"{total // 100}.{total % 100:02d} EUR in {len(sums)} activity x heading cells")
    if args.compare:
        gb, n = grantbook_sums(args.compare)
        diffs = [(k, sums.get(k, 0), gb.get(k, 0)) for k in sorted(set(sums) | set(gb))
                 if sums.get(k, 0) != gb.get(k, 0)]
        if n != lines:
            diffs.append(("document count", lines, n))
        if diffs:
            for k, p, g in diffs:
                print(f"  MISMATCH {k}: peer {p} grantbook {g}", file=sys.stderr)
            sys.exit(1)
        print(f"peer[{args.engine}]: equal to grantbook's claim json to the cent "
              f"({len(sums)} cells, {n} documents)")


if __name__ == "__main__":
    main()
