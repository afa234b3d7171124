#!/usr/bin/env bash
# Regenerates the screenshots in docs/ from the current outputs on the shipped sample:
# the 2020-Q3 claim's cover and financing split, and the burn report on 2021-06-30 (Latvian).
# Needs chromium (apt-get install -y chromium). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --quiet --release -- claim --period 2020-Q3 --lang lv --format html --out "$out" >/dev/null
cargo run --quiet --release -- burn --as-of 2021-06-30 --lang lv --format html --out "$out" >/dev/null

shot() { # shot HTML PNG WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$out/profile" --window-size="$3,$4" --screenshot="$2" "file://$1" 2>/dev/null
}

shot "$out/claim-2020-Q3.html" docs/claim-html-lv-cover.png 1200 1600
# The financing split alone: a copy of the page with every other section hidden.
sed 's#</style>#section:not(\#financing){display:none}</style>#' "$out/claim-2020-Q3.html" > "$out/financing.html"
shot "$out/financing.html" docs/claim-html-lv-financing.png 1200 1100
shot "$out/burn-2021-06-30.html" docs/burn.png 980 1036
echo "wrote docs/claim-html-lv-cover.png docs/claim-html-lv-financing.png docs/burn.png"
# The workspace's review page (Latvian, stratified sample, two checklist rows filled), from
# the Chromium test that drives it.
GRANTBOOK_SCREENSHOTS="$PWD/docs" cargo test --quiet --test it serve_browser -- --exact serve_browser::the_workspace_in_chromium >/dev/null
echo "wrote docs/serve-review.png"
