#!/usr/bin/env python3
"""Dump pypinyin's phrase dictionary as `word<TAB>syllables`, toneless, one reading per character.

Input to `tools/pinyin_phrases.sh`, which keeps the phrases mzctl needs (see
src/domain/pinyin/SOURCES.md). Needs pypinyin (`pip install pypinyin`, MIT licence); the
build never runs this.

Each character's first reading in the dictionary is taken (pypinyin's own choice); tone marks
are removed, `ü` is kept (`lü`), `v` (pypinyin's spelling of ü in some entries) becomes `ü`.
Words with a character outside the CJK ideograph blocks are skipped.
"""
import json
import os
import sys
import unicodedata

import pypinyin


def plain(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    # Keep the diaeresis (ü), drop the tone marks.
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308")
    return unicodedata.normalize("NFC", kept).replace("v", "ü")


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0x20000 <= o <= 0x3134F or 0xF900 <= o <= 0xFAFF


def main() -> None:
    path = os.path.join(os.path.dirname(pypinyin.__file__), "phrases_dict.json")
    with open(path, encoding="utf-8") as f:
        phrases = json.load(f)
    out = sys.stdout
    out.write(f"# pypinyin {pypinyin.__version__} phrases_dict.json\n")
    for word in sorted(phrases):
        readings = phrases[word]
        if not all(is_han(c) for c in word) or len(readings) != len(word):
            continue
        syllables = [plain(r[0]) for r in readings]
        if not all(s.isalpha() for s in syllables):
            continue
        out.write(f"{word}\t{' '.join(syllables)}\n")


if __name__ == "__main__":
    main()
