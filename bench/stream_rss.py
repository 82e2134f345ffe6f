#!/usr/bin/env python3
"""Peak memory of `attache batch` streaming a large JSON Lines corpus.

usage: stream_rss.py ATTACHE_CLI [MB (default 100)]
Writes MB of documents (the bundled example article and, when present, the shared corpus,
repeated) to a temporary file, pipes it through `attache batch`, and prints throughput and
the child's peak RSS. Memory should not grow with the input: compare 10 and 100 MB.
"""
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

cli = sys.argv[1]
mb = int(sys.argv[2]) if len(sys.argv) > 2 else 100
here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, "..", "..", "shared", "corpus", "**", "*.txt"),
                         recursive=True))
files.append(os.path.join(here, "..", "examples", "articles", "caspian-summit.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    path, size, i = f.name, 0, 0
    while size < mb * 1_000_000:
        line = json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) + "\n"
        f.write(line)
        size += len(line)
        i += 1
try:
    start = time.time()
    with open(path) as inp, open(os.devnull, "w") as out:
        subprocess.run([cli, "batch", "-"], stdin=inp, stdout=out, check=True)
    secs = time.time() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"streamed {size / 1e6:.0f} MB ({i} documents) in {secs:.1f} s = "
          f"{size / 1e6 / secs:.1f} MB/s; peak RSS {peak:.0f} MB")
finally:
    os.unlink(path)
