#!/bin/sh
# Builds the sandbox BASE image from Debian packages alone, for machines that
# cannot pull from a registry: debootstrap a bookworm rootfs with every package
# in packages.txt, then `docker import` it. The airlock image is then built on
# top of it with the same Dockerfile steps (FROM swapped via --build-arg BASE).
#
# usage: build-offline.sh BASE_TAG [MIRROR]
set -eu
tag="$1"
here="$(cd "$(dirname "$0")" && pwd)"
mirror="${2:-}"
if [ -z "$mirror" ]; then
  # The machine's own Debian mirror: deb822 sources first, then sources.list.
  mirror="$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $1}')"
  [ -n "$mirror" ] || mirror="$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
  [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
fi
command -v debootstrap >/dev/null || { echo "debootstrap not installed (apt-get install debootstrap)" >&2; exit 4; }
pkgs="$(grep -v '^[[:space:]]*#' "$here/packages.txt" | grep -v '^[[:space:]]*$' | paste -sd, -)"
work="$(mktemp -d /var/tmp/airlock-rootfs.XXXXXX)"
trap 'rm -rf "$work"' EXIT INT TERM
echo "debootstrap bookworm from $mirror" >&2
debootstrap --variant=minbase --include="$pkgs" bookworm "$work/root" "$mirror" >&2
# Keep the image small and free of host traces.
rm -rf "$work/root/var/lib/apt/lists/"* "$work/root/var/cache/apt/"*.bin "$work/root/var/cache/apt/archives/"*.deb
tar --numeric-owner -C "$work/root" -c . | docker import -c 'CMD ["/bin/bash"]' - "$tag" >&2
echo "$tag"
