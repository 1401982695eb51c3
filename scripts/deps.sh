#!/usr/bin/env bash
# Installs what Kiln needs from Debian (bookworm) when it is missing.
# Usage: scripts/deps.sh [build|test|demo|bench]   (default: build)
set -euo pipefail
what="${1:-build}"

pkgs=(php8.2-dev php8.2-cli php8.2-cgi clang libclang-dev pkg-config)
case "$what" in
  test) pkgs+=(php8.2-fpm php8.2-opcache libfcgi-bin valgrind chromium python3) ;;
  demo) pkgs+=(curl) ;;
  bench) pkgs+=(php8.2-fpm php8.2-opcache nginx wrk valgrind composer phpunit curl
               mediawiki dokuwiki php8.2-sqlite3 php8.2-mbstring php8.2-xml php8.2-intl) ;;
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
