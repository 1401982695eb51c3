#!/usr/bin/env bash
# Runs a command inside a Debian root that carries another PHP version (8.4
# from trixie, 8.5 from experimental), made from Debian's own packages with
# debootstrap the first time it is needed and reused afterwards.
#
# Usage: scripts/php-root.sh VERSION [COMMAND ARGS...]     (VERSION: 8.4 | 8.5)
#        scripts/php-root.sh VERSION --path                prints the root's path
#
# The project directory and the Rust toolchain ($HOME/.cargo, $HOME/.rustup)
# are bind-mounted at their own paths, /proc, /dev and /dev/shm are mounted,
# and everything mounted here is unmounted when the command ends. The roots
# live outside the tree (KILN_ROOTS, default /var/cache/kiln); nothing in
# them is part of the project.
set -euo pipefail
ver="${1:?usage: php-root.sh 8.4|8.5 [command...]}"; shift
roots="${KILN_ROOTS:-/var/cache/kiln}"
root="$roots/php${ver/./}-root"
project="$(cd "$(dirname "$0")/.." && pwd)"

case "$ver" in
  8.4) suite=trixie ;;
  8.5) suite=sid ;;
  *) echo "php-root.sh: PHP $ver is not a version Kiln builds for in a Debian root (8.4, 8.5)" >&2; exit 2 ;;
esac
pkgs="php$ver-cli,php$ver-dev,php$ver-cgi,php$ver-fpm,clang,libclang-dev,pkg-config,ca-certificates,procps,libfcgi-bin,valgrind,dpkg-dev,git,make"

if [ "${1:-}" = --path ]; then echo "$root"; exit 0; fi

if [ ! -x "$root/usr/bin/php$ver" ]; then
  [ "$(id -u)" = 0 ] || { echo "php-root.sh: making the PHP $ver root needs root" >&2; exit 1; }
  command -v debootstrap >/dev/null || [ -x /usr/sbin/debootstrap ] || {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
  archive=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  archive="${archive:-http://deb.debian.org/debian}"
  mkdir -p "$roots"
  echo "kiln: making a Debian $suite root with PHP $ver in $root (a few minutes, once)"
  if [ "$ver" = 8.5 ]; then
    # 8.5 lives in experimental: a sid root first, then PHP from experimental
    # (php-common from sid: experimental's newer one breaks php8.5-common).
    /usr/sbin/debootstrap --variant=minbase --include=ca-certificates,clang,libclang-dev,pkg-config,procps,libfcgi-bin,valgrind,dpkg-dev,git,make \
      sid "$root.tmp" "$archive" >"$roots/debootstrap-$ver.log" 2>&1 \
      || { echo "debootstrap failed; see $roots/debootstrap-$ver.log" >&2; exit 1; }
    echo "deb $archive experimental main" >"$root.tmp/etc/apt/sources.list.d/experimental.list"
    echo 'Acquire::Check-Valid-Until "false";' >"$root.tmp/etc/apt/apt.conf.d/99kiln"
    chroot "$root.tmp" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive chroot "$root.tmp" apt-get -t experimental install -y -q --no-install-recommends php-common/unstable \
      php8.5-cli php8.5-dev php8.5-cgi php8.5-fpm >/dev/null
  else
    /usr/sbin/debootstrap --variant=minbase --include="$pkgs" "$suite" "$root.tmp" "$archive" \
      >"$roots/debootstrap-$ver.log" 2>&1 \
      || { echo "debootstrap failed; see $roots/debootstrap-$ver.log" >&2; exit 1; }
  fi
  mv "$root.tmp" "$root"
fi
[ $# -gt 0 ] || exit 0

mounted=()
cleanup() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { # bind SRC DST [fstype]
  mkdir -p "$2"
  if ! mountpoint -q "$2"; then
    if [ -n "${3:-}" ]; then mount -t "$3" "$3" "$2"; else mount --bind "$1" "$2"; fi
    mounted+=("$2")
  fi
}
bind /proc "$root/proc" proc
bind /dev "$root/dev"
bind /dev/shm "$root/dev/shm"
bind "$project" "$root$project"
[ -d "$HOME/.cargo" ] && bind "$HOME/.cargo" "$root$HOME/.cargo"
[ -d "$HOME/.rustup" ] && bind "$HOME/.rustup" "$root$HOME/.rustup"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

cd "$project"
chroot "$root" /usr/bin/env -i HOME="$HOME" TERM="${TERM:-dumb}" \
  PATH="$HOME/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  CARGO_TARGET_DIR="$project/target/php$ver" KILN_PHP="$ver" \
  ${KILN_ENV:-} bash -c 'cd "$0" && exec "$@"' "$project" "$@"
