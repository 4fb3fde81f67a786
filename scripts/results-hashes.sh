#!/usr/bin/env bash
# Fingerprints of the model's behaviour: SHA-256 of results.json for every shipped scenario and overlay, on the
# in-process host, and for the baseline and the region on the grain host (shortened so the grain host stays quick).
# A restructuring that must not change behaviour prints the same lines before and after; diff the two outputs.
# Usage: scripts/results-hashes.sh [FORCESIM]   (default: the Release build of src/ForceSim.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."
forcesim=${1:-src/ForceSim.Cli/bin/Release/net10.0/forcesim}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hash_run() { # label, then forcesim run arguments
  local label=$1; shift
  "$forcesim" run "$@" -o "$work/out" >"$work/log" 2>&1 || { echo "$label FAILED"; cat "$work/log" >&2; return 1; }
  echo "$label $(sha256sum "$work/out/results.json" | cut -d' ' -f1)"
  rm -rf "$work/out"
}

for scenario in scenarios/cambridgeshire-2022.yaml scenarios/eastern-region.yaml scenarios/whatif/*.yaml scenarios/validation/*.yaml; do
  hash_run "in-process $scenario" "$scenario" -r 3
done
hash_run "in-process scenarios/benchmarks/canonical-mm20.yaml" scenarios/benchmarks/canonical-mm20.yaml --set run.horizon_days=120
hash_run "grains scenarios/cambridgeshire-2022.yaml" scenarios/cambridgeshire-2022.yaml -r 2 --set run.horizon_days=60 --host grains
hash_run "grains scenarios/eastern-region.yaml" scenarios/eastern-region.yaml -r 1 --set run.horizon_days=20 --host grains
hash_run "in-process-short scenarios/cambridgeshire-2022.yaml" scenarios/cambridgeshire-2022.yaml -r 2 --set run.horizon_days=60
hash_run "in-process-short scenarios/eastern-region.yaml" scenarios/eastern-region.yaml -r 1 --set run.horizon_days=20
