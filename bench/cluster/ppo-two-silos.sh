#!/usr/bin/env bash
# PPO rollout throughput on this machine: local copies (the registry's vector) versus rollout workers on two rlgym
# silos (localhost clustering). Both runs train the same seed and give the same learning curve; the figure is
# environment steps per second of rollout (policy forward passes and action draws included, the update left out),
# averaged over the iterations after the first (JIT, silo activations).
# Usage: bench/cluster/ppo-two-silos.sh [ENV] [ENVS] [STEPS] [WORKERS_PER_SILO] [--option ...]
#        (defaults CatMouse-v0 64 65536 1)
# Prints uptime's load with every figure. Cleans up its silos on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
env="${1:-CatMouse-v0}" envs="${2:-64}" steps="${3:-65536}" workers="${4:-1}"
shift $(( $# < 4 ? $# : 4 ))
extra=("$@")
source bench/cluster/two-silos.sh
train=(train ppo --env "$env" --envs "$envs" --steps "$steps" --seed 1 --eval-episodes 1 --eval-every 100000000 --json "${extra[@]}")
# Rollout steps per second over the iterations after the first, from metrics.csv's rollout_seconds column.
rate() { python3 - "$1" "$envs" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/metrics.csv")))[1:]
steps = int(rows[-1]["step"]) - int(list(csv.DictReader(open(sys.argv[1] + "/metrics.csv")))[0]["step"])
seconds = sum(float(r["rollout_seconds"]) for r in rows)
curve = ",".join(r["policy_loss"] for r in rows[-2:])
print(round(steps / seconds), len(rows), curve)
PY
}
echo "load: $(uptime | sed 's/.*load average: //')"
"${rlgym[@]}" "${train[@]}" --out "$work/local" >/dev/null
read -r local_rate iterations local_curve < <(rate "$work/local")
echo "local, $envs copies: $local_rate rollout steps/s over $iterations iterations; load: $(uptime | sed 's/.*load average: //')"
"${rlgym[@]}" "${train[@]}" --out "$work/cluster" --cluster "$name" --gateway-port "$gate1" --cluster-workers "$workers" >/dev/null
read -r cluster_rate iterations cluster_curve < <(rate "$work/cluster")
echo "cluster, 2 silos x $workers worker(s): $cluster_rate rollout steps/s over $iterations iterations; load: $(uptime | sed 's/.*load average: //')"
python3 -c "print(f'cluster / local: {$cluster_rate / $local_rate:.1%}')"
[ "$local_curve" = "$cluster_curve" ] && echo "same learning curve (last policy losses $local_curve)" || echo "learning curves differ: $local_curve vs $cluster_curve"
