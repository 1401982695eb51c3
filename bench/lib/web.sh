# Kiln benchmark: nginx + php-fpm on 127.0.0.1, generated into $W/web-TAG.
# Sourced by bench/run.sh. Pages:
#   mw   MediaWiki (Debian package) main page, SQLite database in $W/mw
#   dw   DokuWiki (Debian package) start page, private conf + data in $W/dw
#   gen  the generated compile-heavy front controller in $W/www/gen

page_path() { # PAGE -> request path
  case "$1" in
    mw) printf '/index.php?title=Main_Page' ;;
    dw) printf '/dw/doku.php?id=start' ;;
    gen) printf '/gen/index.php' ;;
    *) die "unknown page $1" ;;
  esac
}
page_marker() { # PAGE -> a string every correct response contains
  case "$1" in
    mw) printf 'MediaWiki has been installed' ;;
    dw) printf 'This is the Kiln benchmark start page' ;;   # a sentence of the page text (setup_dw)
    gen) printf 'gen-ok:%s' "$GEN_HASH" ;;   # same hash in every mode
  esac
}

fastcgi_params() { # the usual FastCGI parameters, inline (no include of a system file)
  cat <<'EOF'
      fastcgi_param QUERY_STRING      $query_string;
      fastcgi_param REQUEST_METHOD    $request_method;
      fastcgi_param CONTENT_TYPE      $content_type;
      fastcgi_param CONTENT_LENGTH    $content_length;
      fastcgi_param SCRIPT_NAME       $fastcgi_script_name;
      fastcgi_param SCRIPT_FILENAME   $document_root$fastcgi_script_name;
      fastcgi_param REQUEST_URI       $request_uri;
      fastcgi_param DOCUMENT_URI      $document_uri;
      fastcgi_param DOCUMENT_ROOT     $document_root;
      fastcgi_param SERVER_PROTOCOL   $server_protocol;
      fastcgi_param REQUEST_SCHEME    $scheme;
      fastcgi_param GATEWAY_INTERFACE CGI/1.1;
      fastcgi_param SERVER_SOFTWARE   nginx/$nginx_version;
      fastcgi_param REMOTE_ADDR       $remote_addr;
      fastcgi_param REMOTE_PORT       $remote_port;
      fastcgi_param SERVER_ADDR       $server_addr;
      fastcgi_param SERVER_PORT       $server_port;
      fastcgi_param SERVER_NAME       $server_name;
      fastcgi_param REDIRECT_STATUS   200;
EOF
}

# start_web MODE TAG: php-fpm (static pool, $WORKERS workers, Unix socket) and
# nginx for one mode. Sets WEB_DIR FPM_PID NGINX_PID WEB_SHM.
start_web() {
  local mode="$1" tag="$2" ini i
  WEB_DIR="$W/web-$tag"
  WEB_SHM=""
  mkdir -p "$WEB_DIR"/{nginx-tmp,run}
  chmod 0755 "$WEB_DIR" "$WEB_DIR/run"
  case "$mode" in kiln*) new_shm "fpm-$tag"; WEB_SHM=$SHM ;; esac
  ini=$(mode_ini fpm "$mode" "$tag" "$WEB_SHM")
  cat >"$WEB_DIR/fpm.conf" <<EOF
[global]
pid = $WEB_DIR/run/fpm.pid
error_log = $WEB_DIR/fpm-error.log
daemonize = no
process_control_timeout = 5s

[bench]
listen = $WEB_DIR/run/fpm.sock
listen.mode = 0666
pm = static
pm.max_children = $WORKERS
pm.max_requests = 0
request_terminate_timeout = 120s
pm.status_path = /_fpm_status
catch_workers_output = yes
clear_env = yes
env[MW_CONFIG_FILE] = $W/mw/LocalSettings.php
EOF
  local root_flag=()
  [ "$(id -u)" = 0 ] && root_flag=(-R)
  PHP_INI_SCAN_DIR= "$PHP_FPM" -F -c "$ini" -y "$WEB_DIR/fpm.conf" "${root_flag[@]}" \
    >"$WEB_DIR/fpm.out" 2>&1 &
  FPM_PID=$!
  track "$FPM_PID"
  for ((i = 0; i < 100; i++)); do
    [ -S "$WEB_DIR/run/fpm.sock" ] && break
    kill -0 "$FPM_PID" 2>/dev/null || break
    sleep 0.1
  done
  [ -S "$WEB_DIR/run/fpm.sock" ] || { cat "$WEB_DIR/fpm.out" "$WEB_DIR/fpm-error.log" >&2 2>/dev/null; die "php-fpm ($mode) did not start"; }

  cat >"$WEB_DIR/nginx.conf" <<EOF
worker_processes 1;
daemon off;
master_process on;
pid $WEB_DIR/run/nginx.pid;
error_log $WEB_DIR/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $WEB_DIR/nginx-tmp/body;
  fastcgi_temp_path $WEB_DIR/nginx-tmp/fastcgi;
  proxy_temp_path $WEB_DIR/nginx-tmp/proxy;
  uwsgi_temp_path $WEB_DIR/nginx-tmp/uwsgi;
  scgi_temp_path $WEB_DIR/nginx-tmp/scgi;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  fastcgi_buffers 16 16k;
  fastcgi_buffer_size 32k;
  server {
    listen 127.0.0.1:$PORT;
    server_name 127.0.0.1;
    location ^~ /gen/ {
      root $W/www;
      fastcgi_pass unix:$WEB_DIR/run/fpm.sock;
$(fastcgi_params)
    }
    location ^~ /dw/ {
      root $W/www;
      fastcgi_pass unix:$WEB_DIR/run/fpm.sock;
$(fastcgi_params)
    }
    location = /_fpm_status {
      fastcgi_pass unix:$WEB_DIR/run/fpm.sock;
$(fastcgi_params)
    }
    location ~ \.php\$ {
      root $MW_DIR;
      fastcgi_pass unix:$WEB_DIR/run/fpm.sock;
$(fastcgi_params)
    }
    location / { return 404; }
  }
}
EOF
  nginx -p "$WEB_DIR" -e "$WEB_DIR/nginx-error.log" -c "$WEB_DIR/nginx.conf" >"$WEB_DIR/nginx.out" 2>&1 &
  NGINX_PID=$!
  track "$NGINX_PID"
  for ((i = 0; i < 100; i++)); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WEB_DIR/nginx.out" "$WEB_DIR/nginx-error.log" >&2 2>/dev/null; die "nginx did not start"; }
}

stop_web() {
  local fpm="${FPM_PID:-}"
  stop_pid "${NGINX_PID:-}"
  stop_pid "$fpm"
  NGINX_PID="" FPM_PID=""
  if [ -n "${WEB_SHM:-}" ]; then
    drop_shm "$WEB_SHM"
    rm -rf "$W/kiln-disk-$WEB_SHM"
    # Kiln's shared executable arena, /dev/shm/kiln-arena.<uid>.<master pid>.<nonce>,
    # is removed by the master's shutdown; if the master had to be killed, here.
    [ -z "$fpm" ] || rm -f /dev/shm/kiln-arena.*."$fpm".* 2>/dev/null || true
  fi
  WEB_SHM=""
  # DokuWiki leaves a session file per request (wrk sends no cookie): every
  # run starts with an empty session directory.
  find "$W/sessions" -mindepth 1 -delete 2>/dev/null || true
}

# check_page PAGE: one request; 200 and the page's marker, else returns 1.
check_page() {
  local page="$1" out="$WEB_DIR/check-$1.html" code
  code=$(curl -s -o "$out" -w '%{http_code}' --max-time 60 "http://127.0.0.1:$PORT$(page_path "$page")") || code=000
  [ "$code" = 200 ] && grep -q "$(page_marker "$page")" "$out"
}

# status_json: the cache status as JSON, from _status.php through FPM.
status_json() { curl -s --max-time 30 "http://127.0.0.1:$PORT/gen/_status.php"; }

# run_wrk PAGE SECONDS OUTFILE
run_wrk() {
  timeout $(($2 + 60)) wrk -t1 -c"$CONNS" -d"$2"s --timeout 30s --latency \
    "http://127.0.0.1:$PORT$(page_path "$1")" >"$3" 2>&1 || true
}

# parse_wrk FILE -> "rps p99_ms non2xx errors requests"
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec:/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    / requests in / { req = $1 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%s %s %d %d %d\n", (rps == "" ? "0" : rps), (p99 == "" ? "0" : p99), bad, err, req }
  ' "$1"
}

# worker_ticks: CPU time (user + system, clock ticks) used so far by all FPM
# workers. Per request it is far steadier than req/s on a shared machine: it
# does not count the time a worker waits for a CPU.
worker_ticks() {
  local child line total=0
  local -a f
  for child in $(children "$FPM_PID"); do
    read -r line <"/proc/$child/stat" 2>/dev/null || continue
    read -r -a f <<<"${line##*) }"   # f[11] = utime, f[12] = stime
    total=$((total + ${f[11]:-0} + ${f[12]:-0}))
  done
  echo "$total"
}

# children PID: the PIDs whose parent is PID (from /proc; no procps needed).
children() {
  local parent="$1" stat line
  local -a f
  for stat in /proc/[0-9]*/stat; do
    read -r line <"$stat" 2>/dev/null || continue
    read -r -a f <<<"${line##*) }"   # after "pid (comm) ": state ppid ...
    if [ "${f[1]:-}" = "$parent" ]; then
      stat=${stat#/proc/}
      echo "${stat%/stat}"
    fi
  done
}

# worker_memory MODE ROUND: Pss and private memory of every FPM worker.
worker_memory() {
  local mode="$1" round="$2" child
  for child in $(children "$FPM_PID"); do
    [ -r "/proc/$child/smaps_rollup" ] || continue
    awk -v m="$mode" -v r="$round" '
      /^Rss:/ { rss = $2 } /^Pss:/ { pss = $2 }
      /^Private_Clean:/ { pc = $2 } /^Private_Dirty:/ { pd = $2 }
      END { printf "mem\tworker\t%s\trss_kb\t%s\t%d\nmem\tworker\t%s\tpss_kb\t%s\t%d\nmem\tworker\t%s\tprivate_kb\t%s\t%d\n", m, r, rss, m, r, pss, m, r, pc + pd }
    ' "/proc/$child/smaps_rollup" >>"$W/results.tsv"
  done
}

# web_round MODE ROUND: one mode's turn in a round: both pages under wrk.
web_round() {
  local mode="$1" round="$2" page line rps p99 bad err req t0 t1 cpu
  start_web "$mode" "r$round-$mode"
  for page in $PAGES; do
    if ! check_page "$page"; then
      fail web "$page" "$mode: page check failed (see $(basename "$WEB_DIR")/check-$page.html)"
      continue
    fi
    run_wrk "$page" "$WARM_SECONDS" "$WEB_DIR/warm-$page.txt"
  done
  for page in $PAGES; do
    t0=$(worker_ticks)
    run_wrk "$page" "$DURATION" "$WEB_DIR/wrk-$page.txt"
    t1=$(worker_ticks)
    read -r rps p99 bad err req <<<"$(parse_wrk "$WEB_DIR/wrk-$page.txt")"
    record web "$page" "$mode" rps "$round" "$rps"
    record web "$page" "$mode" p99_ms "$round" "$p99"
    record web "$page" "$mode" bad_responses "$round" "$((bad + err))"
    cpu=""
    if ((req > 0)); then
      cpu=$(awk -v t=$((t1 - t0)) -v hz="$CLK_TCK" -v n="$req" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
      record web "$page" "$mode" cpu_ms_per_req "$round" "$cpu"
    fi
    log "  web $page $mode: $rps req/s, p99 ${p99} ms, worker CPU ${cpu:-?} ms/req$([ $((bad + err)) -gt 0 ] && echo ", $((bad + err)) bad responses/errors")"
    check_page "$page" || fail web "$page" "$mode: page check after load failed"
  done
  worker_memory "$mode" "$round"
  if [[ "$mode" == kiln* ]]; then
    status_json >"$WEB_DIR/status-after.json" || true
    php -n -r '$s = json_decode((string)file_get_contents($argv[1]), true) ?: [];
      $k = $s["kiln"] ?? [];
      printf("web\tall\t%s\tkiln_hits\t%s\t%d\nweb\tall\t%s\tkiln_scripts\t%s\t%d\n", $argv[2], $argv[3], $k["hits"] ?? 0, $argv[2], $argv[3], $k["scripts"] ?? 0);' \
      "$WEB_DIR/status-after.json" "$mode" "$round" >>"$W/results.tsv"
  fi
  stop_web
}

# mem_phase: cache bytes used for the same scripts, per app, per mode.
# Baseline = status after only _status.php has run; then each page is
# requested several times (every worker serves some) and the status re-read.
mem_phase() {
  local mode page n
  for mode in opcache kiln kiln-c0; do
    start_web "$mode" "mem-$mode"
    status_json >"$WEB_DIR/status-0.json" || true   # compiles _status.php
    status_json >"$WEB_DIR/status-0.json" || true
    n=0
    for page in $PAGES; do
      n=$((n + 1))
      local i
      for ((i = 0; i < 2 * WORKERS + 2; i++)); do
        check_page "$page" || { fail mem "$page" "$mode: page check failed"; break; }
      done
      status_json >"$WEB_DIR/status-$n.json" || true
    done
    php -n "$ROOT/bench/lib/memdelta.php" "$mode" "$WEB_DIR" $PAGES >>"$W/results.tsv" ||
      fail mem all "$mode: could not read the cache status"
    stop_web
  done
}

# ROUNDS rounds; every mode once per round, the order rotating from round to
# round (nocache opcache kiln, opcache kiln nocache, ...) so that no mode
# always runs right after the same other one.
web_phase() {
  local round i n
  local -a modes
  read -r -a modes <<<"$WEB_MODES"
  n=${#modes[@]}
  for ((round = 1; round <= ROUNDS; round++)); do
    log "web round $round/$ROUNDS"
    for ((i = 0; i < n; i++)); do
      web_round "${modes[$(((i + round - 1) % n))]}" "$round"
    done
  done
}

# ----------------------------------------------------------- pool memory
# The RAM of a whole pool: the sum of Pss of the php-fpm master and all its
# workers (shared pages, the caches' shared memory among them, are divided
# among the processes that map them, so the sum counts each page once), read
# after every worker has served every page several times, at pool sizes
# $POOL_SIZES (default 4 and 16 workers).

# fpm_snapshot: reads the pool's status page (pm.status_path, full) into
# FPM_NET[pid] = requests served by that worker, minus the status requests
# it served itself (the worker answering the status shows it as Running with
# that URI; FPM_STATUS_SEEN[pid] counts them).
declare -A FPM_NET=() FPM_STATUS_SEEN=()
fpm_snapshot() {
  local pid req self
  while read -r pid req self; do
    FPM_STATUS_SEEN[$pid]=$((${FPM_STATUS_SEEN[$pid]:-0} + self))
    FPM_NET[$pid]=$((req - FPM_STATUS_SEEN[$pid]))
  done < <(curl -s --max-time 30 "http://127.0.0.1:$PORT/_fpm_status?json&full" | php -n -r '
    $s = json_decode((string)stream_get_contents(STDIN), true) ?: [];
    foreach ($s["processes"] ?? [] as $p) {
        $self = ($p["state"] ?? "") === "Running" && str_starts_with((string)($p["request uri"] ?? ""), "/_fpm_status");
        printf("%d %d %d\n", $p["pid"] ?? 0, $p["requests"] ?? 0, $self ? 1 : 0);
    }')
}

# pool_batch PAGE: $CONNS curl processes at once, each requesting PAGE
# $POOL_REQS times over one keep-alive connection (nginx opens a new FastCGI
# connection per request, so the pool's workers share them out): a fixed
# number of requests, the same in every mode. Adds non-200 answers to POOL_BAD.
pool_batch() {
  local page="$1" url c i pid
  local -a args=() pids=()
  url="http://127.0.0.1:$PORT$(page_path "$page")"
  for ((i = 0; i < POOL_REQS; i++)); do args+=(-o /dev/null "$url"); done
  for ((c = 0; c < CONNS; c++)); do
    curl -s --max-time 120 -w '%{http_code}\n' "${args[@]}" >"$WEB_DIR/pool-$page-$c.codes" 2>/dev/null &
    pid=$!
    track "$pid"
    pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
    untrack "$pid"
  done
  POOL_BAD=$((POOL_BAD + $(cat "$WEB_DIR"/pool-"$page"-*.codes | grep -cv '^200$' || true)))
}

# pool_serve PAGE: batches of $CONNS x $POOL_REQS requests until every worker
# has served PAGE at least $POOL_REQS times, at most $POOL_BATCHES batches.
# Sets POOL_LEAST (the least number of PAGE requests one worker served),
# POOL_TOTAL (all PAGE requests the workers served), POOL_N (the workers
# seen) and POOL_BAD (non-200 answers).
pool_serve() {
  local page="$1" b pid d
  local -A before=()
  fpm_snapshot
  for pid in "${!FPM_NET[@]}"; do before[$pid]=${FPM_NET[$pid]}; done
  POOL_LEAST=0 POOL_TOTAL=0 POOL_N=0 POOL_BAD=0
  for ((b = 1; b <= POOL_BATCHES; b++)); do
    pool_batch "$page"
    fpm_snapshot
    POOL_LEAST="" POOL_TOTAL=0 POOL_N=0
    for pid in "${!FPM_NET[@]}"; do
      d=$((FPM_NET[$pid] - ${before[$pid]:-0}))
      POOL_N=$((POOL_N + 1)) POOL_TOTAL=$((POOL_TOTAL + d))
      if [ -z "$POOL_LEAST" ] || ((d < POOL_LEAST)); then POOL_LEAST=$d; fi
    done
    : "${POOL_LEAST:=0}"
    ((POOL_N >= WORKERS && POOL_LEAST >= POOL_REQS)) && break
  done
  return 0
}

# pool_pss: "PSS_KB RSS_KB PROCESSES", summed over the master and its workers.
pool_pss() {
  local p pss rss tp=0 tr=0 n=0
  for p in "$FPM_PID" $(children "$FPM_PID"); do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    read -r pss rss < <(awk '/^Pss:/ { p = $2 } /^Rss:/ { r = $2 } END { print p + 0, r + 0 }' "/proc/$p/smaps_rollup")
    tp=$((tp + pss)) tr=$((tr + rss)) n=$((n + 1))
  done
  echo "$tp $tr $n"
}

# pool_round MODE SIZE ROUND: one pool of SIZE workers (2 x SIZE client
# connections), every page served, then the Σ Pss.
pool_round() {
  local mode="$1" size="$2" round="$3" page pss rss n least=""
  local WORKERS="$size" CONNS=$((2 * size))   # seen by start_web and run_wrk
  FPM_NET=() FPM_STATUS_SEEN=()
  start_web "$mode" "pool$size-r$round-$mode"
  for page in $PAGES; do
    if ! check_page "$page"; then
      fail poolmem "$page" "$mode, $size workers: page check failed (see $(basename "$WEB_DIR")/check-$page.html)"
      continue
    fi
    pool_serve "$page"
    record poolmem "w$size" "$mode" "min_requests_$page" "$round" "$POOL_LEAST"
    record poolmem "w$size" "$mode" "requests_$page" "$round" "$POOL_TOTAL"
    record poolmem "w$size" "$mode" bad_responses "$round" "$POOL_BAD"
    ((POOL_BAD == 0)) || fail poolmem "$page" "$mode, $size workers: $POOL_BAD answers were not 200"
    ((POOL_N >= size && POOL_LEAST >= POOL_REQS)) ||
      log "  warning: pool $size $mode $page: after $POOL_BATCHES batches the least-used of $POOL_N workers served it $POOL_LEAST times"
    if [ -z "$least" ] || ((POOL_LEAST < least)); then least=$POOL_LEAST; fi
    check_page "$page" || fail poolmem "$page" "$mode, $size workers: page check after load failed"
  done
  read -r pss rss n <<<"$(pool_pss)"
  record poolmem "w$size" "$mode" pss_kb "$round" "$pss"
  record poolmem "w$size" "$mode" rss_kb "$round" "$rss"
  record poolmem "w$size" "$mode" processes "$round" "$n"
  log "  pool $size $mode: sum of Pss $(awk -v k="$pss" 'BEGIN { printf "%.1f", k / 1024 }') MiB over $n processes (master + workers); every worker served every page >= ${least:-?} times"
  stop_web
}

# POOL_ROUNDS rounds; in each, every pool size with every mode in turn (the
# mode order rotating from round to round, as in the web phase).
pool_phase() {
  local round i n size
  local -a modes
  read -r -a modes <<<"$WEB_MODES"
  n=${#modes[@]}
  for ((round = 1; round <= POOL_ROUNDS; round++)); do
    for size in $POOL_SIZES; do
      log "pool memory: $size workers, round $round/$POOL_ROUNDS"
      for ((i = 0; i < n; i++)); do
        pool_round "${modes[$(((i + round - 1) % n))]}" "$size" "$round"
      done
    done
  done
}
