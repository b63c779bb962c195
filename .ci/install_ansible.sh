#!/usr/bin/env bash
# Prepares the two Ansible versions the end-to-end tests run on:
#   - ansible-core 2.14 (Debian bookworm) and Debian's `ansible` package (which
#     brings cloud.common, used by the benchmark), installed with apt if missing;
#   - ansible-core 2.19 (Debian trixie), fetched with `apt-get download`
#     through a private apt configuration (its own sources list, state and
#     cache, so trixie never enters the system's sources) and unpacked with
#     `dpkg -x` into a cache folder that later runs reuse.
#
# Prints, as its last line, the folder 2.19 was unpacked into. Run it with
# Debian's python3 (whose packages match its dependencies) as
#   PYTHONPATH=<dir>/usr/lib/python3/dist-packages /usr/bin/python3 <dir>/usr/bin/ansible-playbook
#
# Usage: .ci/install_ansible.sh [CACHE_DIR]   (default: .cache/ansible-2.19)
# With CI=true, anything missing at the end is an error, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${1:-$PWD/.cache/ansible-2.19}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
root="$cache/root"
strict=false
if [ "${CI:-}" = "true" ]; then strict=true; fi

say() { echo "install_ansible: $*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- ansible-core 2.14 and the `ansible` package, from the system's own sources.
if ! command -v ansible-playbook >/dev/null || ! dpkg -s ansible >/dev/null 2>&1; then
  say "installing ansible-core and ansible with apt"
  if ! as_root apt-get install -y --no-install-recommends ansible-core ansible >/dev/null 2>&1; then
    as_root apt-get update >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ansible-core ansible >/dev/null
  fi
fi

# --- ansible-core 2.19, from trixie, through a private apt configuration.
if [ ! -x "$root/usr/bin/ansible-playbook" ]; then
  say "fetching ansible-core 2.19 from Debian trixie into $cache"
  apt_dir="$cache/apt"
  mkdir -p "$apt_dir/sources.list.d" "$apt_dir/preferences.d" \
    "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial" "$cache/debs"
  : >"$apt_dir/status"
  cat >"$apt_dir/sources.list" <<'LIST'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
LIST
  apt_private=(
    -o "Dir::Etc::sourcelist=$apt_dir/sources.list"
    -o "Dir::Etc::sourceparts=$apt_dir/sources.list.d"
    -o "Dir::Etc::preferences=$apt_dir/preferences"
    -o "Dir::Etc::preferencesparts=$apt_dir/preferences.d"
    -o "Dir::State=$apt_dir/state"
    -o "Dir::State::status=$apt_dir/status"
    -o "Dir::Cache=$apt_dir/cache"
    -o "APT::Get::List-Cleanup=false"
    -o "Debug::NoLocking=true"
    -o "APT::Sandbox::User=root"
  )
  apt-get "${apt_private[@]}" update >/dev/null
  (cd "$cache/debs" && rm -f ansible-core_*.deb &&
    apt-get "${apt_private[@]}" download ansible-core >/dev/null)
  deb="$(ls "$cache"/debs/ansible-core_*.deb | head -n 1)"
  rm -rf "$root.partial"
  dpkg -x "$deb" "$root.partial"
  rm -rf "$root"
  mv "$root.partial" "$root"
  say "unpacked $(basename "$deb")"
fi

# --- Check both; loud when CI needs them.
problems=()
if ! /usr/bin/ansible-playbook --version >/dev/null 2>&1; then
  problems+=("ansible-core 2.14 (/usr/bin/ansible-playbook) does not run")
fi
# Captured first: `grep -q` quitting early must not fail the pipeline.
version_219="$(PYTHONPATH="$root/usr/lib/python3/dist-packages" \
  /usr/bin/python3 "$root/usr/bin/ansible-playbook" --version 2>/dev/null || true)"
if [[ "$version_219" != *"core 2.19"* ]]; then
  problems+=("ansible-core 2.19 in $root does not run")
fi
if [ "${#problems[@]}" -gt 0 ]; then
  for p in "${problems[@]}"; do say "ERROR: $p"; done
  if $strict; then exit 1; fi
fi
echo "$root"
