#!/bin/sh
# Makes the sandbox usable on a CI machine with no registry: installs docker.io and
# debootstrap, starts dockerd (log in /tmp/dockerd.log), waits for its socket, then
# builds the sandbox image offline (debootstrap + docker import + the Dockerfile's
# steps). Idempotent: a running engine and an up-to-date image are left alone.
set -eu
cd "$(dirname "$0")/.."
if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io debootstrap >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  setsid nohup dockerd >/tmp/dockerd.log 2>&1 </dev/null &
  i=0
  until [ -S /var/run/docker.sock ] && docker info >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -le 60 ] || { echo "dockerd did not start; see /tmp/dockerd.log" >&2; tail -5 /tmp/dockerd.log >&2; exit 1; }
    sleep 1
  done
fi
[ -f dist/sandbox/commands.js ] || npm run build >/dev/null
start=$(date +%s)
node -e "require('./dist/sandbox/commands').sandboxBuild({ mode: 'offline', progress: (m) => console.error(m) }).then((r) => console.log(r.built ? 'built ' + r.tag + ' (' + r.via + ')' : r.tag + ' up to date'), (e) => { console.error(e.message); process.exit(1); })"
echo "sandbox image ready in $(( $(date +%s) - start )) s"
