# Kiln benchmark: command-line tools, wall time and instructions per process.
# Sourced by bench/run.sh.

cli_env_json() {
  php -n -r 'echo json_encode(["COMPOSER_ALLOW_SUPERUSER" => "1", "COMPOSER_HOME" => $argv[1], "COMPOSER_CACHE_DIR" => $argv[1] . "/cache",
    "COMPOSER_NO_INTERACTION" => "1", "COMPOSER_DISABLE_NETWORK" => "1", "COMPOSER_NO_AUDIT" => "1"]);' "$W/cli/composer-home"
}

# cli_commands: name|cwd|expect|argv... (argv separated by |), one per line.
cli_commands() {
  local p="$W/cli/project"
  echo "composer-version|$p|Composer version|$COMPOSER_BIN|--version"
  echo "composer-validate|$p|is valid|$COMPOSER_BIN|validate|--no-check-publish"
  echo "phpunit|$p|OK (|$PHPUNIT_BIN|--no-configuration|--do-not-cache-result|tests"
  echo "gen-tree|$W/www/gen|gen-ok:$GEN_HASH|$W/www/gen/cli.php"
}

# cli_spec ROUNDS MODE=INI... -> JSON spec for timecmd.php on stdout
cli_spec() {
  local rounds="$1"; shift
  cli_commands | php -n -r '
    $rounds = (int)$argv[1]; $env = json_decode($argv[2], true); $logdir = $argv[3]; $php = $argv[4];
    $modes = [];
    foreach (array_slice($argv, 5) as $m) { [$n, $ini] = explode("=", $m, 2); $modes[] = ["name" => $n, "ini" => $ini]; }
    $cmds = [];
    while (($l = fgets(STDIN)) !== false) {
      $f = explode("|", rtrim($l, "\n"));
      $cmds[] = ["name" => $f[0], "cwd" => $f[1], "expect" => $f[2], "argv" => array_slice($f, 3)];
    }
    echo json_encode(["php" => $php, "rounds" => $rounds, "env" => $env, "logdir" => $logdir, "modes" => $modes, "commands" => $cmds], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES);
  ' "$rounds" "$(cli_env_json)" "$W/logs" "$(command -v php)" "$@"
}

cli_phase() {
  local shm ini_n ini_o ini_k
  new_shm cli; shm=$SHM
  ini_n=$(mode_ini cli nocache cli)
  ini_o=$(mode_ini cli opcache-file cli)
  ini_k=$(mode_ini cli kiln cli "$shm")
  cli_spec "$CLI_ROUNDS" "nocache=$ini_n" "opcache-file=$ini_o" "kiln=$ini_k" >"$W/cli/spec.json"
  log "cli: $(cli_commands | wc -l) commands x 3 modes x $CLI_ROUNDS interleaved rounds"
  timeout $((600 + 120 * CLI_ROUNDS)) php -n "$ROOT/bench/lib/timecmd.php" "$W/cli/spec.json" >>"$W/results.tsv" &
  local pid=$!
  track "$pid"
  wait "$pid" || fail cli all "timecmd exited with an error"
  untrack "$pid"
  # Did Kiln cache anything across the CLI processes?
  PHP_INI_SCAN_DIR= php -c "$ini_k" -r '$s = function_exists("kiln_get_status") ? kiln_get_status(false) : [];
    printf("cli\tall\tkiln\tkiln_scripts\t1\t%d\ncli\tall\tkiln\tkiln_hits\t1\t%d\n", $s["statistics"]["scripts_cached"] ?? 0, $s["statistics"]["hits"] ?? 0);' \
    >>"$W/results.tsv" 2>/dev/null || true
  drop_shm "$shm"
  rm -rf "$W/kiln-disk-$shm"
}

# ------------------------------------------------------------ callgrind
# cg_start NAME CWD ENV... -- CMD...: one callgrind run in the background,
# at most $INSTR_JOBS at a time. Writes $W/instr/NAME.{vg,out,err}.
declare -a CG_PIDS=()
cg_start() {
  local name="$1" cwd="$2"; shift 2
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  while ((${#CG_PIDS[@]} >= INSTR_JOBS)); do cg_wait_one; done
  (cd "$cwd" && exec env "${envs[@]}" timeout 3600 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    --log-file="$W/instr/$name.vg" -- "$@" >"$W/instr/$name.out" 2>"$W/instr/$name.err") &
  local pid=$!
  track "$pid"
  CG_PIDS+=("$pid")
}
cg_wait_one() {
  local done_pid="" keep=() p
  wait -n -p done_pid "${CG_PIDS[@]}" || true
  [ -n "$done_pid" ] || done_pid="${CG_PIDS[0]}"
  for p in "${CG_PIDS[@]}"; do [ "$p" = "$done_pid" ] || keep+=("$p"); done
  CG_PIDS=("${keep[@]}")
  untrack "$done_pid"
}
cg_wait_all() { while ((${#CG_PIDS[@]})); do cg_wait_one; done; }
cg_count() { sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p' "$W/instr/$1.vg" 2>/dev/null | tail -1; }

# The CLI commands measured under callgrind (none with INSTR_CLI=0).
instr_cli_commands() { if [ "$INSTR_CLI" = 1 ]; then cli_commands; fi; }

instr_phase() {
  mkdir -p "$W/instr"
  local page mode reps ini shm tflag
  local -a shms=()
  mw_cgi_env
  dw_cgi_env
  gen_cgi_env
  log "instructions: php-cgi -T $( ((INSTR_WARMUP > 0)) && echo "$INSTR_WARMUP,")$INSTR_R1 and $INSTR_R2 per page and mode; $([ "$INSTR_CLI" = 1 ] && echo "CLI processes; ")$INSTR_JOBS at a time"
  for page in $PAGES; do
    for mode in nocache opcache kiln; do
      for reps in "$INSTR_R1" "$INSTR_R2"; do
        shm=""
        if [ "$mode" = kiln ]; then new_shm "cg-$page-$reps"; shm=$SHM; shms+=("$shm"); fi
        ini=$(mode_ini cgi "$mode" "cg-$page-$reps" "$shm")
        # -T W,R: W warm-up requests, then R; without warm-up (-T R) the
        # first request warms the cache and the difference is still R2-R1
        # steady-state requests.
        tflag="$reps"
        ((INSTR_WARMUP > 0)) && tflag="$INSTR_WARMUP,$reps"
        case "$page" in
          mw) cg_start "web-$page-$mode-$reps" "$MW_DIR" "${MW_CGI_ENV[@]}" -- "$PHP_CGI" -c "$ini" -T "$tflag" ;;
          dw) cg_start "web-$page-$mode-$reps" "$W/www/dw" "${DW_CGI_ENV[@]}" -- "$PHP_CGI" -c "$ini" -T "$tflag" ;;
          *) cg_start "web-$page-$mode-$reps" "$W/www/gen" "${GEN_CGI_ENV[@]}" -- "$PHP_CGI" -c "$ini" -T "$tflag" ;;
        esac
      done
    done
  done

  # CLI: prime each caching mode with one plain run, then one run under callgrind.
  local shm_cli name cwd expect argv line ini_n ini_o ini_k
  new_shm cg-cli; shm_cli=$SHM
  ini_n=$(mode_ini cli nocache cg)
  ini_o=$(mode_ini cli opcache-file cg)
  ini_k=$(mode_ini cli kiln cg "$shm_cli")
  while IFS= read -r line; do
    IFS='|' read -r -a argv <<<"$line"
    name="${argv[0]}" cwd="${argv[1]}"
    argv=("${argv[@]:3}")
    for mode in nocache opcache-file kiln; do
      case "$mode" in nocache) ini="$ini_n" ;; opcache-file) ini="$ini_o" ;; kiln) ini="$ini_k" ;; esac
      (cd "$cwd" && env PHP_INI_SCAN_DIR= COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_HOME="$W/cli/composer-home" COMPOSER_NO_INTERACTION=1 \
        COMPOSER_DISABLE_NETWORK=1 php -c "$ini" "${argv[@]}" >/dev/null 2>&1) || true
      cg_start "cli-$name-$mode" "$cwd" PHP_INI_SCAN_DIR= COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_HOME="$W/cli/composer-home" \
        COMPOSER_NO_INTERACTION=1 COMPOSER_DISABLE_NETWORK=1 -- "$(command -v php)" -c "$ini" "${argv[@]}"
    done
  done < <(instr_cli_commands)
  cg_wait_all

  # Results.
  local a b
  for page in $PAGES; do
    for mode in nocache opcache kiln; do
      a=$(cg_count "web-$page-$mode-$INSTR_R1")
      b=$(cg_count "web-$page-$mode-$INSTR_R2")
      # Every request of both runs must have rendered the page (php-cgi -T
      # prints each response; a page that fails once it is cached would
      # otherwise pass on the first response alone).
      if [ -z "$a" ] || [ -z "$b" ] ||
        [ "$(grep -c "$(page_marker "$page")" "$W/instr/web-$page-$mode-$INSTR_R1.out" || true)" -lt $((INSTR_WARMUP + INSTR_R1)) ] ||
        [ "$(grep -c "$(page_marker "$page")" "$W/instr/web-$page-$mode-$INSTR_R2.out" || true)" -lt $((INSTR_WARMUP + INSTR_R2)) ]; then
        fail instr "$page" "$mode: callgrind run failed or a response lacks the page (instr/web-$page-$mode-*.vg|.out)"
        continue
      fi
      record instr "$page" "$mode" per_request 1 "$(((b - a) / (INSTR_R2 - INSTR_R1)))"
      record instr "$page" "$mode" total_r1 1 "$a"
    done
  done
  while IFS= read -r line; do
    name="${line%%|*}"
    expect=$(cut -d'|' -f3 <<<"$line")
    for mode in nocache opcache-file kiln; do
      a=$(cg_count "cli-$name-$mode")
      if [ -z "$a" ] || ! grep -qF "$expect" "$W/instr/cli-$name-$mode.out"; then
        fail instr "$name" "$mode: callgrind run failed (instr/cli-$name-$mode.vg|.out)"
        continue
      fi
      record instr "$name" "$mode" per_process 1 "$a"
    done
  done < <(instr_cli_commands)
  for shm in "${shms[@]}" "$shm_cli"; do drop_shm "$shm"; rm -rf "$W/kiln-disk-$shm"; done
}
