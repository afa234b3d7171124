#!/usr/bin/env bash
# Runs grantbook's fuzz targets (fuzz/fuzz_targets) with cargo-fuzz / libFuzzer: the importers,
# and `pipeline`, check and claim in every format on structured inputs.
#   scripts/fuzz.sh TARGET SECONDS   one target (pipeline, project, csv, xls, xlsx, ods)
#   scripts/fuzz.sh all SECONDS      every target, one after the other
# Needs `cargo install cargo-fuzz`. On a stable toolchain RUSTC_BOOTSTRAP=1 lets cargo-fuzz use
# the nightly-only flags it needs. Built without a sanitizer (`-s none`): grantbook and its
# importers are safe Rust, so the findings looked for are panics, hangs (> 10 s for one input)
# and a peak memory above 512 MB (the bound README "Security and data protection" states).
# The working corpus grows in fuzz/corpus/TARGET from
# fuzz/seeds/TARGET; crashes land in fuzz/artifacts/TARGET; a log with libFuzzer's final
# statistics (stat::number_of_executed_units) in fuzz/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR_FUZZ:-$PWD/target}"
targets=(pipeline project csv xls xlsx ods)
what="${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}"
secs="${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}"
if [ "$what" = all ]; then set -- "${targets[@]}"; else set -- "$what"; fi
mkdir -p logs
for t in "$@"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  cargo fuzz run -s none "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=512 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="artifacts/$t/" 2>&1 | tee "logs/$t.log" | grep -E 'stat::|SUMMARY|ERROR|panicked' || true
  crashes=$(find "artifacts/$t" -type f | wc -l)
  echo "$t: $(grep -o 'number_of_executed_units: [0-9]*' "logs/$t.log" | tail -1) crashes: $crashes"
done
