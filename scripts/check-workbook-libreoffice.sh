#!/usr/bin/env bash
# Opens a grantbook claim workbook in LibreOffice headless with every formula recalculated on
# load, exports each sheet as csv, and compares the recalculated total cells — and every
# row's "this period" figure, a SUMIFS over the document list — with the claim's json (the
# numbers grantbook computed). Not run by CI: it needs LibreOffice
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui
# Usage: scripts/check-workbook-libreoffice.sh out/claim-2020-Q3.xlsx [out/claim-2020-Q3.json]
set -euo pipefail
xlsx=$(realpath "$1")
json=$(realpath "${2:-${1%.xlsx}.json}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A LibreOffice profile that recalculates every formula on load (TECH-NOTES: OOXMLRecalcMode 0).
profile="$work/profile"
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

# Recalculate on load, save as xlsx again, then export every sheet as UTF-8 csv (sheet -1 =
# all sheets, one file each), with formula results, not the formulas.
soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$work/recalc" "$xlsx" >/dev/null 2>&1
soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$work/csv" "$work/recalc/$(basename "$xlsx")" >/dev/null 2>&1

python3 - "$work/csv" "$json" "$xlsx" <<'PY'
import csv, glob, json, os, re, sys, zipfile
from decimal import Decimal
csvdir, jpath = sys.argv[1], sys.argv[2]
j = json.load(open(jpath, encoding="utf-8"))
files = sorted(glob.glob(os.path.join(csvdir, "*.csv")))
sheets = {}
for f in files:
    name = os.path.basename(f).rsplit("-", 1)[-1][:-4]
    sheets[name] = list(csv.reader(open(f, encoding="utf-8")))
# Sheet order in the workbook: cover, expenditure, financing, indirect, indicators, documents,
# unpaid, findings, rates, _grantbook. LibreOffice names the files <stem>-<sheet>.csv.
def sheet(i):
    names = [os.path.basename(f)[:-4] for f in files]
    return None
lang = j["lang"]
labels = {
    "en": ["Cover", "Expenditure", "Financing", "Indirect costs", "Documents", "Unpaid", "Findings"],
    "lv": ["Titullapa", "Izdevumi", "Finansējums", "Netiešās izmaksas", "Dokumenti", "Neapmaksātie", "Konstatējumi"],
}[lang]
def grid(name):
    for f in files:
        if os.path.basename(f)[:-4].endswith("-" + name):
            return list(csv.reader(open(f, encoding="utf-8")))
    sys.exit(f"no csv for sheet {name}: {[os.path.basename(f) for f in files]}")
def num(s):
    s = s.replace("\u00a0", "").replace(" ", "").replace(",", "")
    return Decimal(s).quantize(Decimal("0.01"))
def money(s):
    return Decimal(s).quantize(Decimal("0.01"))
cover, exp, fin, ind, docs, unpaid, finds = (grid(n) for n in labels)
checks = []
def cmp(what, got, want):
    ok = num(got) == money(want)
    checks.append(ok)
    print(f"{'ok  ' if ok else 'DIFF'} {what}: LibreOffice {got} | json {want}")
n = len(j["rows"])
t = 5 + n
srcs = [s["code"] for s in j["sources"]]
ns = len(srcs)
cmp("expenditure total budget", exp[t][4], j["total"]["budget"])
cmp("expenditure total earlier", exp[t][5], j["total"]["earlier"]["eligible"])
cmp("expenditure total this period", exp[t][6], j["total"]["period"]["eligible"])
cmp("expenditure total cumulative", exp[t][7], j["total"]["cumulative"]["eligible"])
cmp("expenditure total remaining", exp[t][8], j["total"]["remaining"])
for i, r in enumerate(j["rows"]):
    cmp(f"expenditure {r['line']}/{r['heading']} this period", exp[5 + i][6], r["period"]["eligible"])
    cmp(f"expenditure {r['line']}/{r['heading']} cumulative", exp[5 + i][7], r["cumulative"]["eligible"])
# The period figures are formulas over the document list (or the indirect-cost sheet), not
# values: an edit to a document moves them.
z = zipfile.ZipFile(sys.argv[3])
sheet2 = z.read("xl/worksheets/sheet2.xml").decode("utf-8")
period_formulas = [m for m in re.findall(r'<c r="G(\d+)"[^>]*><f>([^<]*)</f>', sheet2)
                   if 6 <= int(m[0]) < 6 + n]
sumifs = sum(1 for _, f in period_formulas if f.startswith("SUMIFS("))
ok = len(period_formulas) == n and sumifs > 0
checks.append(ok)
print(f"{'ok  ' if ok else 'DIFF'} this-period figures as formulas: {len(period_formulas)} of {n} rows ({sumifs} SUMIFS over the document list)")
for i, l in enumerate(j["lines"]):
    row = exp[t + 4 + i]
    cmp(f"expenditure line {l['line']} this period", row[6], l["period"]["eligible"])
    cmp(f"expenditure line {l['line']} cumulative", row[7], l["cumulative"]["eligible"])
cmp("financing total eligible", fin[t][2], j["total"]["period"]["eligible"])
for k, s in enumerate(srcs):
    cmp(f"financing total {s}", fin[t][3 + k], j["total"]["period"][s])
    cmp(f"financing cumulative {s}", fin[t][3 + ns + 2 + k], j["total"]["cumulative"][s])
for r in range(5, t + 1):
    cmp(f"financing check row {r + 1}", fin[r][3 + ns], "0")
nl = len(j["indirect"])
cmp("indirect allowed total", ind[5 + nl][3], j["indirect_total"]["allowed"])
cmp("indirect claimed total", ind[5 + nl][4], j["indirect_total"]["claimed"])
for name, g, key in [("documents", docs, "documents_total"), ("unpaid", unpaid, "unpaid_total")]:
    row = g[4 + j[key]["lines"]]
    cmp(f"{name} total eligible", row[15], j[key]["eligible"])
    cmp(f"{name} total EUR", row[13], j[key]["eur"])
row = finds[4 + len(j["findings"])]
cmp("findings total", row[5], j["findings_total"])
for r in cover:
    if r and r[0] in ("Amount requested", "Pieprasītā summa"):
        cmp("cover amount requested (EU)", r[2], j["total"]["period"][srcs[0]])
print(f"{sum(checks)} of {len(checks)} total cells equal the json")
sys.exit(0 if all(checks) else 1)
PY
