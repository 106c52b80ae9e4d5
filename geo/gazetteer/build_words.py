"""Build ``gazetteer/base/common_words.txt``: English words that are ordinary lower-case words.

A capitalised token that is also an everyday word ("Reading", "Mobile", "March", "Nice") needs more
evidence before it is read as a place. The list holds words that a dictionary lists in lower case (so
"london" and "paris" are not in it; "reading", "mobile" and "turkey" are) and that are frequent in English
(wordfreq Zipf >= 3.0). Inputs: Debian's ``wamerican`` and ``wbritish`` word lists (British spellings such as
"tyre", "centre" and "harbour" are everyday words too: "Tyre marks from tugs ..." is no Lebanese city) and the
``wordfreq`` package, all needed only to rebuild; the derived file is shipped.

    python -m geo.gazetteer.build_words --dict /usr/share/dict/american-english \
        --dict /usr/share/dict/british-english --out gazetteer/base/common_words.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.atomic import write_atomic


def build(dict_paths: list[Path], min_zipf: float = 3.0) -> list[str]:
    from wordfreq import zipf_frequency

    lower: set[str] = set()
    for word in (w for path in dict_paths for w in path.read_text(encoding="utf-8").split()):
        if "'" in word or not word.isalpha() or not word.isascii() or word[0].isupper():
            continue
        lower.add(word)
    common = [w for w in sorted(lower) if len(w) > 1 and zipf_frequency(w, "en") >= min_zipf]
    return common


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, action="append", help="a word list (repeat for several; default: the "
                    "American and British English lists)")
    ap.add_argument("--out", type=Path, default=Path("gazetteer/base/common_words.txt"))
    args = ap.parse_args(argv)
    dicts = args.dict or [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]
    for path in dicts:
        if not path.is_file():
            print(f"{path}: word list not found (apt-get install wamerican wbritish)", file=sys.stderr)
            return 2
    words = build(dicts)
    write_atomic(args.out, "# Ordinary lower-case English words (built by geo.gazetteer.build_words; see its "
                           "docstring)\n" + "\n".join(words) + "\n")
    print(f"{args.out}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
