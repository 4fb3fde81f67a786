#!/usr/bin/env bash
# Memory of one national replication on the grain host, as the horizon grows: wall time, CPU seconds and peak resident
# memory of every process, in the embedded silo (SILOS=0) or on SILOS local `forcesim silo` processes with Redis.
#   scripts/grain-memory.sh HORIZON_DAYS [SILOS] [SCENARIO]
#   scripts/grain-memory.sh 60          # embedded silo, 60 days of England and Wales, victims resting after 7 days
#   scripts/grain-memory.sh 14 3        # three local silos
# Prints one `grain-memory:` line per process, ready to paste. FORCESIM names the binary (default the Release build).
# VICTIM_REST_DAYS (default 7) is passed as --victim-rest-days. Needs redis-server for SILOS > 0; builds nothing.
# SAMPLE_SECONDS (optional) also prints every process's resident memory that often (`grain-memory-sample:` lines, with
# the share of the run's wall time gone: the windows go at a roughly even pace, so it stands for the simulated day).
# KEEP_RESULTS (optional) names a file to copy the run's results.json to, to compare with an in-process run.
set -euo pipefail
cd "$(dirname "$0")/.."
horizon=${1:?horizon days}
silos=${2:-0}
scenario=${3:-scenarios/england-wales.yaml}
forcesim=${FORCESIM:-src/ForceSim.Cli/bin/Release/net10.0/forcesim}
rest=${VICTIM_REST_DAYS:-7}
every=${SAMPLE_SECONDS:-}
work=$(mktemp -d)
pids=()
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  # Silos before Redis (started first): a silo whose membership store has gone hangs on shutdown.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; [ "$i" -gt 0 ] && wait "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Every SAMPLE_SECONDS: `seconds name rss_mb` for each `name=pid` given (and forcesim under /usr/bin/time as `run`).
sample() {
  local start=$SECONDS
  while sleep "$every"; do
    for named in "$@"; do
      local name=${named%%=*} pid=${named#*=}
      [ "$name" = run ] && pid=$(pgrep -P "$pid" -n forcesim || true)
      [ -n "$pid" ] && awk -v t=$((SECONDS - start)) -v n="$name" '/VmRSS/ {print t, n, int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null
    done >>"$work/samples"
  done
}
# The samples as lines to paste, each with its share of the run's wall time ($1 seconds).
print_samples() {
  [ -f "$work/samples" ] || return 0
  awk -v w="$1" -v l="$label" '{printf "grain-memory-sample: %s process=%s elapsed_s=%d share_of_run=%.2f rss_mb=%d\n", l, $2, $1, $1 / w, $3}' "$work/samples"
}
keep_results() { [ -n "${KEEP_RESULTS:-}" ] && cp "$work/out/results.json" "$KEEP_RESULTS" || true; }

cpu_of() { python3 -c 'import os,sys; f=open(f"/proc/{sys.argv[1]}/stat").read().rsplit(")",1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf("SC_CLK_TCK"))' "$1"; }
peak_mb_of() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$1/status"; }
label="$(basename "$scenario" .yaml) horizon_days=$horizon victim_rest_days=$rest"
run=(run "$scenario" -r 1 --host grains --victim-rest-days "$rest" --set "run.horizon_days=$horizon" --set run.warmup_days=0)

if [ "$silos" -eq 0 ]; then
  /usr/bin/time -f '%e %U %S %M' -o "$work/client.time" "$forcesim" "${run[@]}" -o "$work/out" >/dev/null &
  client=$!
  [ -n "$every" ] && { sample "run=$client" & sampler=$!; }
  wait "$client"
  read -r wall user sys peak <"$work/client.time"
  print_samples "$wall"
  keep_results
  echo "grain-memory: $label config=embedded process=run wall_s=$wall cpu_s=$(python3 -c "print(round($user+$sys,1))") peak_rss_mb=$((peak / 1024)) load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')"
  exit 0
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --dir "$work" --appendonly yes --save "" --daemonize no >"$work/redis.log" 2>&1 &
redis=$!
pids+=($redis)
sleep 1
cluster="memory-$RANDOM$RANDOM"
started=()
for i in $(seq 1 "$silos"); do
  "$forcesim" silo --redis "127.0.0.1:$port" --cluster-id "$cluster" --silo-port $((22000 + i)) --gateway-port $((32000 + i)) >"$work/silo-$i.log" 2>&1 &
  pids+=($!); started+=($!)
  until grep -q "silo ready" "$work/silo-$i.log"; do sleep 0.2; done
done
declare -A before
for pid in "${started[@]}" "$redis"; do before[$pid]=$(cpu_of "$pid"); done
/usr/bin/time -f '%e %U %S %M' -o "$work/client.time" "$forcesim" "${run[@]}" --cluster "redis://127.0.0.1:$port/$cluster" --experiment memory -o "$work/out" >/dev/null &
client=$!
if [ -n "$every" ]; then
  named=("run=$client")
  i=0
  for pid in "${started[@]}"; do named+=("silo-$((++i))=$pid"); done
  sample "${named[@]}" &
  sampler=$!
fi
wait "$client"
read -r wall user sys peak <"$work/client.time"
print_samples "$wall"
keep_results
load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')
echo "grain-memory: $label config=$silos-silo process=client wall_s=$wall cpu_s=$(python3 -c "print(round($user+$sys,1))") peak_rss_mb=$((peak / 1024)) load=$load"
i=0
for pid in "${started[@]}" "$redis"; do
  name="silo-$((++i))"; [ "$pid" = "$redis" ] && name=redis
  echo "grain-memory: $label config=$silos-silo process=$name cpu_s=$(python3 -c "print(round($(cpu_of "$pid") - ${before[$pid]}, 1))") peak_rss_mb=$(peak_mb_of "$pid")"
done
