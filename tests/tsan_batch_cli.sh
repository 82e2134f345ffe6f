#!/usr/bin/env bash
# `attache batch` under ThreadSanitizer (run by scripts/sanitize.sh with a TSan build of the
# CLI): a normal run, and one whose output fails (/dev/full), which must end with exit 1.
# A data race ends the CLI with TSan's exit code (66), which fails this script.
#   usage: tsan_batch_cli.sh ATTACHE_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 40); do
  echo "{\"id\": \"d$i\", \"text\": \"Iran supplied Russia with drones. Chile met Peru.\"}"
done >"$work/docs.jsonl"
"$cli" batch --threads 4 "$work/docs.jsonl" >"$work/out.jsonl"
[ "$(grep -c '"doc":"d' "$work/out.jsonl")" -ge 40 ] || { echo "batch output incomplete"; exit 1; }
status=0
timeout 120 "$cli" batch --threads 4 "$work/docs.jsonl" >/dev/full 2>"$work/err" || status=$?
[ "$status" -eq 1 ] || { echo "batch > /dev/full: exit $status"; cat "$work/err"; exit 1; }
grep -q "cannot write the output" "$work/err"
echo "tsan batch cli ok"
