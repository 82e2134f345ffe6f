#!/usr/bin/env bash
# Side-by-side entity throughput: attache vs compromise and wink-nlp (npm, installed into
# bench-scratch/), same documents, same run. Prints a table with ratios to attache.
#   usage: scripts/bench_peers.sh [MB (default 5)]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-5}
scratch=bench-scratch
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/wink-eng-lite-web-model" ]; then
  command -v npm >/dev/null || { echo "npm not found (apt-get install npm)"; exit 1; }
  (cd "$scratch" && npm install --silent --no-audit --no-fund compromise wink-nlp \
     wink-eng-lite-web-model >/dev/null)
fi
[ -x build/bench/pipeline_bench ] || bash scripts/build.sh >/dev/null
docs=$scratch/docs.txt
: > "$docs"
corpus=$(ls ../shared/corpus/*.txt ../shared/corpus/dev/*.txt 2>/dev/null || echo examples/articles/caspian-summit.txt)
while [ "$(stat -c %s "$docs")" -lt $((mb * 1000000)) ]; do
  for f in $corpus; do cat "$f" >> "$docs"; printf '\f' >> "$docs"; done
done
attache=$(./build/bench/pipeline_bench --docs "$docs")
cp bench/peers.js "$scratch/peers.js"  # node resolves modules next to the script
peers=$(cd "$scratch" && node peers.js docs.txt)
ent=$(echo "$attache" | awk -F'\t' '$1=="attache entities"{print $2}')
full=$(echo "$attache" | awk -F'\t' '$1=="attache full pipeline"{print $2}')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1fx", a/b}'; }
printf "%-24s %8s   %-22s %s\n" tool MB/s "attache entities vs it" "attache full pipeline vs it"
echo "$attache" | while IFS=$'\t' read -r name mbs found; do
  printf "%-24s %8s   %-22s %s\n" "$name" "$mbs" - -
done
echo "$peers" | while IFS=$'\t' read -r name mbs found; do
  printf "%-24s %8s   %-22s %s\n" "$name" "$mbs" "$(ratio "$ent" "$mbs")" "$(ratio "$full" "$mbs")"
done
