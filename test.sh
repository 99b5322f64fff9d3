#!/usr/bin/env bash
# Runs every test of RlGym from a fresh clone: checks the toolchain, restores, builds (Release) and runs
# the whole suite, then prints one closing line "N passed, N failed, N skipped". This is the command
# README.md documents and .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is required (dotnet on PATH); see README.md" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The NetHack environments run NetHack 3.6.6 built from source by their project's build (native/nethack-src/build.sh:
# it fetches the upstream tarball through apt's source tooling on a private apt state, checks it, caches it in
# ~/.cache/rlgym and compiles it with make and the C compiler; the first build adds a few minutes, later builds
# nothing), and the stock game (Debian's nethack-console) through a terminal with libvterm: install whichever of
# these is missing (root, or through sudo).
nethack_packages=()
command -v make >/dev/null 2>&1 || nethack_packages+=(make)
command -v tar >/dev/null 2>&1 || nethack_packages+=(tar)
[ -x /usr/lib/games/nethack/nethack-console ] || nethack_packages+=(nethack-console)
[ -f /usr/include/vterm.h ] || nethack_packages+=(libvterm-dev)
command -v cc >/dev/null 2>&1 || nethack_packages+=(gcc)
if [ "${#nethack_packages[@]}" -gt 0 ]; then
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  echo "test.sh: installing ${nethack_packages[*]} for the NetHack environments" >&2
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${nethack_packages[@]}" >/dev/null
fi

# The cluster tests start a Redis (cluster membership) on a free loopback port: Debian's redis-server.
if [ ! -x /usr/bin/redis-server ]; then
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  echo "test.sh: installing redis-server for the cluster tests" >&2
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

# The Python client (python/) runs on Debian's Python packages; its stubs are generated with Debian's protoc.
python_packages=()
[ -x /usr/bin/python3 ] || python_packages+=(python3)
/usr/bin/python3 -c "import grpc" 2>/dev/null || python_packages+=(python3-grpcio)
/usr/bin/python3 -c "import google.protobuf" 2>/dev/null || python_packages+=(python3-protobuf)
/usr/bin/python3 -c "import numpy" 2>/dev/null || python_packages+=(python3-numpy)
/usr/bin/python3 -c "import pytest" 2>/dev/null || python_packages+=(python3-pytest)
command -v protoc >/dev/null 2>&1 || python_packages+=(protobuf-compiler)
if [ "${#python_packages[@]}" -gt 0 ]; then
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  echo "test.sh: installing ${python_packages[*]} for the Python client" >&2
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${python_packages[@]}" >/dev/null
fi

dotnet restore RlGym.sln --nologo -v quiet
# The build includes the command line: tell ./rlgym it is up to date as of the build's start (see ./rlgym).
mkdir -p src/RlGym.Cli/bin/Release/net10.0
build_started="src/RlGym.Cli/bin/Release/net10.0/.rlgym.building.$$"
touch "$build_started"
trap 'rm -f "$build_started"' EXIT
dotnet build RlGym.sln -c Release --no-restore --nologo -v quiet -clp:ErrorsOnly
mv -f "$build_started" src/RlGym.Cli/bin/Release/net10.0/rlgym.built

log="$(mktemp)"
status=0
dotnet test RlGym.sln -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal" \
  2>&1 | tee "$log" || status=$?

# The Python client's tests start the server built above ("rlgym serve") and play against it.
pylog="$(mktemp)"
trap 'rm -f "$log" "$pylog"' EXIT
RLGYM_COMMAND="dotnet $PWD/src/RlGym.Cli/bin/Release/net10.0/rlgym.dll" \
  /usr/bin/python3 -m pytest python/tests -q -p no:cacheprovider 2>&1 | tee "$pylog" || status=$?

# The packages as a user meets them: pack into a temporary folder, install the rlgym tool from it into a temporary
# tool path and run it, build a plugin against the packed RlGym.Core and load it (tests/packaging/check-packages.sh).
# It counts as one test in the closing line (passed or failed).
packages_passed=0
packages_failed=0
if tests/packaging/check-packages.sh; then
  packages_passed=1
else
  packages_failed=1
  status=1
fi

# One closing line over every test project ("Passed!  - Failed: 0, Passed: 83, Skipped: 0, ...") and pytest's
# summary ("12 passed, 1 skipped in 9.1s"; errors count as failures).
awk -F'[:,]' -v p="$packages_passed" -v f="$packages_failed" '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6; n++ }
  FILENAME == ARGV[2] && / in [0-9.]+s/ && /[0-9]+ (passed|failed|skipped|error)/ {
    n++
    rest = $0
    while (match(rest, /[0-9]+ (passed|failed|skipped|errors?)/)) {
      split(substr(rest, RSTART, RLENGTH), w, " ")
      if (w[2] == "passed") p += w[1]; else if (w[2] == "skipped") s += w[1]; else f += w[1]
      rest = substr(rest, RSTART + RLENGTH)
    }
  }
  END { if (n == 0) { print "no test results found"; exit 1 }
        printf "total: %d passed, %d failed, %d skipped\n", p, f, s }' "$log" "$pylog" || status=1
exit "$status"
