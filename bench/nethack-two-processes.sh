#!/usr/bin/env bash
# Can this machine run two NetHack games at 1.8x the speed of one? Two INDEPENDENT processes, each one environment
# (`rlgym bench NetHackScore-v0`, random task actions, the buffered step), each pinned with taskset to its own core,
# against one such process alone on a core: no lockstep, no shared process, no hand-off between threads - only what the
# two cores, their shared caches and memory bandwidth, and the hypervisor give. Each round runs the single process
# first, then the pair (both the same seed, so all three runs do the same work: the same game, the same actions); the
# report gives steps/s of each run, the pair's sum over the single run, and the machine's
# one-minute load before each run (the figure means little unless the load is well under 1 before it starts).
#
# Usage: bench/nethack-two-processes.sh [--seconds N] [--rounds R] [--seed S] [--keys K+K+...] [--cores A,B]
#   defaults: 20 s per run, 3 rounds, seed 0, NLE's baseline keys, cores 0,1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=20
rounds=3
seed=0
keys=glyphs+chars+colors+specials+blstats+message+tty_chars+tty_colors+tty_cursor
cores=0,1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --keys) keys="$2"; shift 2 ;;
    --cores) cores="$2"; shift 2 ;;
    *) echo "nethack-two-processes: unknown option '$1' (expected --seconds, --rounds, --seed, --keys or --cores)" >&2; exit 2 ;;
  esac
done
core_a="${cores%%,*}"
core_b="${cores##*,}"
command -v taskset >/dev/null || { echo "nethack-two-processes: taskset (util-linux) is needed" >&2; exit 2; }
"$root/rlgym" --help >/dev/null # builds the command line first if it is stale, so no run pays for a build
cli="$root/src/RlGym.Cli/bin/Release/net10.0/rlgym.dll"
command -v /usr/bin/time >/dev/null || { echo "nethack-two-processes: /usr/bin/time is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1 /proc/loadavg; }

# One pinned `rlgym bench` run; writes its steps/s to $2 and its CPU microseconds per step to $2.cpu: the user + system
# time of the whole process less the start-up CPU measured by a short calibration run (the runtime's start, the JIT,
# the game's first load), over its steps.
run() {
  local core="$1" out="$2" run_seed="$3"
  /usr/bin/time -f "%U %S" -o "$out.time" taskset -c "$core" dotnet "$cli" bench NetHackScore-v0 \
    --seconds "$seconds" --seed "$run_seed" --option "observation_keys=$keys" >"$out.log" 2>&1
  sed -n 's/.*= \([0-9,]*\) steps\/s.*/\1/p' "$out.log" | tail -1 | tr -d , >"$out"
  [ -s "$out" ] || { echo "nethack-two-processes: no steps/s in the output of a run:" >&2; cat "$out.log" >&2; exit 1; }
  local steps
  steps="$(sed -n 's/.*: \([0-9,]*\) steps in.*/\1/p' "$out.log" | tail -1 | tr -d ,)"
  awk -v s="$steps" -v c="${startup:-0}" '{ printf "%.1f", ($1 + $2 - c) * 1e6 / s }' "$out.time" >"$out.cpu"
  awk '{ printf "%.3f", $1 + $2 }' "$out.time" >"$out.seconds"
}

full_seconds="$seconds"
seconds=0.2
run "$core_a" "$work/calibration" "$seed"
startup="$(cat "$work/calibration.seconds")"
seconds="$full_seconds"
echo "NetHackScore-v0, keys $keys, $seconds s per run, cores $core_a and $core_b, $(nproc) CPUs online;" \
  "start-up CPU (a 0.2 s run) $startup s, taken off each run's CPU time"
echo "round | load before single | single (core $core_a) steps/s, CPU us/step | load before pair | pair: core $core_a + core $core_b = sum steps/s | CPU us/step of each | sum / single"
total_ratio=0
for r in $(seq 1 "$rounds"); do
  load_single="$(load)"
  run "$core_a" "$work/single" "$seed"
  load_pair="$(load)"
  run "$core_a" "$work/a" "$seed" &
  pid_a=$!
  run "$core_b" "$work/b" "$seed" &
  pid_b=$!
  wait "$pid_a"
  wait "$pid_b"
  single="$(cat "$work/single")"
  a="$(cat "$work/a")"
  b="$(cat "$work/b")"
  sum=$((a + b))
  ratio="$(awk -v s="$sum" -v o="$single" 'BEGIN { printf "%.2f", s / o }')"
  total_ratio="$(awk -v t="$total_ratio" -v r="$ratio" 'BEGIN { printf "%.4f", t + r }')"
  echo "$r | $load_single | $single, $(cat "$work/single.cpu") | $load_pair | $a + $b = $sum | $(cat "$work/a.cpu"), $(cat "$work/b.cpu") | ${ratio}x"
done
awk -v t="$total_ratio" -v n="$rounds" 'BEGIN { printf "mean of sum / single over %d round(s): %.2fx (the bar: 1.8x)\n", n, t / n }'
