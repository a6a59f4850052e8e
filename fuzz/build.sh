#!/usr/bin/env bash
# Builds every libFuzzer target of the fuzz package (Swift's -sanitize=fuzzer plus AddressSanitizer),
# optimised and with debug info so crash reports name lines. Usage: fuzz/build.sh
# SwiftPM's --sanitize handles the C targets and the link; swiftc keeps only the last -sanitize
# flag it is given, so the Swift modules also get the combined one (else they get no coverage).
set -euo pipefail
cd "$(dirname "$0")"
scratch="${FUZZ_SCRATCH:-.build-fuzz}"
swift build -c release --scratch-path "$scratch" \
    --sanitize fuzzer --sanitize address \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g \
    "$@"
echo "fuzz targets: $(swift build -c release --scratch-path "$scratch" --sanitize fuzzer --sanitize address --show-bin-path)"
