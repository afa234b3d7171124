#!/usr/bin/env bash
# Page timings of `grantbook serve` on the shipped sample: starts the server, opens a session
# with the printed token, loads each page once (the first load) and then N more times, and
# prints the first load and the median of the rest per page, in milliseconds (curl's
# time_total). Then the review's work: the 2020-Q3 claim workbook uploaded with stratified MUS
# (the recomputation, the sample and the three files written), the review page with its
# sample, and a checklist saved with two rows (evaluated and written again).
# Usage: scripts/serve-timing.sh [BINARY] [N]   (default: target/release/grantbook if built,
# else target/debug/grantbook; N = 10). Needs curl and awk.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [[ -z $bin ]]; then
  if [[ -x target/release/grantbook ]]; then bin=target/release/grantbook; else bin=target/debug/grantbook; fi
fi
n=${2:-10}
out=$(mktemp -d)
log=$out/serve.log
"$bin" serve --out "$out/reports" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 50); do [[ -s $log ]] && break; sleep 0.2; done
url=$(head -1 "$log" | sed 's/^grantbook: serving //')
base=${url%%/?token=*}
jar=$out/cookies
curl -s -c "$jar" -b "$jar" -o /dev/null "$url"
echo "binary: $bin; sample: budgets/ and sample-data/; $n loads after the first"
printf '%-36s %10s %12s\n' page "first ms" "median ms"
# time LABEL EXPECTED-STATUS CURL-ARGS…: the first request, then N more; prints both.
time_it() {
  local label=$1 want=$2
  shift 2
  read -r code first < <(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$@")
  if [[ $code != "$want" ]]; then
    echo "$label answered $code" >&2
    exit 1
  fi
  times=$(for _ in $(seq "$n"); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v p="$label" -v f="$first" -v m="$median" 'BEGIN { printf "%-36s %10.1f %12.1f\n", p, f * 1000, m * 1000 }'
}
for page in / /findings "/claim?period=2020-Q3" "/claim/view?period=2020-Q3" /burn /burn/view /rules /review; do
  time_it "$page" 200 "$base$page"
done
"$bin" claim --period 2020-Q3 --format xlsx --out "$out/claims" -q
csrf=$(curl -s -b "$jar" "$base/review" | grep -o 'csrf=[0-9a-f]*' | head -1 | cut -d= -f2)
time_it "POST /review (upload, stratified)" 303 -F "claim=@$out/claims/claim-2020-Q3.xlsx" \
  -F method=stratified -F expected_error=0.5 "$base/review?csrf=$csrf"
time_it "/review (with its sample)" 200 "$base/review"
rows=$(curl -s -b "$jar" "$base/review" | grep -o 'data-entry="[^"]*"' | head -2 | cut -d'"' -f2)
first_row=$(echo "$rows" | sed -n 1p)
second_row=$(echo "$rows" | sed -n 2p)
time_it "POST /review/checklist (2 rows)" 303 --data "result-$first_row=ok&result-$second_row=error&error_type-$second_row=wrong_amount&deducted-$second_row=1.00" \
  "$base/review/checklist?csrf=$csrf"
