#!/usr/bin/env bash
# Issue 14's table: guided policy search on each Doom scenario, judged on held-out seeds 1000-1099 against the
# scripted teacher.
#
#   bench/doom-gps-table.sh OUT MINUTES SCENARIO [SCENARIO ...]
#
#   OUT       a new folder: one run per scenario (OUT/SCENARIO) and the report (OUT/report.txt)
#   MINUTES   the wall time of each scenario's training (rlgym train doom-gps --minutes MINUTES --rounds 60)
#   SCENARIO  any name `rlgym train doom-gps --scenario` takes (basic, take_cover, rocket_basic, ...)
#   JUDGE_EPISODES (environment) held-out episodes per checkpoint (default 100)
#   THREADS (environment) TorchSharp threads of every run (default 2, both cores of the reference machine)
#
# Each run's student.ckpt (the last round) and best.ckpt (the round that scored best on seeds 0-19) are judged with
# the bench project's doom-student, which also plays the teacher at frame skip 1 (the reference) and at the
# student's frame skip. Every scenario takes the defaults of `rlgym train doom-gps` (frame skip, samples, updates),
# except defend_the_center, which gets --updates 1000 as in bench/doom-table.sh.
# The report keeps every command's output, the load before and after each run and each run's wall time.
# Run it alone on the machine: each scenario is judged by what it learns in its minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-}"
minutes="${2:-}"
if [ -z "$out" ] || [ -z "$minutes" ] || [ "$#" -lt 3 ]; then
  echo "usage: bench/doom-gps-table.sh OUT MINUTES SCENARIO [SCENARIO ...]" >&2
  exit 2
fi
shift 2
if ! [[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]] || [ "$(echo "$minutes <= 0" | bc)" = 1 ]; then
  echo "doom-gps-table.sh: minutes '$minutes' is not a positive number" >&2
  exit 2
fi
if [ -e "$out" ]; then
  echo "doom-gps-table.sh: '$out' exists; give a new folder (nothing was overwritten)" >&2
  exit 2
fi
episodes="${JUDGE_EPISODES:-100}"
threads="${THREADS:-2}"
mkdir -p "$out"
report="$out/report.txt"

source bench/timed-runs.sh   # bench and timed; builds once, outside every timed run

echo "doom-gps-table, $minutes minutes a scenario, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)" >"$report"
for scenario in "$@"; do
  extra=()
  [ "$scenario" = defend_the_center ] && extra=(--updates 1000)
  timed "gps $scenario" ./rlgym train doom-gps --scenario "$scenario" --minutes "$minutes" --rounds 60 \
    --threads "$threads" "${extra[@]}" --out "$out/$scenario"
  for ckpt in "$out/$scenario/student.ckpt" "$out/$scenario/best.ckpt"; do
    echo "== judge $ckpt" >>"$report"
    bench doom-student "$ckpt" "$episodes" >>"$report" 2>&1
  done
done
echo "done $(date -u +%FT%TZ)" >>"$report"
grep -E "^== |mean return|wall" "$report"
