#!/usr/bin/env bash
# Arena throughput on this machine: local threads versus two rlgym silos (localhost clustering, one worker each).
# Payload bytes per block and per env step: dotnet run --project bench/RlGym.Bench.Cluster -c Release -- LANES
# Usage: bench/cluster/arena-two-silos.sh [EPISODES] [LANES] [THREADS]   (defaults 4000 64 2)
# Prints uptime's load with every figure. Cleans up its silos on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
episodes="${1:-4000}" lanes="${2:-64}" threads="${3:-2}"
source bench/cluster/two-silos.sh
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
