#!/usr/bin/env python3
"""In each file given, keeps the picked commit's side of every conflict hunk: for a hand change replayed on a
newly generated file, where the only conflicting lines are the ones the hand change rewrote."""
import re
import sys

for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"<<<<<<< [^\n]*\n.*?=======\n(.*?)>>>>>>> [^\n]*\n", r"\1", text, flags=re.S)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
