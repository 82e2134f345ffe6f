#!/usr/bin/env python3
"""Runs `attache batch` over a JSON Lines corpus on a Dask distributed cluster.

usage: dask_batch.py --cli PATH/attache INPUT.jsonl [INPUT...] [-o OUT.jsonl]
                     (--scheduler tcp://HOST:8786 | --local N) [--partition-docs 200]

The input is cut into partitions of whole documents; each Dask task pipes one partition
through `attache batch --threads 1` (the binary must exist at the same path on every
worker) and returns its JSON Lines. Results are written in input order. With --local N a
LocalCluster of N worker processes on 127.0.0.1 is started for the run.
"""
import argparse
import subprocess
import sys


def run_partition(lines, cli, extra):
    """Pipes one partition through the attache CLI on a worker; returns its output."""
    done = subprocess.run([cli, "batch", "--threads", "1", *extra, "-"], input="".join(lines),
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"attache batch failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout, done.stderr


def partitions(paths, size):
    chunk = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    chunk.append(line if line.endswith("\n") else line + "\n")
                    if len(chunk) == size:
                        yield chunk
                        chunk = []
    if chunk:
        yield chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--cli", required=True)
    parser.add_argument("-o", "--output", default="-")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--scheduler")
    group.add_argument("--local", type=int)
    parser.add_argument("--partition-docs", type=int, default=200)
    parser.add_argument("--data", action="append", default=[],
                        help="extra data directory passed to attache (must exist on workers)")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster  # imported here: --help works without it

    extra = [a for d in args.data for a in ("--data", d)]
    cluster = None
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)
    try:
        futures = [client.submit(run_partition, part, args.cli, extra, pure=False)
                   for part in partitions(args.inputs, args.partition_docs)]
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
        status = 0
        for future in futures:  # in input order
            stdout, stderr = future.result()
            out.write(stdout)
            if stderr:
                sys.stderr.write(stderr)
                status = 1
        out.flush()
        return status
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
