#!/usr/bin/env bash
# The Dask driver on a LocalCluster (3 worker processes on loopback) gives the same triples,
# as a set, as one `attache batch` run. Exits 77 (skipped) without Debian's python3-distributed.
#   usage: dask_test.sh ATTACHE_CLI SOURCE_DIR
set -euo pipefail
cli=$1 src=$2
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
"$py" -c "import distributed" 2>/dev/null || { echo "python3-distributed not installed; skipping"; exit 77; }
# Its documents are the older corpus (the blind half is kept for scoring only).
[ -d "$src/../shared/corpus" ] || { echo "../shared/corpus not found; skipping"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$py" - "$src" "$work/docs.jsonl" <<'PY'
import glob, json, os, sys
src, out = sys.argv[1], sys.argv[2]
corpus = os.path.join(src, "..", "shared", "corpus")
files = sorted(p for p in glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True)
               if os.sep + "blind" + os.sep not in p)
files.append(os.path.join(src, "examples", "articles", "caspian-summit.txt"))
with open(out, "w") as f:
    for rep in range(4):
        for i, path in enumerate(files):
            f.write(json.dumps({"id": f"{rep}-{i}", "text": open(path).read(), "date": "2024-06-12"}) + "\n")
PY
"$cli" batch --threads 2 "$work/docs.jsonl" > "$work/single.jsonl"
timeout 300 "$py" "$src/scripts/dask_batch.py" --cli "$cli" --local 3 --partition-docs 7 \
  "$work/docs.jsonl" -o "$work/dask.jsonl" 2> "$work/dask.err" || { cat "$work/dask.err"; exit 1; }
sort "$work/single.jsonl" > "$work/a"
sort "$work/dask.jsonl" > "$work/b"
lines=$(wc -l < "$work/a")
[ "$lines" -gt 50 ] || { echo "too few triples ($lines)"; exit 1; }
cmp -s "$work/a" "$work/b" || { echo "Dask output differs from a single run"; diff "$work/a" "$work/b" | head; exit 1; }
echo "dask LocalCluster output identical to a single run: $lines triples"
