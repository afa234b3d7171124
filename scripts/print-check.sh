#!/usr/bin/env bash
# Prints every report of the shipped sample as a reader would and checks the paper:
#   html  → Chromium's --print-to-pdf (the browser's own print path)
#   xlsx  → LibreOffice's PDF export (the workbook's own print set-up)
# then, for every PDF: each page is A4; no word lies outside the page (a cut column); every page
# carries the last column's header of a table on it; the text is printed at 60 % of its size or
# more (median word height from `pdftotext -bbox`); the page count; and PNGs of every page
# (`pdftoppm -png -r 60`) to look at.
#
# Needs (Debian): apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui poppler-utils
# Not run by CI. Usage: scripts/print-check.sh [DIR]   (default out/print; GRANTBOOK=path/to/binary
# to use a binary already built, else a release build is made; CHECK_ONLY=1 to check the PDFs
# already in DIR again without making them)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath -m "${1:-out/print}")
if [ -z "${CHECK_ONLY:-}" ]; then
bin=${GRANTBOOK:-}
if [ -z "$bin" ]; then
  cargo build --quiet --release
  bin=target/release/grantbook
fi
bin=$(realpath "$bin")
rm -rf "$dir"
mkdir -p "$dir"/{lv,en,pdf,png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# The sample's reports, in both languages.
for lang in lv en; do
  o="$dir/$lang"
  "$bin" --quiet --lang "$lang" --out "$o" claim --period 2020-Q3 --format xlsx,html,json
  "$bin" --quiet --lang "$lang" --out "$o" claim --final --format xlsx,html,json
  "$bin" --quiet --lang "$lang" --out "$o" burn --as-of 2021-06-30 --format xlsx,html,json >/dev/null
  # check exits 1 on the sample's planted errors: the findings are what it is for.
  "$bin" --quiet --lang "$lang" --out "$o" check --format xlsx,html >/dev/null || [ $? -eq 1 ]
  "$bin" --quiet --lang "$lang" --out "$o" review --claim "$o/claim-2020-Q3.xlsx" --format xlsx,html >/dev/null || [ $? -eq 1 ]
done

# Print: html with Chromium, workbooks with LibreOffice (one profile for the run).
for lang in lv en; do
  for f in "$dir/$lang"/*.html; do
    stem=$(basename "$f" .html)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
      --no-pdf-header-footer --user-data-dir="$profile/chromium" \
      --print-to-pdf="$dir/pdf/$stem.$lang.html.pdf" "file://$f" >/dev/null 2>&1
  done
  for f in "$dir/$lang"/*.xlsx; do
    stem=$(basename "$f" .xlsx)
    soffice -env:UserInstallation="file://$profile/lo" --headless --convert-to pdf \
      --outdir "$dir/pdf/$lang" "$f" >/dev/null 2>&1
    mv "$dir/pdf/$lang/$stem.pdf" "$dir/pdf/$stem.$lang.xlsx.pdf"
  done
done
rmdir "$dir/pdf/lv" "$dir/pdf/en" 2>/dev/null || true

for p in "$dir"/pdf/*.pdf; do
  pdftoppm -png -r 60 "$p" "$dir/png/$(basename "$p" .pdf)"
done

# The two pages the README shows (DOCS=1): the Latvian 2020-Q3 claim's document list as
# Chromium prints the html, and its Financing sheet as LibreOffice prints the workbook.
page_with() { # page_with PDF TEXT → the first page whose text holds TEXT
  local n
  n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for i in $(seq 1 "$n"); do
    if pdftotext -f "$i" -l "$i" "$1" - | tr '\n' ' ' | grep -q "$2"; then echo "$i"; return; fi
  done
}
if [ -n "${DOCS:-}" ]; then
  p="$dir/pdf/claim-2020-Q3.lv.html.pdf"
  i=$(page_with "$p" "Izdevumus pamatojošo dokumentu saraksts")
  pdftoppm -png -r 80 -f "$i" -l "$i" -singlefile "$p" docs/print-claim-documents-lv
  p="$dir/pdf/claim-2020-Q3.lv.xlsx.pdf"
  i=$(page_with "$p" "Finansējuma sadalījums pa avotiem")
  pdftoppm -png -r 80 -f "$i" -l "$i" -singlefile "$p" docs/print-claim-financing-xlsx-lv
fi

fi

# The checks, on every PDF: A4 pages; no word outside the page (a cut column); every page that
# carries table data carries the last column's header of one of its tables (html: the last
# <th> of every <thead>, which Chromium repeats on each page; xlsx: the last header of each
# sheet's print-title row, and a sheet printed on several pages must have one); the scale; the
# page count; and the 2020-Q3 claim's document list on at most 8 pages.
python3 - "$dir" <<'PY'
import glob, html.parser, os, re, statistics, subprocess, sys, zipfile
from xml.etree import ElementTree as ET

A4 = sorted((595.3, 841.9))
# Word height at 100 % is about 0.92 × the font size (measured: DejaVu Sans, Carlito). A page's
# median word height against its body text: 11 pt in a workbook, 9 pt printed html (its long
# lists are set at 7 pt on purpose: 78 %). Below 60 % a page is too small to read.
BODY = {"xlsx": 11.0, "html": 9.0}
DOC_PAGES = 8
DOC_TITLES = {"lv": ("Izdevumus pamatojošo dokumentu saraksts", "Neapmaksātās izmaksas"),
              "en": ("List of supporting documents", "Unpaid costs")}
MONEY = re.compile(r"^-?\d{1,3}([ ,.\u00a0]\d{3})*[.,]\d{2}$")
norm = lambda t: " ".join(t.split())

class LastTh(html.parser.HTMLParser):
    """The text of the last <th> of every <thead>."""
    def __init__(self):
        super().__init__(); self.heads, self.cur, self.th, self.buf = [], None, False, ""
    def handle_starttag(self, tag, a):
        if tag == "thead": self.cur = []
        elif tag == "th" and self.cur is not None: self.th, self.buf = True, ""
    def handle_endtag(self, tag):
        if tag == "th" and self.th: self.th = False; self.cur.append(norm(self.buf))
        elif tag == "thead" and self.cur is not None:
            last = [t for t in self.cur if t]
            if last: self.heads.append(last[-1])
            self.cur = None
    def handle_data(self, d):
        if self.th: self.buf += d

def html_heads(path):
    p = LastTh(); p.feed(open(path, encoding="utf-8").read()); return set(p.heads)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
def xlsx_heads(path):
    """sheet name → last header text of its print-title row (None: no print titles; "" for a
    sheet of charts, which has no header to repeat)."""
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            strings.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    sheets = [(s.get("name"), target[s.get("{%s}id" % NS["r"])]) for s in wb.find("m:sheets", NS)]
    titles = {}
    for d in wb.iter("{%s}definedName" % NS["m"]):
        if d.get("name") == "_xlnm.Print_Titles":
            m = re.search(r"\$(\d+):\$(\d+)", d.text or "")
            if m: titles[int(d.get("localSheetId"))] = int(m.group(1))
    out = {}
    for i, (name, t) in enumerate(sheets):
        row = titles.get(i)
        rel = "xl/worksheets/_rels/" + os.path.basename(t) + ".rels"
        if row is None:
            out[name] = "" if rel in z.namelist() and b"drawing" in z.read(rel) else None
            continue
        x = ET.fromstring(z.read("xl/" + t.lstrip("/").removeprefix("xl/")))
        cells = []
        for r in x.iter("{%s}row" % NS["m"]):
            if int(r.get("r")) != row: continue
            for c in r.findall("m:c", NS):
                v = c.find("m:v", NS)
                if c.get("t") == "s" and v is not None: cells.append(strings[int(v.text)])
                elif c.get("t") == "inlineStr": cells.append("".join(t.text or "" for t in c.iter("{%s}t" % NS["m"])))
                elif v is not None: cells.append(v.text)
        cells = [norm(c) for c in cells if c and c.strip()]
        out[name] = cells[-1] if cells else None
    return out

def pages(pdf):
    raw = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    raw = raw[raw.index("<doc>"):raw.index("</doc>") + 6]
    doc = ET.fromstring(re.sub(r"&(?!amp;|lt;|gt;|quot;|apos;)", "&amp;", raw))
    for page in doc:
        w, h = float(page.get("width")), float(page.get("height"))
        words = [(float(x.get("xMin")), float(x.get("yMin")), float(x.get("xMax")), float(x.get("yMax")), x.text or "") for x in page]
        yield w, h, words

root = sys.argv[1]
bad, rows = [], []
for pdf in sorted(glob.glob(os.path.join(root, "pdf", "*.pdf"))):
    name = os.path.basename(pdf)
    stem, lang, kind, _ = name.rsplit(".", 3)
    source = os.path.join(root, lang, f"{stem}.{kind}")
    min_height = 0.92 * BODY[kind] * 0.60
    sheet_heads = xlsx_heads(source) if kind == "xlsx" else None
    heads = html_heads(source) if kind == "html" else set()
    worst, texts, sheet_pages = None, [], {}
    for n, (w, h, words) in enumerate(pages(pdf), 1):
        if sorted((round(w, 1), round(h, 1))) != A4 and abs(min(w, h) - 595.3) > 1.5:
            bad.append(f"{name} p{n}: page {w:.0f} × {h:.0f} pt is not A4")
        # Sideways only: what runs off the bottom goes on on the next page (LibreOffice also
        # exports the clipped top of a chart that starts on the next page).
        out = [t for (x0, y0, x1, y1, t) in words if x0 < -1 or x1 > w + 1]
        if out:
            bad.append(f"{name} p{n}: {len(out)} words outside the page (cut column?): {' '.join(out[:6])}")
        body = [x for x in words if x[3] < h - 30]
        text = norm(" ".join(t for (*_, t) in body))
        texts.append(text)
        if body:
            height = statistics.median(y1 - y0 for (_, y0, _, y1, _) in body)
            worst = height if worst is None else min(worst, height)
            if height < min_height:
                bad.append(f"{name} p{n}: text at {height:.1f} pt high, below 60 % scale ({min_height:.1f} pt)")
        data = sum(1 for (*_, t) in body if MONEY.match(t)) >= 3
        if kind == "html":
            if data and heads and not any(hd in text for hd in heads):
                bad.append(f"{name} p{n}: table data without any table's last-column header")
        else:
            # The sheet is named in the footer's centre.
            foot = norm(" ".join(t for (x0, y0, x1, y1, t) in words if y0 > h - 30 and w * 0.25 < x0 < w * 0.75))
            sheet = next((s for s in sheet_heads if s == foot), foot)
            sheet_pages.setdefault(sheet, []).append(n)
            last = sheet_heads.get(sheet)
            # A wrapped header is printed a line at a time: its longest word stands for it.
            key = max(last.split(), key=len) if last else None
            if key and data and key not in text:
                bad.append(f"{name} p{n}: sheet {sheet}: no '{last}' (the last column's header)")
    if kind == "xlsx":
        for sheet, ps in sheet_pages.items():
            if len(ps) > 1 and sheet_heads.get(sheet) is None:
                # Continuation pages of a sheet without print titles carry no header.
                for n in ps[1:]:
                    bad.append(f"{name} p{n}: sheet {sheet} goes on without its header row (no print titles)")
    scale = f"{worst / (0.92 * BODY[kind]):.0%}" if worst else "-"
    extra = ""
    if stem == "claim-2020-Q3":
        first, nxt = DOC_TITLES[lang]
        a = next((i for i, t in enumerate(texts) if first in t), None)
        b = next((i for i, t in enumerate(texts) if nxt in t), None)
        if a is not None and b is not None:
            extra = f"  document list {b - a} pages"
            if b - a > DOC_PAGES:
                bad.append(f"{name}: the document list takes {b - a} pages (at most {DOC_PAGES})")
    rows.append(f"{name:36} {len(texts):3} pages  smallest page scale {scale:>4}{extra}")
print("\n".join(rows))
for b in bad:
    print("FAIL", b)
print(f"{len(rows)} PDFs, {len(bad)} problems")
sys.exit(1 if bad else 0)
PY
