#!/usr/bin/env python3
"""Checks that docs/api.md covers every public header and every type and function they
declare outside private sections, so the reference stays in sync with the code."""
import os
import re
import sys

src = sys.argv[1]
api = open(os.path.join(src, "docs", "api.md"), encoding="utf-8").read()
missing = []
inc = os.path.join(src, "include", "attache")
for name in sorted(os.listdir(inc)):
    if f"attache/{name}" not in api:
        missing.append(f"header {name}")
    text = open(os.path.join(inc, name), encoding="utf-8").read()
    text = re.sub(r"//.*", "", text)
    # Private members are not part of the API: drop each private section up to the next
    # access specifier or the end of its class.
    text = re.sub(r"^\s*private:.*?(?=^\s*(?:public|protected):|^\s*};)", "", text,
                  flags=re.M | re.S)
    for kind, ident in re.findall(r"^(class|struct|enum class|enum)\s+(\w+)\s*[:{]", text, re.M):
        if ident not in api:
            missing.append(f"{kind} {ident} ({name})")
    for ident in re.findall(r"^(?:[\w:<>,\s\*&]+?)\s\*?&?(\w+)\(", text, re.M):
        if ident not in api and ident not in ("operator",):
            missing.append(f"function {ident} ({name})")
for m in missing:
    print("not in docs/api.md:", m)
sys.exit(1 if missing else 0)
