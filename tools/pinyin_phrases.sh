#!/usr/bin/env bash
# Regenerate src/domain/pinyin/phrases.txt from pypinyin's phrase dictionary (see
# src/domain/pinyin/SOURCES.md). Needs python3 with pypinyin (`pip install pypinyin`); the
# build does not.
#
#   bash tools/pinyin_phrases.sh            # uses `python3`
#   PYTHON=path/to/python bash tools/pinyin_phrases.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
dump=$(mktemp)
trap 'rm -f "$dump"' EXIT
"$PYTHON" tools/pinyin_phrases.py > "$dump"
MZCTL_PHRASES_FROM="$dump" cargo test --locked --lib -q pinyin::tests::phrase_table -- --nocapture
