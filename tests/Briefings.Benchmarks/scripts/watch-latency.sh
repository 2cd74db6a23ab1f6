#!/usr/bin/env bash
# Edit one fact → briefings on disk, through the real watch loop, as `hugo server` is measured in issue 7.
#
#   tests/Briefings.Benchmarks/scripts/watch-latency.sh <model.dll> <facts-dir> <templates-dir> [edits=7]
#
# Starts `briefings watch` (src/Briefings.Cli, built, Debug) on a copy of <facts-dir>, waits for its first render, then edits the
# 7th event file (its title) once per run and times from just before the write until the last rewritten briefing
# file's modification time stops changing; prints each run and the median. Facts are copied so nothing is changed.
set -euo pipefail
model=$(realpath "$1"); facts=$(realpath "$2"); templates=$(realpath "$3"); edits=${4:-7}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d); trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$facts" "$work/facts"; mkdir -p "$work/out"
dotnet "$root/src/Briefings.Cli/bin/Debug/net10.0/briefings.dll" watch --model "$model" --facts "$work/facts" \
  --templates "$templates" --out "$work/out" --root "$work" --slug bench --no-serve > "$work/log" 2>&1 &
pid=$!
until grep -q '^start:' "$work/log"; do sleep 0.2; kill -0 $pid || { cat "$work/log"; exit 1; }; done
file=$(find "$work/facts" -path '*event*' -name '*.yaml' | sort | sed -n 7p)
newest() { find "$work/out" -type f -printf '%T@\n' | sort -n | tail -1; }
times=()
for i in $(seq 1 "$edits"); do
  sleep 1.5
  before=$(newest); lines=$(wc -l < "$work/log")
  start=$(date +%s.%N)
  sed -i -E "0,/^  en: /s/^(  en: \".*[^0-9])[0-9]*\"$/\1$i\"/" "$file"
  until [ "$(wc -l < "$work/log")" -gt "$lines" ]; do sleep 0.005; done
  end=$(newest)
  ms=$(echo "($end - $start) * 1000" | bc -l | xargs printf '%.0f')
  [ "$end" = "$before" ] && ms="(nothing rewritten)"
  echo "edit $i: $ms ms   $(tail -1 "$work/log")"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {print "median:", a[int((NR+1)/2)], "ms over", NR, "edits"}'
