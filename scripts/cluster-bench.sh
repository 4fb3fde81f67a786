#!/usr/bin/env bash
# Scaling figures for cluster mode: N replications (default 40) of the Cambridgeshire baseline in the embedded default
# (one process, one replication per core) and on 1, 2 and 3 local `forcesim silo` processes (one worker per core each),
# all on this machine. Prints replications per minute and efficiency (speed-up over one silo ÷ silos).
# Cluster times run from submission to the last replication saved (the experiment's own timestamps), so client start-up
# and the results folder are left out; the embedded time is run-info.json's wall time of the replications.
# Needs redis-server; builds nothing (run `dotnet build src/ForceSim.Cli -c Release` first).
set -euo pipefail
cd "$(dirname "$0")/.."
replications=${1:-40}
forcesim=src/ForceSim.Cli/bin/Release/net10.0/forcesim
scenario=scenarios/cambridgeshire-2022.yaml
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

redis-server --port "$port" --bind 127.0.0.1 --dir "$work" --appendonly yes --save "" --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!)
sleep 1

"$forcesim" run "$scenario" -r "$replications" -o "$work/embedded" >/dev/null
embedded=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["wall_seconds"])' "$work/embedded/run-info.json")
echo "cores=$(nproc) replications=$replications"
python3 -c 'import sys; s=float(sys.argv[1]); n=int(sys.argv[2]); print(f"embedded: {s:.1f} s, {n*60/s:.1f} replications/min")' "$embedded" "$replications"

one=""
for silos in 1 2 3; do
  cluster="bench-$silos-$RANDOM$RANDOM"
  started=()
  for i in $(seq 1 "$silos"); do
    "$forcesim" silo --redis "127.0.0.1:$port" --cluster-id "$cluster" --silo-port $((21000 + 10 * silos + i)) --gateway-port $((31000 + 10 * silos + i)) >"$work/silo-$silos-$i.log" 2>&1 &
    pids+=($!); started+=($!)
    until grep -q "silo ready" "$work/silo-$silos-$i.log"; do sleep 0.2; done
  done
  "$forcesim" run "$scenario" -r "$replications" --cluster "redis://127.0.0.1:$port/$cluster" --experiment bench -o "$work/cluster-$silos" >/dev/null
  "$forcesim" status bench --cluster "redis://127.0.0.1:$port/$cluster" --json >"$work/status-$silos.json"
  cmp -s "$work/embedded/results.json" "$work/cluster-$silos/results.json" || { echo "results.json differs on $silos silo(s)" >&2; exit 1; }
  seconds=$(python3 -c '
import json,sys
from datetime import datetime
s=json.load(open(sys.argv[1]))
t=lambda v: datetime.fromisoformat(v[:26].rstrip("Z"))
print((t(s["finished_utc"])-t(s["submitted_utc"])).total_seconds())' "$work/status-$silos.json")
  one=${one:-$seconds}
  python3 -c '
import sys
s,one,n,r=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4])
print(f"{n} silo(s): {s:.1f} s, {r*60/s:.1f} replications/min, speed-up over 1 silo {one/s:.2f}, efficiency {one/s/n:.0%} (results.json identical to embedded)")' "$seconds" "$one" "$silos" "$replications"
  for pid in "${started[@]}"; do kill "$pid"; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
done
