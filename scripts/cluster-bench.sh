#!/usr/bin/env bash
# Scaling figures for cluster mode: N replications (default 40) of a scenario (default the Cambridgeshire baseline) in
# the embedded default (one process, one replication per core) and on 1, 2 and 3 local `forcesim silo` processes (one
# worker per core each), all on this machine. Prints replications per minute and efficiency (speed-up over one silo ÷
# silos), and one `scaling:` summary line per configuration, ready to paste (wall and CPU seconds, load average).
#   scripts/cluster-bench.sh [REPLICATIONS] [SCENARIO] [HORIZON_DAYS]
#   scripts/cluster-bench.sh 6 scenarios/england-wales.yaml        # the national scenario, its own 30+7-day horizon
#   scripts/cluster-bench.sh 20 scenarios/england-wales.yaml 1     # a 1-day horizon: mostly coordination cost
# HORIZON_DAYS (optional) overrides run.horizon_days. Cluster times run from submission to the last replication saved
# (the experiment's own timestamps), so client start-up and the results folder are left out; the embedded time is
# run-info.json's wall time of the replications. CPU seconds are the whole processes' (client, silos and Redis).
# overhead_s_per_rep is (wall − embedded wall) ÷ replications: with the same cores, what the cluster costs per replication
# (lease, result hand-in, Redis write, results fetched). FORCESIM names the forcesim binary (default the Release build).
# Needs redis-server; builds nothing (run `dotnet build src/ForceSim.Cli -c Release` first).
set -euo pipefail
cd "$(dirname "$0")/.."
replications=${1:-40}
scenario=${2:-scenarios/cambridgeshire-2022.yaml}
horizon=${3:-}
forcesim=${FORCESIM:-src/ForceSim.Cli/bin/Release/net10.0/forcesim}
sets=()
[ -n "$horizon" ] && sets=(--set "run.horizon_days=$horizon")
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# User+system CPU seconds a live process has used so far.
cpu_of() { python3 -c 'import os,sys; f=open(f"/proc/{sys.argv[1]}/stat").read().rsplit(")",1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf("SC_CLK_TCK"))' "$1"; }
# Seconds of `user system` as /usr/bin/time -f '%U %S' wrote them to a file.
cpu_in() { awk '{print $1 + $2}' "$1"; }
load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'; }
label=$(basename "$scenario" .yaml)${horizon:+ horizon_days=$horizon}

redis-server --port "$port" --bind 127.0.0.1 --dir "$work" --appendonly yes --save "" --daemonize no >"$work/redis.log" 2>&1 &
redis=$!
pids+=($redis)
sleep 1

/usr/bin/time -f '%U %S' -o "$work/embedded.cpu" "$forcesim" run "$scenario" -r "$replications" "${sets[@]}" -o "$work/embedded" >/dev/null
embedded=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["wall_seconds"])' "$work/embedded/run-info.json")
echo "cores=$(nproc) replications=$replications scenario=$label"
python3 -c 'import sys; s=float(sys.argv[1]); n=int(sys.argv[2]); print(f"embedded: {s:.1f} s, {n*60/s:.1f} replications/min")' "$embedded" "$replications"
echo "scaling: $label config=embedded replications=$replications wall_s=$embedded reps_per_min=$(python3 -c "print(round($replications*60/$embedded,2))") cpu_s=$(cpu_in "$work/embedded.cpu") load=$(load) cores=$(nproc)"

one=""
for silos in 1 2 3; do
  cluster="bench-$silos-$RANDOM$RANDOM"
  started=()
  redis_before=$(cpu_of "$redis")
  for i in $(seq 1 "$silos"); do
    "$forcesim" silo --redis "127.0.0.1:$port" --cluster-id "$cluster" --silo-port $((21000 + 10 * silos + i)) --gateway-port $((31000 + 10 * silos + i)) >"$work/silo-$silos-$i.log" 2>&1 &
    pids+=($!); started+=($!)
    until grep -q "silo ready" "$work/silo-$silos-$i.log"; do sleep 0.2; done
  done
  silos_before=0
  for pid in "${started[@]}"; do silos_before=$(python3 -c "print($silos_before + $(cpu_of "$pid"))"); done
  /usr/bin/time -f '%U %S' -o "$work/client-$silos.cpu" "$forcesim" run "$scenario" -r "$replications" "${sets[@]}" --cluster "redis://127.0.0.1:$port/$cluster" --experiment bench -o "$work/cluster-$silos" >/dev/null
  "$forcesim" status bench --cluster "redis://127.0.0.1:$port/$cluster" --json >"$work/status-$silos.json"
  cmp -s "$work/embedded/results.json" "$work/cluster-$silos/results.json" || { echo "results.json differs on $silos silo(s)" >&2; exit 1; }
  cpu=$(cpu_in "$work/client-$silos.cpu")
  for pid in "${started[@]}"; do cpu=$(python3 -c "print($cpu + $(cpu_of "$pid"))"); done
  cpu=$(python3 -c "print(round($cpu - $silos_before + $(cpu_of "$redis") - $redis_before, 1))")
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
  python3 -c '
import sys
s,one,n,r,e=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),float(sys.argv[5])
print(f"scaling: {sys.argv[6]} config={n}-silo replications={r} wall_s={s:.1f} reps_per_min={r*60/s:.2f} speedup_vs_1_silo={one/s:.2f} overhead_s_per_rep={(s-e)/r:.2f} cpu_s={sys.argv[7]} load={sys.argv[8]} cores={sys.argv[9]} results=identical")' \
    "$seconds" "$one" "$silos" "$replications" "$embedded" "$label" "$cpu" "$(load)" "$(nproc)"
  for pid in "${started[@]}"; do kill "$pid"; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
done
