#!/usr/bin/env bash
# Arena throughput on this machine: local threads versus two rlgym silos (localhost clustering, one worker each).
# Payload bytes per block and per env step: dotnet run --project bench/RlGym.Bench.Cluster -c Release -- LANES
# Usage: bench/cluster/arena-two-silos.sh [EPISODES] [LANES] [THREADS]   (defaults 4000 64 2)
# Prints uptime's load with every figure. Cleans up its silos on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
episodes="${1:-4000}" lanes="${2:-64}" threads="${3:-2}"
rlgym=(dotnet src/RlGym.Cli/bin/Release/net10.0/rlgym.dll)
[ -f src/RlGym.Cli/bin/Release/net10.0/rlgym.dll ] || dotnet build src/RlGym.Cli -c Release -v quiet -clp:ErrorsOnly
work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
silo1=$(port) gate1=$(port) silo2=$(port) gate2=$(port) name="bench$$"
"${rlgym[@]}" silo --cluster "$name" --port "$silo1" --gateway-port "$gate1" --quiet >"$work/silo1.out" 2>&1 & pids+=($!)
until grep -q ': ready' "$work/silo1.out"; do kill -0 "${pids[0]}" || { cat "$work/silo1.out"; exit 1; }; sleep 0.2; done
"${rlgym[@]}" silo --cluster "$name" --port "$silo2" --gateway-port "$gate2" --primary "$silo1" --quiet >"$work/silo2.out" 2>&1 & pids+=($!)
until grep -q ': ready' "$work/silo2.out"; do kill -0 "${pids[1]}" || { cat "$work/silo2.out"; exit 1; }; sleep 0.2; done
arena=(arena catmouse --cats teacher,random --mice random,teacher --episodes "$episodes" --lanes "$lanes" --seed 1 --json)
rate() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["agent_steps"], round(d["agent_steps_per_second"]))'; }
# A warm-up run on each path (JIT, silo activations), then the measured ones.
"${rlgym[@]}" "${arena[@]}" --threads "$threads" >/dev/null
"${rlgym[@]}" "${arena[@]}" --threads 1 --cluster "$name" --gateway-port "$gate1" >/dev/null
echo "load: $(uptime | sed 's/.*load average: //')"
read -r steps local_rate < <("${rlgym[@]}" "${arena[@]}" --threads "$threads" | rate)
echo "local, $threads thread(s): $local_rate agent-steps/s ($steps agent-steps; block = $lanes episodes); load: $(uptime | sed 's/.*load average: //')"
read -r steps cluster_rate < <("${rlgym[@]}" "${arena[@]}" --threads 1 --cluster "$name" --gateway-port "$gate1" | rate)
echo "cluster, 2 silos x 1 worker: $cluster_rate agent-steps/s ($steps agent-steps); load: $(uptime | sed 's/.*load average: //')"
python3 -c "print(f'cluster / local: {$cluster_rate / $local_rate:.1%}')"
