#!/bin/bash
# Codec probes: every entry script must print byte-identically (stdout,
# stderr, exit code) without Kiln and with Kiln (CLI, CLI with
# kiln.verify_roundtrip=1, php-cgi -T 3 with and without it).
#   tests/codec/run.sh [path/to/libkiln.so]
cd "$(dirname "$0")"
EXT=${1:-../../target/release/libkiln.so}
EXT=$(realpath "$EXT")
COMMON=(-d display_errors=stderr -d error_reporting=-1 -d html_errors=0 -d auto_globals_jit=1)
KILN=(-d extension="$EXT" -d kiln.file_update_protection=0)
TMP=$(mktemp -d)
fail=0
touch -d '1 hour ago' ./*.php
for s in a hash perr perr_main cerr warn warn2 halt ag ag2 big st2 anon anon2 hoist; do
  for v in 0 1; do
    CNT="$(php -n -r 'echo sys_get_temp_dir();')/kiln-codec-*-cnt"
    rm -f $CNT
    php -n "${COMMON[@]}" $s.php >"$TMP/b.out" 2>"$TMP/b.err"; b=$?
    rm -f $CNT
    php -n "${COMMON[@]}" "${KILN[@]}" -d kiln.verify_roundtrip=$v $s.php >"$TMP/k.out" 2>"$TMP/k.err"; k=$?
    if [ $b != $k ] || ! cmp -s "$TMP/b.out" "$TMP/k.out" || ! cmp -s "$TMP/b.err" "$TMP/k.err"; then
      echo "FAIL cli $s verify=$v"; diff "$TMP/b.out" "$TMP/k.out" | head; diff "$TMP/b.err" "$TMP/k.err" | head; fail=1
    fi
    rm -f $CNT
    php-cgi -n -q -T 3 "${COMMON[@]}" $s.php 2>&1 | grep -v '^Elapsed time' >"$TMP/b.out"; b=${PIPESTATUS[0]}
    rm -f $CNT
    php-cgi -n -q -T 3 "${COMMON[@]}" "${KILN[@]}" -d kiln.verify_roundtrip=$v $s.php 2>&1 | grep -v '^Elapsed time' >"$TMP/k.out"; k=${PIPESTATUS[0]}
    rm -f $CNT
    if [ $b != $k ] || ! cmp -s "$TMP/b.out" "$TMP/k.out"; then
      echo "FAIL cgi $s verify=$v"; diff "$TMP/b.out" "$TMP/k.out" | head; fail=1
    fi
  done
done
rm -rf "$TMP"
[ $fail = 0 ] && echo "codec probes: all identical"
exit $fail
