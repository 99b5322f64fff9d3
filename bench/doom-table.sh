#!/usr/bin/env bash
# Issue 11, bar 4's table: one Doom scenario trained three ways at equal wall time, then judged on held-out seeds
# 1000-1099 against the scripted teacher.
#
#   bench/doom-table.sh SCENARIO [OUT] [MINUTES]
#
#   SCENARIO  basic | defend_the_center | health_gathering | my_way_home | deadly_corridor
#   OUT       the folder for the three runs and the report (default runs/doom-table/SCENARIO)
#   MINUTES   the wall time of each way (default 10)
#   JUDGE_EPISODES (environment) held-out episodes per checkpoint (default 100)
#   THREADS (environment) TorchSharp threads of every run (default 2, both cores of the reference machine)
#   WAYS (environment) the ways to run, a subset of "gps ppo gps+ppo" (default all three), e.g. WAYS=gps+ppo to
#             re-run the third way alone after a change to it
#   INIT_STEPS, INIT_EPOCHS (environment) the gps+ppo run's behaviour cloning of the student (defaults in the script,
#             chosen so the cloning takes about a minute of the half on the reference machine; see BENCHMARKS.md)
#
# The three ways, each given MINUTES of wall time:
#   gps       guided policy search alone (rlgym train doom-gps --minutes MINUTES --rounds 60)
#   ppo       PPO alone from pixels, in the student's view (rlgym train ppo --minutes MINUTES)
#   gps+ppo   guided policy search for half, then PPO for the other half started from its student
#             (--init doom-student:PATH; PPO's --minutes counts its behaviour cloning)
# Each run's checkpoints are judged on 100 episodes from seed 1000 with the bench project: doom-student for the
# student (which also plays the teacher at frame skip 1, the reference), policy for the PPO checkpoints. The report
# (OUT/report.txt) keeps every command's output, the load before and after each run and each run's wall time.
# Run it alone on the machine: every way is judged by what it learns in its minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario="${1:-}"
case "$scenario" in
  basic) id=Doom/Basic-v0; gps_extra=() ;;
  defend_the_center) id=Doom/DefendTheCenter-v0; gps_extra=(--updates 1000) ;;
  health_gathering) id=Doom/HealthGathering-v0; gps_extra=() ;;
  my_way_home) id=Doom/MyWayHome-v0; gps_extra=() ;;
  deadly_corridor) id=Doom/DeadlyCorridor-v0; gps_extra=() ;;
  *)
    echo "doom-table.sh: scenario '$scenario' is not one of basic, defend_the_center, health_gathering, my_way_home, deadly_corridor" >&2
    exit 2 ;;
esac
out="${2:-runs/doom-table/$scenario}"
minutes="${3:-10}"
if ! [[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || [ "$(echo "$minutes <= 0" | bc)" = 1 ]; then
  echo "doom-table.sh: minutes '$minutes' is not a positive number" >&2
  exit 2
fi
episodes="${JUDGE_EPISODES:-100}"
threads="${THREADS:-2}"
init_steps="${INIT_STEPS:-10000}"
init_epochs="${INIT_EPOCHS:-10}"
half=$(echo "scale=4; $minutes / 2" | bc)
ways="${WAYS:-gps ppo gps+ppo}"
for way in $ways; do
  case "$way" in
    gps | ppo | gps+ppo) ;;
    *) echo "doom-table.sh: way '$way' in WAYS is not one of gps, ppo, gps+ppo" >&2; exit 2 ;;
  esac
done
runs() { [[ " $ways " == *" $1 "* ]]; }
if [ -e "$out" ]; then
  echo "doom-table.sh: '$out' exists; give a new folder (nothing was overwritten)" >&2
  exit 2
fi
mkdir -p "$out"
report="$out/report.txt"

source bench/timed-runs.sh   # bench and timed; builds once, outside every timed run

# PPO in the student's view (the family defaults: 80x60 grey, frame skip 4, 4 stacked frames), rewards normalised
# (Doom's are large), 8 environments; --steps is far beyond what the minutes allow, so the time is what stops it.
ppo_args=(--env "$id" --envs 8 --steps 20000000 --normalize-rewards --eval-every 50000 --eval-episodes 10 --threads "$threads")

echo "doom-table $scenario ($id), ways: $ways, $minutes minutes a way, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)" >"$report"

if runs gps; then
  timed gps ./rlgym train doom-gps --scenario "$scenario" --minutes "$minutes" --rounds 60 --threads "$threads" "${gps_extra[@]}" --out "$out/gps"
fi
if runs ppo; then
  timed ppo ./rlgym train ppo "${ppo_args[@]}" --minutes "$minutes" --out "$out/ppo"
fi
if runs gps+ppo; then
  timed gps-half ./rlgym train doom-gps --scenario "$scenario" --minutes "$half" --rounds 60 --threads "$threads" "${gps_extra[@]}" --out "$out/gps-half"
  timed gps-then-ppo ./rlgym train ppo "${ppo_args[@]}" --init "doom-student:$out/gps-half/best.ckpt" --init-steps "$init_steps" --init-epochs "$init_epochs" --minutes "$half" --out "$out/gps-ppo"
fi

for ckpt in "$out/gps/student.ckpt" "$out/gps/best.ckpt" "$out/gps-half/best.ckpt"; do
  [ -f "$ckpt" ] || continue # a way not in WAYS
  echo "== judge $ckpt" >>"$report"
  bench doom-student "$ckpt" "$episodes" >>"$report" 2>&1
done
for ckpt in "$out/ppo/policy.ckpt" "$out/ppo/best.ckpt" "$out/gps-ppo/policy.ckpt" "$out/gps-ppo/best.ckpt"; do
  [ -d "$(dirname "$ckpt")" ] || continue # a way not in WAYS
  echo "== judge $ckpt" >>"$report"
  # best.ckpt exists only when the run reached a held-out evaluation inside its minutes.
  [ -f "$ckpt" ] || { echo "absent: no evaluation ran within the minutes" >>"$report"; continue; }
  bench policy "$id" "ppo:$ckpt" --episodes "$episodes" --seed 1000 >>"$report" 2>&1
done
echo "done $(date -u +%FT%TZ)" >>"$report"
grep -E "^== |mean return|policy|wall" "$report"
