#!/usr/bin/env bash
# Installs what Kiln needs from Debian (bookworm) when it is missing.
# Usage: scripts/deps.sh [build|test|demo|bench]   (default: build)
set -euo pipefail
what="${1:-build}"

# The PHP of this Debian release (KILN_PHP_VERSION overrides): bookworm 8.2,
# trixie and later 8.4. Kiln builds against whichever php-config is installed.
v="${KILN_PHP_VERSION:-}"
if [ -z "$v" ]; then
  codename=$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-}")
  case "$codename" in
    bookworm|"") v=8.2 ;;
    *) v=8.4 ;;
  esac
fi
pkgs=("php$v-dev" "php$v-cli" "php$v-cgi" clang libclang-dev pkg-config)
case "$what" in
  test) pkgs+=("php$v-fpm" "php$v-opcache" libfcgi-bin valgrind chromium python3) ;;
  demo) pkgs+=(curl) ;;
  bench) pkgs+=("php$v-fpm" "php$v-opcache" nginx wrk valgrind composer phpunit curl
               mediawiki dokuwiki "php$v-sqlite3" "php$v-mbstring" "php$v-xml" "php$v-intl") ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "kiln: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "kiln: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "kiln: cargo is in $HOME/.cargo/bin; add it to PATH" >&2
  else
    echo "kiln: a Rust toolchain (cargo, stable >= 1.77) is required: https://rustup.rs" >&2
  fi
  exit 1
fi
