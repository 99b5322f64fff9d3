#!/usr/bin/env bash
# Builds libnethack_game.so: the real NetHack 3.6.6, from the upstream tarball of Debian's source package, with
# RlGym's own entry point, window port and wrappers (the other .c files in this folder). Nothing of NetHack's source
# is kept in the repository: the tarball is fetched through apt's source tooling, checked, cached outside the
# repository (${XDG_CACHE_HOME:-~/.cache}/rlgym), and unpacked into the build folder.
#
#   native/nethack-src/build.sh OUT_DIR      -> OUT_DIR/libnethack_game.so and OUT_DIR/nhdat
#
# Needs: apt (apt-get, apt-helper), tar, make, a C compiler (cc). No root: apt runs on a private state folder.
set -euo pipefail

out="${1:?usage: build.sh OUT_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
cc="${CC:-cc}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

tarball_name=nethack_3.6.6.orig.tar.gz
tarball_size=5577633
tarball_sha256=cfde0c3ab6dd7c22ae82e1e5a59ab80152304eb23fb06e3129439271e5643ed2
cache="${XDG_CACHE_HOME:-$HOME/.cache}/rlgym"
tarball="$cache/$tarball_name"

log() { echo "nethack-src: $*" >&2; }

verify() {
  [ -f "$1" ] && [ "$(stat -c %s "$1")" = "$tarball_size" ] \
    && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$tarball_sha256" ]
}

fetch() {
  # A deb-src entry made from the machine's own Debian entry (same mirror, signing key and release), in a private
  # apt state folder so the system's configuration is left as it is.
  local apt="$cache/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  local release=""
  release="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
  [ -n "$release" ] || { log "cannot tell the Debian release (VERSION_CODENAME in /etc/os-release)"; exit 1; }
  local sources="$apt/nethack-src.sources"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    awk 'BEGIN { RS = ""; FS = "\n" }
         /(^|\n)URIs:[^\n]*\/debian\/?(\n|$)/ && /(^|\n)Types:[^\n]*deb/ { print; exit }' \
        /etc/apt/sources.list.d/debian.sources \
      | sed -e 's/^Types:.*/Types: deb-src/' -e "s/^Suites:.*/Suites: $release/" >"$sources"
  fi
  if [ ! -s "$sources" ]; then
    # One-line format (/etc/apt/sources.list): the first "deb" line of the Debian archive.
    local line
    line="$(grep -hE '^deb +(\[[^]]*\] +)?[a-z]+://[^ ]*/debian/? ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 || true)"
    [ -n "$line" ] || { log "no Debian archive entry in /etc/apt to derive a deb-src entry from"; exit 1; }
    echo "$line" | awk -v rel="$release" '{ $1 = "deb-src"; for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i ~ /:\/\//) { $(i+1) = rel; NF = i + 2; $(i+2) = "main"; break } print }' \
      | sed 's/^/ /; s/^ //' >"$apt/nethack-src.list"
    rm -f "$sources"
    sources="$apt/nethack-src.list"
  fi
  local -a opts=(-o "Dir::Etc::SourceList=$sources" -o Dir::Etc::SourceParts=/dev/null
                 -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o Debug::NoLocking=1)
  [ "$(id -u)" -eq 0 ] && opts+=(-o APT::Sandbox::User=root)
  log "apt-get update (deb-src, private state in $apt)"
  apt-get "${opts[@]}" update -qq >/dev/null
  local uri
  uri="$(apt-get "${opts[@]}" source --print-uris nethack 2>/dev/null | awk -v f="$tarball_name" '$2 == f { gsub("\x27", "", $1); print $1 }')"
  [ -n "$uri" ] || { log "apt-get source --print-uris nethack names no $tarball_name"; exit 1; }
  log "fetching $uri"
  /usr/lib/apt/apt-helper "${opts[@]}" download-file "$uri" "$tarball.part" "SHA256:$tarball_sha256" >/dev/null
  mv -f "$tarball.part" "$tarball"
}

mkdir -p "$cache"
if ! verify "$tarball"; then
  rm -f "$tarball"
  fetch
  verify "$tarball" || { log "$tarball is not $tarball_size bytes with sha256 $tarball_sha256"; exit 1; }
fi

# Two stages, each keyed on what it is made from: the game's objects and data (the tarball, this script and
# rl_redirect.h) and the library (also our .c files). A change to our files relinks without recompiling the game.
game_key="$(cat "$here/build.sh" "$here/rl_redirect.h" | sha256sum | cut -c1-16)"
key="$(cat "$here"/*.c "$here"/*.h "$here"/*.map "$here/build.sh" | sha256sum | cut -c1-16)"
if [ -f "$out/libnethack_game.so" ] && [ -f "$out/nhdat" ] && [ "$(cat "$out/.key" 2>/dev/null)" = "$key" ]; then
  exit 0
fi
started=$SECONDS
build="$out/build"
src="$build/NetHack-NetHack-3.6.6_Released"
objs="$build/obj"
jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$(cat "$build/.key" 2>/dev/null)" != "$game_key" ]; then
rm -rf "$build"
mkdir -p "$build"
tar -xzf "$tarball" -C "$build"

# The game's own tools and data (makedefs, dgn_comp, lev_comp, dlb; nhdat) with its own Makefiles.
log "building NetHack's tools and data file"
(cd "$src" && sh sys/unix/setup.sh sys/unix/hints/linux >/dev/null)
# The level and dungeon compilers' parsers as the tarball ships them pre-generated (no yacc/lex needed).
cp "$src"/sys/share/{dgn,lev}_{yacc,lex}.c "$src/util/"
cp "$src"/sys/share/{dgn,lev}_comp.h "$src/include/"
touch "$src"/util/{dgn,lev}_{yacc,lex}.c "$src"/include/{dgn,lev}_comp.h
# stdio.h first: glibc's headers must be read before tradstdc.h blanks out __warn_unused_result__.
toolflags="-O2 -include stdio.h -I../include -DNOTPARMDECL -DDLB -w"
make -s -C "$src/util" -j"$jobs" CFLAGS="$toolflags" LFLAGS= makedefs dgn_comp lev_comp dlb >/dev/null
for h in onames.h pm.h date.h; do make -s -C "$src/src" CFLAGS="$toolflags" "../include/$h" >/dev/null; done
make -s -C "$src/src" CFLAGS="$toolflags" vis_tab.c >/dev/null
make -s -C "$src/dat" CFLAGS="$toolflags" data rumors oracles options quest.dat engrave epitaph bogusmon tribute \
  dungeon spec_levs quest_levs >/dev/null 2>&1
(cd "$src/dat" && LC_ALL=C ../util/dlb cf nhdat help hh cmdhelp keyhelp history opthelp wizhelp dungeon tribute \
  ./*.lev bogusmon data engrave epitaph oracles options quest.dat rumors)

# The game itself, position-independent, with our files. rl_redirect.h is included first into every game file: it
# sends the tty port's terminal output to our in-memory stream and its key reads to our entry point (see there).
log "compiling the game"
cflags=(-O2 -fPIC -fno-common -w -I"$src/include" -I"$here" -include "$here/rl_redirect.h"
        -DNOTPARMDECL -DDLB -DANSI_DEFAULT -DNOCWD_ASSUMPTIONS -DSCORE_ON_BOTL -DHACKDIR='"/nonexistent"'
        -DSYSCF -DSYSCF_FILE=rlnh_sysconf_path)
mkdir -p "$objs"
game_sources=("$src"/src/*.c "$src/src/vis_tab.c" "$src"/win/tty/*.c "$src/sys/share/unixtty.c"
              "$src/sys/unix/unixunix.c" "$src/sys/unix/unixres.c" "$src/sys/share/ioctl.c" "$src/sys/share/posixregex.c")
printf '%s\n' "${game_sources[@]}" | sort -u | xargs -P "$jobs" -I{} sh -c \
  'f="$1"; shift; exec "$@" -c "$f" -o "'"$objs"'/$(basename "${f%.c}").o"' _ {} "$cc" "${cflags[@]}"
echo "$game_key" >"$build/.key"
fi

ours=()
for f in "$here"/*.c; do
  "$cc" -O2 -fPIC -D_GNU_SOURCE -include stdio.h -Wall -Wno-unused-parameter -Werror -I"$src/include" -I"$here" -DNOTPARMDECL -DDLB \
    -DNOCWD_ASSUMPTIONS -DSCORE_ON_BOTL -c "$f" -o "$objs/rl_$(basename "${f%.c}").o"
  ours+=("$objs/rl_$(basename "${f%.c}").o")
done

# Link-time wrapping: every call the game makes to these C library functions lands in rl_wrap.c's __wrap_NAME
# (process-wide effects - exit, signals, the terminal, the clock, the environment - stay inside the game).
wraps=(exit _exit abort atexit signal sigaction getenv time tcgetattr tcsetattr ioctl isatty fork execl execv
       xwaitforspace sleep usleep malloc calloc realloc free open creat close fopen fdopen fclose)
wrapflags=()
for w in "${wraps[@]}"; do wrapflags+=("-Wl,--wrap=$w"); done
"$cc" -shared -o "$out/libnethack_game.so.tmp" "$objs"/*.o "${wrapflags[@]}" -Wl,--no-undefined \
  -Wl,--version-script="$here/exports.map" -s -lm
mv -f "$out/libnethack_game.so.tmp" "$out/libnethack_game.so"
cp -f "$src/dat/nhdat" "$src/dat/symbols" "$src/dat/license" "$out/"
# The system configuration (SYSCF): ours, with the defaults NLE's build plays with.
cat >"$out/sysconf" <<'SYSCONF'
# RlGym's NetHack: nobody gets wizard mode; games are locked by character name in each game's own folder.
WIZARDS=
MAXPLAYERS=0
SYSCONF
echo "$key" >"$out/.key"
log "built $out/libnethack_game.so in $((SECONDS - started)) s"
