#!/usr/bin/env bash
# The fuzz_server and fuzz_gatt CTest tests: libFuzzer for a bounded time on a COPY of the seed
# corpus (a run adds what it finds to the directory it is given; the seeds stay as they are).
#   run-fuzzer.sh FUZZER CORPUS WORKDIR SECONDS
# Fails with the reproducer's path when the fuzzer finds a crash, a sanitizer report, a leak, a
# time-out or a broken invariant.
set -uo pipefail
fuzzer=$1 corpus=$2 work=$3 seconds=$4
name=$(basename "$fuzzer")

rm -rf "$work/corpus" "$work/artifacts"
mkdir -p "$work/corpus" "$work/artifacts"
find "$corpus" -maxdepth 1 -type f ! -name README.md -exec cp {} "$work/corpus/" \;
log="$work/fuzz.log"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(dirname "$0")/lsan.supp:print_suppressions=0}"
# -timeout: a single input taking this long is a finding (zxcvbn on hostile text, say).
"$fuzzer" -max_total_time="$seconds" -rss_limit_mb=3072 -timeout=25 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
status=$?

grep -E '^(stat::|Done|#[0-9]+ +DONE)' "$log" | tail -12
if [ "$status" -ne 0 ]; then
    echo "$name failed (exit $status); the end of its log ($log):"
    tail -n 60 "$log"
    for reproducer in "$work"/artifacts/*; do
        [ -e "$reproducer" ] || continue
        echo "reproducer: $reproducer"
        echo "  replay: $fuzzer $reproducer"
        [ "$name" = fuzz_server ] && echo "  or with GCC: build-tests/tests/fuzz_replay $reproducer"
    done
    exit 1
fi
echo "$name: no findings in $seconds s; corpus $(ls "$work/corpus" | wc -l) inputs"
