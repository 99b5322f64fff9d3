# Sourced by the two-silo benchmarks (not run on its own): builds rlgym if needed, starts two rlgym silos of one
# localhost cluster on free loopback ports, waits until both say they are ready, and stops them on exit.
# Sets: rlgym (the command as an array), work (a scratch folder), name (the cluster), silo1/gate1 and silo2/gate2.
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
