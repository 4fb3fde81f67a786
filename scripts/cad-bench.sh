#!/usr/bin/env bash
# Measures `forcesim import cad` on a 1-million-row extract: wall time and peak memory (max resident set size).
# The extract is exported from the shipped Cambridgeshire scenario over 900 days (about 1.05 million incidents).
# A measurement, not a test: the 2-core VM drifts, so quote the figures with the machine they came from.
# Usage: scripts/cad-bench.sh [FORCESIM]   (default: the Release build of src/ForceSim.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."
forcesim=${1:-src/ForceSim.Cli/bin/Release/net10.0/forcesim}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$forcesim" export cad scenarios/cambridgeshire-2022.yaml --out "$work/extract.csv" --set run.horizon_days=900
rows=$(($(wc -l <"$work/extract.csv") - 1))
echo "extract: $rows rows, $(du -m "$work/extract.csv" | cut -f1) MB"
for run in 1 2 3; do
  /usr/bin/time -f "import run $run: %e s wall, %U s user, %M KB peak resident" \
    "$forcesim" import cad "$work/extract.csv" --force cambridgeshire --out "$work/fragment.yaml" >/dev/null
done
