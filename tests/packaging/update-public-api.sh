#!/usr/bin/env bash
# Records the public API of every packed library in its PublicAPI.Unshipped.txt: each public member the build reports
# as unrecorded (RS0016) is added, each recorded member that is gone (RS0017) is taken out of Unshipped or, when it
# had shipped, marked *REMOVED* there. Run it after adding or removing public API (or after a merge), review the diff
# of the PublicAPI.*.txt files, and commit it. It builds the solution in Release with RS0016/RS0017 as warnings.
# Releasing a version: move the Unshipped lines into PublicAPI.Shipped.txt (--ship does that for every library).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = "--ship" ]; then
  exec /usr/bin/env python3 - <<'PY'
import glob, os
for unshipped in sorted(glob.glob("*/*/PublicAPI.Unshipped.txt")):
    shipped = os.path.join(os.path.dirname(unshipped), "PublicAPI.Shipped.txt")
    new = [l for l in open(unshipped).read().splitlines() if l and not l.startswith("#")]
    if not new:
        continue
    lines = set(l for l in open(shipped).read().splitlines() if l and not l.startswith("#"))
    for l in new:
        if l.startswith("*REMOVED*"):
            lines.discard(l[len("*REMOVED*"):])
        else:
            lines.add(l)
    open(shipped, "w").write("#nullable enable\n" + "".join(l + "\n" for l in sorted(lines, key=str.casefold)))
    open(unshipped, "w").write("#nullable enable\n")
    print(f"shipped {len(new)} line(s) of {unshipped}")
PY
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# The API files are compiler inputs: touching them makes every packed library compile (and report) again.
touch */*/PublicAPI.Unshipped.txt
dotnet build RlGym.sln -c Release --nologo -v quiet -clp:NoSummary -p:RlGymUpdatePublicApi=true > "$log" 2>&1 || {
  grep -E ': error ' "$log" | sort -u >&2 || true
  echo "update-public-api: the build failed for another reason (above); fix it first" >&2
  exit 1
}
/usr/bin/env python3 - "$log" <<'PY'
import os, re, sys
added, removed = {}, {}
pattern = re.compile(r"warning (RS001[67]): Symbol '(.*)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.*\.csproj)")
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = pattern.search(line)
    if m:
        (added if m.group(1) == "RS0016" else removed).setdefault(os.path.dirname(m.group(3)), set()).add(m.group(2))
for project in sorted(set(added) | set(removed)):
    path = os.path.join(project, "PublicAPI.Unshipped.txt")
    lines = [l for l in open(path).read().splitlines() if l and not l.startswith("#")]
    gone = removed.get(project, set())
    kept = [l for l in lines if l not in gone]
    marks = ["*REMOVED*" + g for g in gone if g not in lines]
    new = sorted(set(kept) | added.get(project, set()) | set(marks), key=str.casefold)
    open(path, "w").write("#nullable enable\n" + "".join(l + "\n" for l in new))
    print(f"{os.path.relpath(path)}: {len(added.get(project, ()))} added, {len(gone)} removed")
if not added and not removed:
    print("update-public-api: every public member is recorded")
PY
