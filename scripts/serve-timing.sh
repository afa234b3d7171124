#!/usr/bin/env bash
# Page timings of `grantbook serve` on the shipped sample: starts the server, opens a session
# with the printed token, loads each page once (the first load) and then N more times, and
# prints the first load and the median of the rest per page, in milliseconds (curl's
# time_total). Usage: scripts/serve-timing.sh [BINARY] [N]   (default: target/release/grantbook
# if built, else target/debug/grantbook; N = 10). Needs curl and awk.
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
for page in / /findings "/claim?period=2020-Q3" "/claim/view?period=2020-Q3" /burn /burn/view /rules /review; do
  read -r code first < <(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$page")
  if [[ $code != 200 ]]; then
    echo "$page answered $code" >&2
    exit 1
  fi
  times=$(for _ in $(seq "$n"); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base$page"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v p="$page" -v f="$first" -v m="$median" 'BEGIN { printf "%-36s %10.1f %12.1f\n", p, f * 1000, m * 1000 }'
done
