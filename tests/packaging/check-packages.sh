#!/usr/bin/env bash
# The packages as a user meets them. Packs every package into a temporary folder, installs the rlgym tool from it into
# a temporary tool path (with a temporary NuGet cache, so nothing stale and nothing left behind), runs it from PATH
# (list, check, a TorchSharp training run, a NetHack episode), builds the plugin in tests/packaging/plugin against the
# packed RlGym.Core through a PackageReference and loads it with --plugins, then builds tests/packaging/nethack-app
# against the packed RlGym.Envs.NetHack and runs it (the package must place the native files). Exits non-zero at the
# first failure. Needs the solution built in Release (./test.sh builds it first); the tool's linux-x64 publish is
# built here.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

work="$(mktemp -d "${TMPDIR:-/tmp}/rlgym-packages.XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export NUGET_PACKAGES="$work/nuget-packages"

fail() {
  echo "check-packages: $*" >&2
  exit 1
}

version="$(dotnet msbuild src/RlGym.Core/RlGym.Core.csproj -getProperty:Version -nologo)"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || fail "could not read the package version (got '$version')"

echo "check-packages: packing RlGym $version into $feed" >&2
# The libraries are packed from the build; the tool is published for linux-x64 here (its own output folder).
dotnet pack RlGym.sln -c Release --no-build -o "$feed" --nologo -v quiet -clp:ErrorsOnly -p:RlGymPackTool=false
dotnet pack src/RlGym.Cli/RlGym.Cli.csproj -c Release -o "$feed" --nologo -v quiet -clp:ErrorsOnly
for package in RlGym.Core RlGym.Testing RlGym.Testing.Xunit RlGym.Runner RlGym.Torch RlGym.Envs.CatMouse \
    RlGym.Envs.NetHack RlGym.Envs.Doom RlGym.Envs.CartPole RlGym.Agents.CatMouse RlGym.Agents.Doom RlGym.Agents.Ppo \
    RlGym.Cli RlGym.Cli.linux-x64; do
  [ -f "$feed/$package.$version.nupkg" ] || fail "$package.$version.nupkg was not packed"
done

# Only the local folder: the tool must install from what was packed, and from nothing else.
cat > "$work/feed.nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="rlgym-local" value="$feed" />
  </packageSources>
</configuration>
CONFIG
echo "check-packages: installing the tool into a temporary tool path" >&2
dotnet tool install --tool-path "$work/tools" RlGym.Cli --version "$version" --configfile "$work/feed.nuget.config" >/dev/null
export PATH="$work/tools:$PATH"
[ "$(command -v rlgym)" = "$work/tools/rlgym" ] || fail "rlgym is not on PATH after the install"

rlgym list > "$work/list.txt" || fail "rlgym list failed"
grep -q '^  CatMouse-v0 ' "$work/list.txt" || fail "rlgym list does not list CatMouse-v0"
rlgym check CatMouse-v0 > "$work/check.txt" || { cat "$work/check.txt" >&2; fail "rlgym check CatMouse-v0 failed"; }
# TorchSharp from the tool's folder (the load fix must have been applied to the packed copy).
rlgym train catmouse-imitation --brain lstm --hidden 8 --max-games 200 --measure-every 100 --out "$work/lstm" \
    > "$work/train.txt" 2>&1 || { cat "$work/train.txt" >&2; fail "rlgym train with TorchSharp failed"; }
[ -f "$work/lstm/brain.ckpt" ] || fail "rlgym train wrote no checkpoint"
# The NetHack bridge's native libraries from the tool's folder.
rlgym run NetHackScore-v0 --agent random --episodes 1 --seed 0 --option max_episode_steps=20 > "$work/nethack.txt" 2>&1 \
    || { cat "$work/nethack.txt" >&2; fail "rlgym run NetHackScore-v0 failed"; }

echo "check-packages: building a plugin against the RlGym.Core package" >&2
cp -r tests/packaging/plugin "$work/plugin"
rm -rf "$work/plugin/bin" "$work/plugin/obj"
# The local folder for RlGym's packages, the usual source for everything else (RlGym.Core's own dependencies).
cat > "$work/plugin/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="rlgym-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="rlgym-local">
      <package pattern="RlGym.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
dotnet build "$work/plugin/PackagedPlugin.csproj" -c Release -p:RlGymVersion="$version" --nologo -v quiet -clp:ErrorsOnly
plugin="$work/plugin/bin/Release/net10.0"
[ ! -f "$plugin/RlGym.Core.dll" ] || fail "the plugin's folder holds its own RlGym.Core.dll; the host's must be used"
rlgym --plugins "$plugin" list > "$work/plugin-list.txt" || fail "rlgym --plugins list failed"
grep -q '^  Packaged/Counter-v0 ' "$work/plugin-list.txt" || fail "the packaged plugin's Packaged/Counter-v0 is not listed"
rlgym --plugins "$plugin" check Packaged/Counter-v0 > "$work/plugin-check.txt" \
    || { cat "$work/plugin-check.txt" >&2; fail "rlgym check Packaged/Counter-v0 failed"; }
rlgym --plugins "$plugin" run Packaged/Counter-v0 --agent random --episodes 3 --seed 0 > "$work/plugin-run.txt" \
    || { cat "$work/plugin-run.txt" >&2; fail "rlgym run Packaged/Counter-v0 failed"; }
echo "check-packages: building an application against the RlGym.Envs.NetHack package" >&2
cp -r tests/packaging/nethack-app "$work/nethack-app"
rm -rf "$work/nethack-app/bin" "$work/nethack-app/obj"
cp "$work/plugin/nuget.config" "$work/nethack-app/nuget.config"
dotnet build "$work/nethack-app/NetHackApp.csproj" -c Release -p:RlGymVersion="$version" --nologo -v quiet -clp:ErrorsOnly
app="$work/nethack-app/bin/Release/net10.0"
for file in libnethack_bridge.so libnethack_preload.so nethack/libnethack_game.so nethack/nhdat nethack/sysconf; do
  [ -f "$app/$file" ] || fail "the RlGym.Envs.NetHack package did not put $file in its consumer's output folder"
done
"$app/NetHackApp" > "$work/nethack-app.txt" 2>&1 || { cat "$work/nethack-app.txt" >&2; fail "NetHackScore-v0 from the package failed"; }
grep -q '^NetHackScore-v0 from the package: ' "$work/nethack-app.txt" || fail "the NetHack application printed no result"

echo "check-packages: the packages install and run (RlGym $version)" >&2
