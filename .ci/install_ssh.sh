#!/usr/bin/env bash
# Installs what the benchmark's SSH group needs (bench/_sshd.ts, bench/_ssh.ts):
#   - openssh-server: the benchmark runs a private sshd of its own on
#     127.0.0.1 (own config, host key and port; never the system's service,
#     which this script does not start);
#   - ansible-mitogen: Mitogen's strategy plugins, the anchor over SSH.
# Run as root (CI is). With CI=true a failed install is an error; otherwise
# the SSH rows of the benchmark report SKIP with the reason.
#
# Usage: .ci/install_ssh.sh
set -euo pipefail

strict=false
if [ "${CI:-}" = "true" ]; then strict=true; fi
say() { echo "install_ssh: $*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if [ -x /usr/sbin/sshd ] && dpkg -s ansible-mitogen >/dev/null 2>&1; then
  exit 0
fi
say "installing openssh-server and ansible-mitogen with apt"
# The package would start the system's sshd on port 22: a policy-rc.d that
# forbids starting services keeps it down for the install (the benchmark
# never uses it), unless the machine already has a policy of its own.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
  as_root chmod 755 "$policy"
  trap 'as_root rm -f "$policy"' EXIT
fi
if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  openssh-server ansible-mitogen >/dev/null 2>&1; then
  as_root apt-get update >/dev/null
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    openssh-server ansible-mitogen >/dev/null; then
    say "ERROR: could not install openssh-server and ansible-mitogen"
    if $strict; then exit 1; fi
  fi
fi
