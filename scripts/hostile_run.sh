#!/usr/bin/env bash
# Runs grantbook over every file of a folder of hostile or odd inputs and reports, per file, the
# exit code, the peak RSS and the first line of the message; fails when any run ends otherwise
# than 0, 1 or 2, prints a panic, or peaks above the limit.
#
#   scripts/hostile_run.sh DIR [LIMIT_MB]     # LIMIT_MB: 512 unless given
#
# Each file is given to `grantbook check` on the mini test project (tests/fixtures/mini) as the
# expense ledger, or, when it ends in .toml, as the project file. Uses the release binary
# (target/release/grantbook, or $GRANTBOOK) and GNU time. Examples: the bad-input corpus
# (scripts/hostile_corpus.py DIR --mib 1536), calamine's own test workbooks (its repository's
# tests/ folder, unpacked anywhere).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${1:?usage: scripts/hostile_run.sh DIR [LIMIT_MB]}"
LIMIT="${2:-512}"
BIN="${GRANTBOOK:-$ROOT/target/release/grantbook}"
MINI="$ROOT/tests/fixtures/mini"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
worst=0 worst_file="" bad=0 n=0
declare -A codes=()
printf 'file\texit\tpeak MB\tmessage\n'
while IFS= read -r -d '' f; do
  n=$((n + 1))
  if [[ "$f" == *.toml ]]; then
    args=(--project "$f" --expenses "$MINI/expenses.csv" --cases "$MINI/cases.csv" --rates "$MINI/rates.csv")
  else
    args=(--project "$MINI/project.toml" --expenses "$f" --cases "$MINI/cases.csv" --rates "$MINI/rates.csv")
  fi
  /usr/bin/time -f '%M' -o "$TMP/time" timeout 120 "$BIN" "${args[@]}" --out "$TMP/out" check --quiet \
    >"$TMP/stdout" 2>"$TMP/stderr"
  code=$?
  kb=$(tail -1 "$TMP/time" | tr -dc '0-9')
  mb=$(( ${kb:-0} / 1024 ))
  msg=$(grep -m1 -E 'error|panicked' "$TMP/stderr" | cut -c1-160)
  codes[$code]=$(( ${codes[$code]:-0} + 1 ))
  if (( mb > worst )); then worst=$mb worst_file=$f; fi
  if (( code > 2 )) || grep -q panicked "$TMP/stderr" || (( mb > LIMIT )); then
    bad=$((bad + 1)); msg="FAIL: $msg"
  fi
  printf '%s\t%s\t%s\t%s\n' "${f#"$DIR"/}" "$code" "$mb" "$msg"
done < <(find "$DIR" -type f -print0 | sort -z)
summary=""
for c in "${!codes[@]}"; do summary+=" exit $c: ${codes[$c]};"; done
echo "files: $n;$summary worst peak RSS: $worst MB (${worst_file#"$DIR"/}); failures: $bad"
(( bad == 0 ))
