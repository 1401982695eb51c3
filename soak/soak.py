#!/usr/bin/env python3
"""Kiln soak test driver (started by soak/run.sh, which prepares the work
directory and cleans up after it).

Starts php-fpm (static pool, Kiln from a copy of the built .so, its own
segment name and disk cache in the work directory) listening on
127.0.0.1:PORT and talks FastCGI to it directly. For the duration, client
threads request the pages (every response checked) while a mutator rewrites,
touches and invalidates files, resets the cache (CLI and status page) and
SIGKILLs workers; a sampler reads kiln_get_status(). At the end: a
freshness check after the mutator stopped, FPM stopped by PID, its logs
scanned for crashes, counts printed, last line "soak: N passed, M failed".

Pages:
  app   the versioned generated app (soak/gen.php): every response is
        compared byte for byte with what PHP without Kiln prints for
        exactly the file versions the response says it ran (soak/ref.php)
  bgen  bench/gen/generate.php's app: files touched and rewritten with the
        same code (a trailing comment changes); one expected page
  status  status/kiln-status.php: HTML, JSON (memory samples), forms
  mw, dw  MediaWiki / DokuWiki from their Debian packages (long run only;
        read in place, never modified): compared with PHP without Kiln
        after removing the parts that change from request to request
"""
import argparse
import base64
import collections
import difflib
import json
import os
import random
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

T_START = time.time()


def log(msg):
    print(f"[soak {time.strftime('%H:%M:%S')} +{time.time() - T_START:5.1f}s] {msg}", flush=True)


# ------------------------------------------------------------------ FastCGI

FCGI_BEGIN_REQUEST, FCGI_END_REQUEST, FCGI_PARAMS, FCGI_STDIN, FCGI_STDOUT, FCGI_STDERR = 1, 3, 4, 5, 6, 7


def _fcgi_len(n):
    return bytes([n]) if n < 128 else struct.pack(">I", n | 0x80000000)


def _fcgi_records(rtype, content, rid=1):
    out = []
    if not content:
        return struct.pack(">BBHHBx", 1, rtype, rid, 0, 0)
    for i in range(0, len(content), 65535):
        chunk = content[i:i + 65535]
        pad = (8 - len(chunk) % 8) % 8
        out.append(struct.pack(">BBHHBx", 1, rtype, rid, len(chunk), pad) + chunk + b"\0" * pad)
    return b"".join(out)


class Resp:
    __slots__ = ("complete", "stdout", "stderr", "status", "headers", "body", "error", "t0", "t1")

    def __init__(self):
        self.complete = False
        self.stdout = b""
        self.stderr = b""
        self.status = 0
        self.headers = []
        self.body = b""
        self.error = ""
        self.t0 = self.t1 = 0.0

    def header(self, name):
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


def fcgi_request(addr, params, body=b"", timeout=30.0):
    """One FastCGI request on a new connection. complete is False when the
    connection ended without END_REQUEST (a killed worker); error says why."""
    r = Resp()
    r.t0 = time.time()
    payload = b"".join(_fcgi_len(len(k.encode())) + _fcgi_len(len(v.encode())) + k.encode() + v.encode()
                       for k, v in params.items())
    msg = (_fcgi_records(FCGI_BEGIN_REQUEST, struct.pack(">HB5x", 1, 0))
           + _fcgi_records(FCGI_PARAMS, payload) + _fcgi_records(FCGI_PARAMS, b"")
           + (_fcgi_records(FCGI_STDIN, body) if body else b"") + _fcgi_records(FCGI_STDIN, b""))
    out, err = [], []
    s = None
    try:
        s = socket.create_connection(addr, timeout=min(timeout, 10.0))
        s.settimeout(timeout)
        s.sendall(msg)
        buf = b""
        while True:
            while len(buf) >= 8:
                _v, rtype, _rid, clen, plen = struct.unpack(">BBHHBx", buf[:8])
                if len(buf) < 8 + clen + plen:
                    break
                content = buf[8:8 + clen]
                buf = buf[8 + clen + plen:]
                if rtype == FCGI_STDOUT:
                    out.append(content)
                elif rtype == FCGI_STDERR:
                    err.append(content)
                elif rtype == FCGI_END_REQUEST:
                    r.complete = True
                    break
            if r.complete:
                break
            data = s.recv(65536)
            if not data:
                r.error = "connection closed before the end of the response"
                break
            buf += data
    except socket.timeout:
        r.error = f"timeout after {timeout:.0f} s"
    except ConnectionRefusedError:
        r.error = "connection refused"
    except (ConnectionResetError, BrokenPipeError) as e:
        r.error = f"connection reset ({e.__class__.__name__})"
    except OSError as e:
        r.error = f"socket error: {e}"
    finally:
        if s is not None:
            s.close()
    r.t1 = time.time()
    r.stdout = b"".join(out)
    r.stderr = b"".join(err)
    if r.complete:
        head, sep, rest = r.stdout.partition(b"\r\n\r\n")
        if not sep:
            head, sep, rest = r.stdout.partition(b"\n\n")
        if sep:
            r.body = rest
            for line in head.decode("latin-1").splitlines():
                k, _, v = line.partition(":")
                r.headers.append((k.strip(), v.strip()))
        else:
            r.body = r.stdout
        st = r.header("Status")
        r.status = int(st.split()[0]) if st and st.split()[0].isdigit() else 200
    return r


# ------------------------------------------------------------ reference PHP


class Reference:
    """soak/ref.php (PHP without Kiln): expected output of the versioned app
    for one q and one set of file versions, memoised."""

    def __init__(self, php, ref_php, store, work, logpath):
        os.makedirs(work, exist_ok=True)
        cmd = ["sh", "-c", 'exec "$@" 3>&1 1>>"$0" 2>&1', logpath, php, "-n",
               "-d", "display_errors=1", "-d", "error_reporting=-1", "-d", "html_errors=0",
               "-d", "memory_limit=256M", "-d", "date.timezone=UTC", ref_php, store, work]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.lock = threading.Lock()
        self.memo = {}
        self.runs = 0
        self.seq = 0

    def get(self, q, vec):
        key = (q, tuple(sorted(vec.items())))
        with self.lock:
            if key in self.memo:
                return self.memo[key]
            self.seq += 1
            line = json.dumps({"id": self.seq, "page": "index.php", "q": q, "v": vec}) + "\n"
            self.proc.stdin.write(line.encode())
            self.proc.stdin.flush()
            ans = self.proc.stdout.readline()
            if not ans:
                raise RuntimeError("the reference runner (ref.php) died; see ref.log")
            a = json.loads(ans)
            out = base64.b64decode(a["out"])
            self.runs += 1
            self.memo[key] = (a["status"], out)
            return self.memo[key]

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


# Messages of the applications themselves under concurrency, which PHP
# without Kiln prints too when two workers race (a single reference run
# cannot show them): MediaWiki's FSLockManager unlinks a lock file another
# worker has just removed (plain unlink(), no @). Removed from MediaWiki
# pages and from the PHP log before the comparison, counted in the report.
KNOWN_APP_RACES = [
    re.compile(rb"\n?(PHP )?Warning: +unlink\([^)\n]*/mw/db/locks/[^)\n]*\.lock\): No such file or directory in "
               rb"[^\n]*/lockmanager/FSLockManager\.php on line \d+\n?"),
]

PHP_ERROR_RE = re.compile(rb"(Fatal error|Parse error|Warning|Notice|Deprecated|Recoverable fatal error|Uncaught)[: ]", re.I)


# ---------------------------------------------------------------- the soak


class Soak:
    def __init__(self, a):
        self.a = a
        self.w = a.work
        self.rnd = random.Random(a.seed)
        self.lock = threading.Lock()
        self.c = collections.Counter()          # counts for the report
        self.fails = []                         # (kind, message) of failed checks
        self.samples_wrong = 0
        self.incomplete = []                    # (t0, t1, what, error) of responses cut off
        self.kills = []                         # (t, pid, sig)
        self.killed_pids = set()
        self.pids_served = collections.Counter()
        self.mem = []                           # status samples
        self.stop_clients = threading.Event()
        self.stop_mutator = threading.Event()
        self.fresh_mark = None                  # responses to requests started after it must be current
        self.fresh_current = {}                 # the versions on disk then
        self.spawned = open(os.path.join(a.work, "spawned"), "a")   # every PID started (run.sh removes their arena objects)
        self.mutator_quiet = threading.Event()  # set while the mutator pauses (periodic quiesce)
        self.fpm = None
        self.cached_paths = []
        self.www = os.path.join(self.w, "www")
        self.addr = ("127.0.0.1", a.port)

        with open(os.path.join(self.w, "store", "manifest.json")) as f:
            self.manifest = json.load(f)
        self.qs = self.manifest["qs"]
        self.nvar = self.manifest["variants"]
        # versioned files: key "Model/C3" -> rel "src/Model/C3.php"
        self.vfiles = {m["rel"][4:-4]: m["rel"] for m in self.manifest["mutable"]}
        self.current = {k: 0 for k in self.vfiles}
        self.history = {k: {0} for k in self.vfiles}
        self.write_seq = 0
        self.apps = set(a.apps.split(",")) if a.apps else set()
        self.bgen_files = []
        if "bgen" in self.apps:
            for root, _d, files in os.walk(os.path.join(self.www, "bgen", "src")):
                self.bgen_files += [os.path.join(root, f) for f in files if f.endswith(".php")]
            self.bgen_files.sort()
            self.bgen_orig = {p: open(p, "rb").read() for p in self.bgen_files}
        self.ref = Reference(a.php, os.path.join(a.soak_dir, "ref.php"), os.path.join(self.w, "store"),
                             os.path.join(self.w, "ref"), os.path.join(self.w, "logs", "ref.log"))
        self.expected = {}                      # page -> normalised expected body (bgen, mw, dw)

    # ------------------------------------------------------------ bookkeeping
    def count(self, key, n=1):
        with self.lock:
            self.c[key] += n

    def fail(self, kind, msg, detail=None):
        with self.lock:
            self.c["failed"] += 1
            self.c["fail:" + kind] += 1
            self.fails.append((kind, msg))
            n = len(self.fails)
        if n <= 25:
            log(f"FAIL [{kind}] {msg}")
        if detail is not None and self.samples_wrong < 20:
            self.samples_wrong += 1
            p = os.path.join(self.w, "logs", f"wrong-{self.samples_wrong:02d}-{kind}.txt")
            with open(p, "w", errors="replace") as f:
                f.write(msg + "\n\n" + detail)
            if self.samples_wrong <= 3:
                print(detail[:3000], flush=True)

    def ok(self, key="passed"):
        with self.lock:
            self.c["passed"] += 1
            self.c["ok:" + key] += 1

    # -------------------------------------------------------------- requests
    def params(self, script, query="", method="GET", cookie=None, body=b"", ctype=None, docroot=None, extra=None):
        docroot = docroot or self.www
        uri_path = "/" + os.path.relpath(script, docroot) if script.startswith(docroot) else "/" + os.path.basename(script)
        p = {
            "GATEWAY_INTERFACE": "CGI/1.1", "SERVER_SOFTWARE": "kiln-soak", "SERVER_PROTOCOL": "HTTP/1.1",
            "REQUEST_METHOD": method, "SCRIPT_FILENAME": script, "SCRIPT_NAME": uri_path,
            "DOCUMENT_URI": uri_path, "REQUEST_URI": uri_path + ("?" + query if query else ""),
            "QUERY_STRING": query, "DOCUMENT_ROOT": docroot, "SERVER_NAME": "127.0.0.1",
            "SERVER_ADDR": "127.0.0.1", "SERVER_PORT": str(self.a.port), "REMOTE_ADDR": "127.0.0.1",
            "REMOTE_PORT": "40000", "HTTP_HOST": f"127.0.0.1:{self.a.port}", "REQUEST_SCHEME": "http",
            "REDIRECT_STATUS": "200", "HTTP_USER_AGENT": "kiln-soak",
        }
        if cookie:
            p["HTTP_COOKIE"] = cookie
        if body or method == "POST":
            p["CONTENT_LENGTH"] = str(len(body))
            p["CONTENT_TYPE"] = ctype or "application/x-www-form-urlencoded"
        if extra:
            p.update(extra)
        return p

    def send(self, what, params, body=b""):
        """A request; a cut-off response is recorded for matching with the
        kills. Returns the response, or None when it was cut off."""
        self.count("requests")
        r = fcgi_request(self.addr, params, body, timeout=self.a.request_timeout)
        if not r.complete:
            if r.error.startswith("timeout") or r.error.startswith("connection refused"):
                self.fail("error", f"{what}: {r.error}")
            else:
                with self.lock:
                    self.incomplete.append((r.t0, r.t1, what, r.error))
            return None
        pid = r.header("X-Soak-Pid")
        if pid:
            with self.lock:
                self.pids_served[pid] += 1
        return r

    def basic_ok(self, what, r, want_status=200):
        if r.stderr:
            self.fail("wrong", f"{what}: FastCGI stderr: {r.stderr[:300]!r}", r.stderr.decode("utf-8", "replace"))
            return False
        if r.status != want_status:
            self.fail("wrong", f"{what}: HTTP status {r.status}, expected {want_status}",
                      r.stdout.decode("utf-8", "replace")[:4000])
            return False
        if want_status == 200 and not r.body:
            self.fail("wrong", f"{what}: empty body")
            return False
        return True

    # ------------------------------------------------------------ app checks
    def parse_versions(self, body, history=True):
        """{file: version} from the page's versions line, or an error string."""
        m = re.search(rb"^versions: (.*)$", body, re.M)
        if not m or not body.endswith(b"soak-end\n"):
            return "no 'versions:' line or the page does not end with soak-end"
        vec = {}
        for item in m.group(1).decode("utf-8", "replace").split(","):
            name, _, vs = item.partition("=")
            if name not in self.vfiles:
                return f"unknown file {name!r} in the versions line"
            vals = vs.split("+")
            if len(vals) != 1 or not vals[0].isdigit():
                return f"{name} ran as {vs!r} (more than once, or no version)"
            v = int(vals[0])
            if history and v not in self.history[name]:
                return f"{name} ran at version {v}, which that file never had"
            vec[name] = v
        return vec

    def check_app_body(self, what, q, body, t0, fresh_check=True):
        """Checks an app page body; True when correct."""
        vec = self.parse_versions(body)
        if isinstance(vec, str):
            self.fail("wrong", f"{what}: {vec}", body.decode("utf-8", "replace")[-4000:])
            return False
        status, exp = self.ref.get(q, vec)
        if status != 0 or not exp.endswith(b"soak-end\n"):
            self.fail("reference", f"{what}: PHP without Kiln failed for these versions (exit {status})",
                      exp.decode("utf-8", "replace")[-3000:])
            return False
        if exp != body:
            d = "\n".join(difflib.unified_diff(exp.decode("utf-8", "replace").splitlines(),
                                               body.decode("utf-8", "replace").splitlines(),
                                               "expected (PHP without Kiln, same versions)", "served with Kiln",
                                               lineterm="", n=1))
            self.fail("wrong", f"{what}: output differs from PHP without Kiln for the same file versions", d[:6000])
            return False
        fm, snap = self.fresh_mark, self.fresh_current
        if fresh_check and fm is not None and t0 >= fm:
            stale = {k: (v, snap[k]) for k, v in vec.items() if snap[k] != v}
            if stale:
                self.fail("stale", f"{what}: served old versions after the mutator stopped and the revalidation window passed: "
                          + ", ".join(f"{k} v{a} (on disk v{b})" for k, (a, b) in sorted(stale.items())[:8]))
                return False
            self.count("fresh_checked")
        return True

    def req_app(self, rnd=None):
        q = (rnd or self.rnd).randrange(self.qs)
        what = f"app q={q}"
        p = self.params(os.path.join(self.www, "app", "index.php"), f"q={q}")
        t0 = time.time()
        r = self.send(what, p)
        if r is None:
            return
        self.count("app_responses")
        if self.basic_ok(what, r) and self.check_app_body(what, q, r.body, t0):
            self.ok("app")

    def req_static_page(self, page):
        """bgen / mw / dw: one expected (normalised) body."""
        what = page
        script, query, extra, docroot = self.page_spec(page)
        r = self.send(what, self.params(script, query, docroot=docroot, extra=extra))
        if r is None:
            return
        self.count(f"{page}_responses")
        if not self.basic_ok(what, r):
            return
        body = r.body
        if page == "mw":
            for pat in KNOWN_APP_RACES:
                body, n = pat.subn(b"", body)
                if n:
                    self.count("known_app_races", n)
        got = self.normalise(page, body)
        exp = self.expected[page]
        if got != exp:
            d = "\n".join(difflib.unified_diff(exp.decode("utf-8", "replace").splitlines(),
                                               got.decode("utf-8", "replace").splitlines(),
                                               "expected (PHP without Kiln)", "served with Kiln", lineterm="", n=1))
            self.fail("wrong", f"{what}: output differs from PHP without Kiln", d[:6000])
            return
        self.ok(page)

    def page_spec(self, page):
        if page == "bgen":
            return os.path.join(self.www, "bgen", "index.php"), "", None, None
        if page == "mw":
            return (os.path.join(self.a.mw_dir, "index.php"), "title=Main_Page",
                    {"MW_CONFIG_FILE": os.path.join(self.w, "mw", "LocalSettings.php")}, self.a.mw_dir)
        if page == "dw":
            return os.path.join(self.www, "dw", "doku.php"), "id=start", None, None
        raise ValueError(page)

    # Parts of MediaWiki and DokuWiki pages that change between two runs
    # without any cache (times, request ids, tokens, cache keys).
    NORMALISE = {
        "mw": [
            (rb'"wgRequestId":"[^"]*"', b'"wgRequestId":"-"'),
            (rb'"wgBackendResponseTime":\d+', b'"wgBackendResponseTime":0'),
            (rb'"wgPageParseReport":\{.*?\}\}', b'"wgPageParseReport":{}'),
            (rb'<!--\s*NewPP limit report.*?-->', b'<!-- NewPP -->'),
            (rb'<!--\s*Transclusion expansion time report.*?-->', b'<!-- TETR -->'),
            (rb'<!--\s*Saved in parser cache.*?-->', b'<!-- PC -->'),
            (rb'<!--\s*Served by .*?-->', b'<!-- served -->'),
            (rb'\d{14}', b'T'),
            (rb'\bcputime[^,]*,', b''),
        ],
        "dw": [
            (rb'<img src="[^"]*lib/exe/taskrunner\.php[^"]*"[^>]*>', b'<img taskrunner>'),
            (rb'"sectok":"[^"]*"', b'"sectok":"-"'),
            (rb'name="sectok" value="[^"]*"', b'name="sectok" value="-"'),
            (rb'\?tseed=[0-9a-f]+', b'?tseed=-'),
            (rb'tseed=[0-9a-f]+', b'tseed=-'),
            (rb'\d{10}', b'T'),
        ],
    }

    def normalise(self, page, body):
        for pat, rep in self.NORMALISE.get(page, []):
            body = re.sub(pat, rep, body, flags=re.S)
        return body

    def req_status(self, kind):
        st = os.path.join(self.www, "kiln-status.php")
        if kind == "json":
            r = self.send("status json", self.params(st, "format=json&scripts=0"))
            if r is None:
                return None
            if not self.basic_ok("status json", r):
                return None
            try:
                s = json.loads(r.body)
                mem = s["memory"]
                if not s.get("enabled"):
                    raise ValueError(f"Kiln not enabled: {s.get('reason')}")
                if not (0 <= mem["used"] <= mem["size"]):
                    raise ValueError(f"memory used {mem['used']} outside 0..size {mem['size']}")
            except Exception as e:
                self.fail("status", f"status json: {e}", r.body.decode("utf-8", "replace")[:3000])
                return None
            self.ok("status_json")
            return s
        if kind == "prometheus":
            r = self.send("status prometheus", self.params(st, "format=prometheus"))
            if r is None or not self.basic_ok("status prometheus", r):
                return None
            if b"kiln_" not in r.body:
                self.fail("status", "status prometheus: no kiln_ metric", r.body.decode("utf-8", "replace")[:2000])
                return None
            self.ok("status_prometheus")
            return r
        r = self.send("status html", self.params(st, "limit=50"))
        if r is None or not self.basic_ok("status html", r):
            return None
        if b"Kiln status" not in r.body or b'name="csrf"' not in r.body or not r.body.rstrip().endswith(b"</html>"):
            self.fail("status", "status html: not a complete status page with its forms", r.body.decode("utf-8", "replace")[:3000])
            return None
        self.ok("status_html")
        return r

    def status_action(self, action, path=None):
        """The status page's reset / invalidate form, as a browser submits it."""
        r = self.req_status("html")
        if r is None:
            return False
        cookie = None
        for k, v in r.headers:
            if k.lower() == "set-cookie" and v.startswith("kiln_status_csrf="):
                cookie = v.split(";")[0]
        m = re.search(rb'name="csrf" value="([0-9a-f]+)"', r.body)
        if not cookie or not m:
            self.fail("status", "status html: no CSRF cookie or token")
            return False
        form = {"csrf": m.group(1).decode(), "action": action}
        if path:
            form["path"] = path
        body = urllib.parse.urlencode(form).encode()
        st = os.path.join(self.www, "kiln-status.php")
        r2 = self.send(f"status {action}", self.params(st, "", "POST", cookie=cookie, body=body), body)
        if r2 is None:
            return False
        if not self.basic_ok(f"status {action}", r2, 303) or not r2.header("Location"):
            return False
        self.ok("status_" + action)
        return True

    # ------------------------------------------------------------------- CLI
    def cli(self, args, what, timeout=60):
        env = dict(os.environ, PHP_INI_SCAN_DIR="")
        cmd = [self.a.php, "-c", os.path.join(self.w, "ini", "cli.ini")] + args
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=self.w)
        self.note_pid(p.pid)
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            self.fail("cli", f"{what}: timed out after {timeout} s")
            return None
        p.stdout, p.stderr = out, err
        if p.returncode != 0 or p.stderr:
            self.fail("cli", f"{what}: exit {p.returncode}, stderr {p.stderr[:300]!r}, stdout {p.stdout[-300:]!r}")
            return None
        return p.stdout

    def cli_call(self, code, what):
        out = self.cli(["-r", code], what)
        if out is None:
            return None
        if PHP_ERROR_RE.search(out):
            self.fail("cli", f"{what}: PHP error output: {out[:300]!r}")
            return None
        self.ok("cli_" + what.split()[0])
        return out

    def cli_page(self, fresh=False):
        q = self.rnd.randrange(self.qs)
        t0 = time.time()
        out = self.cli([os.path.join(self.www, "app", "index.php"), str(q)], f"cli page q={q}")
        if out is None:
            return
        self.count("cli_pages")
        if self.check_app_body(f"cli page q={q}", q, out, t0, fresh_check=fresh):
            self.ok("cli_page")

    def cli_status(self):
        out = self.cli(["-r", "echo json_encode(kiln_get_status(false));"], "cli status")
        if out is None:
            return
        try:
            s = json.loads(out)
            if not s.get("enabled"):
                raise ValueError(f"Kiln not enabled in the CLI: {s.get('reason')}")
            if not (0 <= s["memory"]["used"] <= s["memory"]["size"]):
                raise ValueError("memory used outside 0..size")
        except Exception as e:
            self.fail("status", f"cli status: {e}: {out[:300]!r}")
            return
        self.ok("cli_status")
        self.sample(s, "cli")

    # --------------------------------------------------------------- mutator
    def note_pid(self, pid):
        with self.lock:
            self.spawned.write(f"{pid}\n")
            self.spawned.flush()

    def served_path(self, key):
        return os.path.join(self.www, "app", self.vfiles[key])

    def variant(self, key, v):
        with open(os.path.join(self.w, "store", "var", self.vfiles[key] + f"@{v}"), "rb") as f:
            data = f.read()
        if self.a.selftest == "wrong" and key == "Model/C0":
            data = re.sub(rb"C_SALT = (\d+)", lambda m: b"C_SALT = " + str(int(m.group(1)) + 1).encode(), data)
        return data

    def atomic_write(self, path, data, backdate):
        """New content under a temporary name, then rename (what deploy tools
        do; an in-place rewrite can be read half-written even without a cache)."""
        self.write_seq += 1
        tmp = os.path.join(os.path.dirname(path), f".soak-tmp-{os.getpid()}-{self.write_seq}")
        with open(tmp, "wb") as f:
            f.write(data)
        if backdate:
            # An old, unique mtime (rsync -t, tar, git checkout of an old
            # tree); the ctime still moves: Kiln keys on the later of both.
            t = time.time_ns() - 600 * 10**9 - self.write_seq * 1000
            os.utime(tmp, ns=(t, t))
        os.replace(tmp, path)

    def rewrite(self, key=None):
        key = key or self.rnd.choice(sorted(self.vfiles))
        v = self.rnd.choice([x for x in range(self.nvar) if x != self.current[key]])
        with self.lock:
            self.history[key].add(v)   # before the rename: a response may show it at once
        self.atomic_write(self.served_path(key), self.variant(key, v), self.rnd.random() < 0.5)
        with self.lock:
            self.current[key] = v
        self.count("rewrites")

    def rewrite_bgen(self):
        p = self.rnd.choice(self.bgen_files)
        n = self.rnd.randrange(4)
        data = self.bgen_orig[p] + (f"\n// soak revision {self.write_seq} {'.' * n}\n".encode() if n else b"")
        self.atomic_write(p, data, self.rnd.random() < 0.5)
        self.count("rewrites")
        self.count("rewrites_bgen")

    def touch(self):
        pool = [self.served_path(k) for k in self.vfiles] + self.bgen_files
        p = self.rnd.choice(pool)
        os.utime(p)   # now: same content, new mtime
        self.count("touches")

    def invalidate_target(self):
        if self.cached_paths and self.rnd.random() < 0.6:
            return self.rnd.choice(self.cached_paths)
        pool = [self.served_path(k) for k in self.vfiles] + self.bgen_files + [
            os.path.join(self.www, "app", "index.php"), os.path.join(self.www, "app", "boot.php"),
            os.path.join(self.www, "kiln-status.php")]
        return self.rnd.choice(pool)

    def kill_worker(self):
        workers = children(self.fpm.pid)
        if not workers:
            return
        pid = self.rnd.choice(workers)
        sig = signal.SIGKILL
        if self.a.selftest == "crash" and not any(s != signal.SIGKILL for _t, _p, s in self.kills):
            sig = signal.SIGSEGV   # self-test: a worker "crashes"; the log scan must fail
        with self.lock:
            self.kills.append((time.time(), pid, sig))
            if sig == signal.SIGKILL:
                self.killed_pids.add(pid)
        try:
            os.kill(pid, sig)
            self.count("kills")
        except ProcessLookupError:
            with self.lock:
                self.kills.pop()

    def mutator(self):
        ops = [("rewrite", 34), ("deploy", 4), ("touch", 10), ("cli_invalidate", 8), ("cli_invalidate_noforce", 3),
               ("cli_reset", 2), ("cli_page", 6), ("web_invalidate", 7), ("web_reset", 2), ("kill", 9)]
        if self.bgen_files:
            ops.append(("rewrite_bgen", 8))
        names = [o for o, _ in ops]
        weights = [w for _, w in ops]
        next_quiesce = time.time() + self.a.quiesce_every if self.a.quiesce_every > 0 else None
        while not self.stop_mutator.is_set():
            if next_quiesce and time.time() >= next_quiesce:
                self.quiesce(False)
                next_quiesce = time.time() + self.a.quiesce_every
                continue
            op = self.rnd.choices(names, weights)[0]
            try:
                self.do_op(op)
            except Exception as e:   # a bug of the driver: report, go on
                self.fail("driver", f"mutator {op}: {e!r}")
            self.stop_mutator.wait(self.rnd.uniform(0.05, 0.4))

    def do_op(self, op):
        if op == "rewrite":
            self.rewrite()
        elif op == "deploy":
            for key in self.rnd.sample(sorted(self.vfiles), self.rnd.randint(3, 8)):
                self.rewrite(key)
            self.count("deploys")
        elif op == "rewrite_bgen":
            self.rewrite_bgen()
        elif op == "touch":
            self.touch()
        elif op == "cli_invalidate":
            p = self.invalidate_target()
            if self.cli_call(f"var_export(kiln_invalidate({p!r}, true));", "invalidate (CLI)") is not None:
                self.count("invalidates")
                self.count("invalidates_cli")
        elif op == "cli_invalidate_noforce":
            p = self.invalidate_target()
            if self.cli_call(f"var_export(kiln_invalidate({p!r}));", "invalidate (CLI, no force)") is not None:
                self.count("invalidates")
                self.count("invalidates_cli")
        elif op == "cli_reset":
            if self.cli_call("var_export(kiln_reset());", "reset (CLI)") is not None:
                self.count("resets")
                self.count("resets_cli")
        elif op == "cli_page":
            self.cli_page()
        elif op == "web_invalidate":
            if self.status_action("invalidate", self.invalidate_target()):
                self.count("invalidates")
                self.count("invalidates_web")
        elif op == "web_reset":
            if self.status_action("reset"):
                self.count("resets")
                self.count("resets_web")
        elif op == "kill":
            self.kill_worker()

    def quiesce(self, final):
        """No change for the revalidation window and the update protection
        (+ 2 s), then every app response to a request started after that must
        show exactly the versions on disk (the CLI too)."""
        settle = self.a.revalidate_freq + self.a.file_update_protection + 2
        log(f"quiesce: no change for {settle} s, then {self.a.fresh_seconds:.0f} s in which every page must be current")

        def pause(secs):
            end = time.time() + secs
            while time.time() < end:
                if not final and self.stop_mutator.is_set():
                    return False
                time.sleep(0.1)
            return True

        if not pause(settle):
            return
        with self.lock:
            self.fresh_current = dict(self.current)
        self.fresh_mark = time.time()
        self.count("quiesces")
        self.cli_page(fresh=True)
        pause(max(0.0, self.fresh_mark + self.a.fresh_seconds - time.time()))
        if not final:
            self.fresh_mark = None

    # --------------------------------------------------------------- clients
    def client(self, cid):
        rnd = random.Random(self.a.seed * 1000 + cid)
        pages = [("app", 70), ("status_json", 3), ("status_html", 2), ("status_prom", 1)]
        for p in ("bgen", "mw", "dw"):
            if p in self.apps:
                pages.append((p, {"bgen": 12, "mw": 8, "dw": 8}[p]))
        names = [p for p, _ in pages]
        weights = [w for _, w in pages]
        while not self.stop_clients.is_set():
            page = rnd.choices(names, weights)[0]
            try:
                if page == "app":
                    self.req_app(rnd)
                elif page == "status_json":
                    self.req_status("json")
                elif page == "status_html":
                    self.req_status("html")
                elif page == "status_prom":
                    self.req_status("prometheus")
                else:
                    self.req_static_page(page)
            except Exception as e:
                self.fail("driver", f"client {cid} {page}: {e!r}")
                time.sleep(0.5)

    # --------------------------------------------------------------- sampler
    def sample(self, s, src):
        mem = s.get("memory", {})
        st = s.get("statistics", {})
        arena = {}
        flatten(s, "", arena, lambda k: "arena" in k.lower())
        with self.lock:
            self.mem.append({"t": time.time() - T_START, "src": src, "used": mem.get("used", 0),
                             "size": mem.get("size", 0), "free": mem.get("free", 0), "wasted": mem.get("wasted", 0),
                             "scripts": st.get("scripts_cached", 0), "evictions": st.get("evictions", 0),
                             "lock_recoveries": st.get("lock_recoveries", 0), "checksum_failures": st.get("checksum_failures", 0),
                             "arena": arena})

    def sampler(self):
        n = 0
        while not self.stop_clients.wait(self.a.sample_every):
            n += 1
            try:
                s = self.req_status("json")
                if s:
                    self.sample(s, "fpm")
                if n % 5 == 1:
                    self.cli_status()
                if n % 4 == 1:
                    r = self.send("status json (scripts)", self.params(os.path.join(self.www, "kiln-status.php"), "format=json"))
                    if r is not None and r.status == 200:
                        try:
                            paths = [x["path"] for x in json.loads(r.body).get("scripts", []) if isinstance(x, dict) and "path" in x]
                            if paths:
                                self.cached_paths = paths
                        except Exception:
                            pass
            except Exception as e:
                self.fail("driver", f"sampler: {e!r}")

    # ------------------------------------------------------------ FPM process
    def write_configs(self):
        """ini/fpm.ini and ini/cli.ini (the extensions Debian enables for FPM,
        except OPcache; Kiln with this run's segment, disk cache and timings;
        every PHP message displayed and logged), ini/nokiln.ini (the same
        without Kiln, for the expected pages), fpm.conf."""
        a = self.a
        ext = []
        confd = "/etc/php/8.2/fpm/conf.d"
        if os.path.isdir(confd):
            for f in sorted(os.listdir(confd)):
                if "opcache" in f or not f.endswith(".ini"):
                    continue
                for line in open(os.path.join(confd, f), errors="replace"):
                    line = line.strip()
                    if re.match(r"(zend_)?extension\s*=", line) and "opcache" not in line:
                        ext.append(line)
        errors = [
            "display_errors = 1", "display_startup_errors = 1", "html_errors = 0", "log_errors = 1",
            f"error_log = {self.w}/logs/php-error.log", f"error_reporting = {a.error_reporting}",
            "memory_limit = 256M", "max_execution_time = 60", "date.timezone = UTC", "output_buffering = 4096",
            "opcache.enable = 0", "opcache.enable_cli = 0", "session.save_path = " + os.path.join(self.w, "sessions"),
        ]
        os.makedirs(os.path.join(self.w, "sessions"), exist_ok=True)
        kiln = [
            f"extension = {a.so}", f"kiln.shm_name = {a.shm_name}", f"kiln.cache_dir = {self.w}/kiln-disk",
            f"kiln.shm_size = {a.shm_size}", f"kiln.revalidate_freq = {a.revalidate_freq}",
            f"kiln.file_update_protection = {a.file_update_protection}", "kiln.enable_cli = 1",
        ] + [x for x in a.kiln_ini.split(";") if x.strip()]
        d = os.path.join(self.w, "ini")
        os.makedirs(d, exist_ok=True)
        head = "; generated by soak/soak.py\n"
        for name, lines in (("fpm.ini", ext + errors + kiln), ("cli.ini", ext + errors + kiln), ("nokiln.ini", ext + errors)):
            with open(os.path.join(d, name), "w") as f:
                f.write(head + "\n".join(lines) + "\n")
        with open(os.path.join(self.w, "fpm.conf"), "w") as f:
            f.write(f"""; generated by soak/soak.py
[global]
pid = {self.w}/run/fpm.pid
error_log = {self.w}/logs/fpm-error.log
daemonize = no
log_level = notice
process_control_timeout = 10s
emergency_restart_threshold = 0

[soak]
listen = 127.0.0.1:{a.port}
listen.backlog = 511
pm = static
pm.max_children = {a.workers}
pm.max_requests = {a.max_requests}
request_terminate_timeout = 90s
catch_workers_output = yes
decorate_workers_output = yes
clear_env = yes
""")
        os.makedirs(os.path.join(self.w, "run"), exist_ok=True)

    def start_fpm(self):
        conf = os.path.join(self.w, "fpm.conf")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PHP_INI_SCAN_DIR": ""}
        cmd = [self.a.php_fpm, "-F", "-c", os.path.join(self.w, "ini", "fpm.ini"), "-y", conf]
        if os.getuid() == 0:
            cmd.append("-R")
        out = open(os.path.join(self.w, "logs", "fpm.out"), "ab")
        self.fpm = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env)
        with open(os.path.join(self.w, "pids"), "a") as f:
            f.write(f"{self.fpm.pid}\n")
        self.note_pid(self.fpm.pid)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.fpm.poll() is not None:
                raise RuntimeError("php-fpm exited at startup: " + tail(os.path.join(self.w, "logs", "fpm.out"))
                                   + tail(os.path.join(self.w, "logs", "fpm-error.log")))
            try:
                socket.create_connection(self.addr, timeout=1).close()
                if len(children(self.fpm.pid)) >= self.a.workers:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("php-fpm did not listen within 30 s")

    def stop_fpm(self):
        if not self.fpm:
            return
        if self.fpm.poll() is not None:
            self.forget_fpm()
            return
        self.fpm.send_signal(signal.SIGQUIT)   # graceful: workers finish their request
        try:
            self.fpm.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.fpm.terminate()
            try:
                self.fpm.wait(timeout=10)
            except subprocess.TimeoutExpired:
                kids = children(self.fpm.pid)
                self.fpm.kill()
                self.fpm.wait()
                for pid in kids:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
        self.forget_fpm()

    def forget_fpm(self):
        try:
            os.unlink(os.path.join(self.w, "pids"))
        except OSError:
            pass

    # ------------------------------------------------------------------ setup
    def warm(self):
        """Reference checks of every variant, expected pages, first requests."""
        log(f"reference: PHP without Kiln runs every variant of the {len(self.vfiles)} versioned files ({self.nvar} each) for every q")
        for v in range(self.nvar):
            vec_all = {k: v for k in self.vfiles}
            for q in range(self.qs):
                status, out = self.ref.get(q, vec_all)
                vec = self.parse_versions(out, False) if status == 0 else "exit status %d" % status
                if isinstance(vec, str) or PHP_ERROR_RE.search(out) or any(x != v for x in vec.values()):
                    raise RuntimeError(f"generated app, variant {v}, q={q}: broken without Kiln ({vec if isinstance(vec, str) else 'errors'}):\n"
                                       + out.decode("utf-8", "replace")[-2000:])
            # the memo holds only vectors with all files at one version: drop them
        self.ref.memo.clear()
        for page in ("bgen", "mw", "dw"):
            if page in self.apps:
                self.expected[page] = self.expected_page(page)
        if self.a.selftest == "wrong":
            p = self.served_path("Model/C0")
            self.atomic_write(p, self.variant("Model/C0", 0), True)
            log("SELF-TEST wrong: Model/C0 is served with a C_SALT that PHP without Kiln does not have")
        log("first requests (cold cache)")
        for q in range(self.qs):
            self.req_app()
        for page in ("bgen", "mw", "dw"):
            if page in self.apps:
                self.req_static_page(page)
        self.req_status("html")
        self.cli_status()

    def expected_page(self, page):
        """The page from php-cgi without Kiln (same ini as FPM minus Kiln),
        twice: the normalised bodies must agree, or the page is too volatile
        to compare."""
        script, query, extra, docroot = self.page_spec(page)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PHP_INI_SCAN_DIR": ""}
        env.update(self.params(script, query, docroot=docroot, extra=extra))
        bodies = []
        for _ in range(2):
            p = subprocess.run([self.a.php_cgi, "-c", os.path.join(self.w, "ini", "nokiln.ini")], capture_output=True,
                               env=env, cwd=os.path.dirname(script), timeout=120)
            head, sep, body = p.stdout.partition(b"\r\n\r\n")
            if p.returncode != 0 or not sep or (b"Status:" in head and b"Status: 200" not in head):
                raise RuntimeError(f"{page}: php-cgi without Kiln failed (exit {p.returncode}): {p.stdout[:1500]!r} {p.stderr[:500]!r}")
            bodies.append(self.normalise(page, body))
        if bodies[0] != bodies[1]:
            d = "\n".join(difflib.unified_diff(bodies[0].decode("utf-8", "replace").splitlines(),
                                               bodies[1].decode("utf-8", "replace").splitlines(), lineterm="", n=0))
            raise RuntimeError(f"{page}: two runs without Kiln differ after normalisation:\n{d[:3000]}")
        if PHP_ERROR_RE.search(bodies[0]) and page != "mw":
            log(f"note: {page} prints PHP messages without Kiln too")
        log(f"{page}: expected page from php-cgi without Kiln, {len(bodies[0])} bytes (normalised)")
        return bodies[0]

    # ------------------------------------------------------------------- run
    def run(self):
        a = self.a
        self.write_configs()
        self.start_fpm()
        log(f"php-fpm {self.fpm.pid} listening on 127.0.0.1:{a.port}, workers {children(self.fpm.pid)}")
        self.warm()
        end = T_START + a.seconds
        load_end = end - (a.revalidate_freq + a.file_update_protection + 2 + a.fresh_seconds)
        log(f"load: {a.clients} clients, mutator, sampler until +{load_end - T_START:.0f}s; then the final quiesce")
        threads = [threading.Thread(target=self.client, args=(i,), daemon=True) for i in range(a.clients)]
        threads.append(threading.Thread(target=self.sampler, daemon=True))
        mut = threading.Thread(target=self.mutator, daemon=True)
        for t in threads + [mut]:
            t.start()
        last = time.time()
        while time.time() < load_end:
            time.sleep(min(1.0, max(0.0, load_end - time.time())))
            if time.time() - last >= a.progress_every:
                last = time.time()
                with self.lock:
                    c = dict(self.c)
                log(f"progress: {c.get('requests', 0)} requests, {c.get('passed', 0)} passed, {c.get('failed', 0)} failed, "
                    f"{c.get('rewrites', 0)} rewrites, {c.get('kills', 0)} kills, {c.get('resets', 0)} resets")
        self.stop_mutator.set()
        mut.join(timeout=a.request_timeout + 90)
        self.quiesce(True)
        self.stop_clients.set()
        for t in threads:
            t.join(timeout=a.request_timeout + 30)
        self.cli_status()
        stuck = [t for t in threads + [mut] if t.is_alive()]
        if stuck:
            self.fail("error", f"{len(stuck)} driver threads still busy at the end (hung requests?)")
        log_size = os.path.getsize(os.path.join(self.w, "logs", "fpm-error.log"))
        log(f"stopping php-fpm {self.fpm.pid} (SIGQUIT)")
        self.stop_fpm()
        self.ref.close()
        self.match_kills()
        self.scan_logs(log_size)
        return self.report()

    # ---------------------------------------------------------------- checks
    def match_kills(self):
        """Each SIGKILL can explain one cut-off response: the one whose
        request was under way when the kill was sent."""
        kills = sorted(self.kills)
        used = [False] * len(kills)
        for t0, t1, what, err in sorted(self.incomplete, key=lambda x: x[1]):
            for i, (tk, _pid, _sig) in enumerate(kills):
                if not used[i] and t0 - 0.5 <= tk <= t1 + 0.5:
                    used[i] = True
                    self.count("errors_from_kills")
                    break
            else:
                self.fail("error", f"{what}: {err} (no worker was killed while it ran, "
                          f"+{t0 - T_START:.2f}s..+{t1 - T_START:.2f}s)")

    def scan_logs(self, shutdown_offset):
        lg = os.path.join(self.w, "logs")
        fpm_log = open(os.path.join(lg, "fpm-error.log"), "rb").read().decode("utf-8", "replace")
        bad_text = re.compile(r"zend_mm_heap corrupted|Segmentation fault|core dumped|panicked|SIGSEGV|SIGBUS|SIGABRT|"
                              r"SIGILL|SIGFPE|double free|malloc\(\)|stack smashing|Assertion .* failed|execution timed out|"
                              r"RUST_BACKTRACE", re.I)
        exits = crashes = 0
        pos = 0
        for line in fpm_log.splitlines(keepends=True):
            during_shutdown = pos >= shutdown_offset
            pos += len(line.encode("utf-8", "replace"))
            m = re.search(r"child (\d+) exited on signal (\d+)", line)
            if m:
                pid, sig = int(m.group(1)), int(m.group(2))
                exits += 1
                allowed = (sig == 9 and pid in self.killed_pids) or (during_shutdown and sig in (3, 15))
                if not allowed:
                    crashes += 1
                    self.fail("crash", f"FPM log: {line.strip()}")
                continue
            m = re.search(r"child (\d+) exited with code (\d+)", line)
            if m:
                exits += 1
                if int(m.group(2)) != 0:
                    crashes += 1
                    self.fail("crash", f"FPM log: {line.strip()}")
                continue
            if bad_text.search(line):
                crashes += 1
                self.fail("crash", f"FPM log: {line.strip()}")
            elif "said into std" in line or re.search(r"\b(ERROR|ALERT)\b", line):
                self.fail("log", f"FPM log: {line.strip()[:400]}")
        self.count("worker_exits_logged", exits)
        if crashes == 0:
            self.ok("fpm_log")
        for name in ("fpm.out", "php-error.log", "ref.log"):
            p = os.path.join(lg, name)
            if not os.path.exists(p):
                continue
            text = open(p, "rb").read().decode("utf-8", "replace")
            lines = [x for x in text.splitlines() if x.strip()]
            if name == "php-error.log":
                keep = [x for x in lines if not any(p.search(x.encode() + b"\n") for p in KNOWN_APP_RACES)]
                self.count("known_app_races_logged", len(lines) - len(keep))
                lines = keep
            if name == "fpm.out":
                lines = [x for x in lines if bad_text.search(x) or "said into" in x or "PHP " in x]
            if lines:
                for x in lines[:10]:
                    self.fail("log", f"{name}: {x[:400]}")
                if len(lines) > 10:
                    self.fail("log", f"{name}: ... {len(lines) - 10} more lines")
            else:
                self.ok("log_" + name)
        if self.fpm and self.fpm.returncode not in (0, None):
            self.fail("crash", f"php-fpm master exited with status {self.fpm.returncode}")
        else:
            self.ok("fpm_master_exit")

    def report(self):
        c = self.c
        kills9 = sum(1 for _t, _p, s in self.kills if s == signal.SIGKILL)
        # memory: bounded by the segment size (checked per sample), series printed
        fpm_s = [m for m in self.mem if m["src"] == "fpm"] or self.mem
        if self.mem:
            size = max(m["size"] for m in self.mem)
            used = [m["used"] for m in self.mem]
            over = [m for m in self.mem if m["used"] > m["size"] or m["size"] != size]
            if over:
                self.fail("memory", f"memory used beyond the segment size (or the size changed): {over[:3]}")
            else:
                self.ok("memory_bounded")
            print(f"memory (kiln_get_status, {len(self.mem)} samples): size {size}, used min {min(used)} max {max(used)}, "
                  f"last {self.mem[-1]['used']}; scripts cached max {max(m['scripts'] for m in self.mem)}; "
                  f"evictions {self.mem[-1]['evictions']}; lock recoveries {self.mem[-1]['lock_recoveries']}; "
                  f"checksum failures {self.mem[-1]['checksum_failures']}")
            step = max(1, len(fpm_s) // 30)
            print("memory series (t, used, free, wasted, scripts):  " + "  ".join(
                f"+{m['t']:.0f}s:{m['used']}/{m['free']}/{m['wasted']}/{m['scripts']}" for m in fpm_s[::step]))
            akeys = sorted({k for m in fpm_s for k in m["arena"]})
            if akeys:
                print("arena fields of the FPM workers (min .. max over the samples; last):")
                for k in akeys:
                    vals = [m["arena"][k] for m in fpm_s if k in m["arena"]]
                    nums = [v for v in vals if isinstance(v, (int, float)) and not isinstance(v, bool)]
                    rng = f"{min(nums)} .. {max(nums)}" if nums else "-"
                    print(f"  {k}: {rng}; last {vals[-1]!r}")
        else:
            self.fail("memory", "no kiln_get_status() sample")
        if c["errors_from_kills"] > len(self.kills):   # cannot happen (one each): a check of the matching
            self.fail("error", f"{c['errors_from_kills']} cut-off responses but only {len(self.kills)} signals sent")
        print("counts:")
        rows = [
            ("requests (FastCGI)", c["requests"]), ("app responses checked", c["app_responses"]),
            ("bgen responses", c["bgen_responses"]), ("mw responses", c["mw_responses"]), ("dw responses", c["dw_responses"]),
            ("CLI page runs checked", c["cli_pages"]), ("fresh checks (after quiesce)", c["fresh_checked"]),
            ("reference runs (PHP without Kiln)", self.ref.runs),
            ("wrong responses", c["fail:wrong"] + c["fail:stale"]), ("unexplained errors", c["fail:error"]),
            ("errors caused by kills", c["errors_from_kills"]), ("kills (SIGKILL)", kills9 if kills9 == len(self.kills) else f"{kills9} (+ {len(self.kills) - kills9} SIGSEGV, self-test)"),
            ("worker exits in the FPM log", c["worker_exits_logged"]), ("crashes", c["fail:crash"]),
            ("rewrites", c["rewrites"]), ("  of which bgen", c["rewrites_bgen"]), ("deploys (3-8 files)", c["deploys"]),
            ("touches", c["touches"]), ("invalidates (CLI / status page)", f"{c['invalidates']} ({c['invalidates_cli']} / {c['invalidates_web']})"),
            ("resets (CLI / status page)", f"{c['resets']} ({c['resets_cli']} / {c['resets_web']})"),
            ("known app races (MediaWiki lock files)", c["known_app_races"]),
            ("quiesces", c["quiesces"]), ("distinct worker PIDs served", len(self.pids_served)),
        ]
        for k, v in rows:
            print(f"  {k:36} {v}")
        if self.fails:
            kinds = collections.Counter(k for k, _ in self.fails)
            print("failures by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
            for k, m in self.fails[:15]:
                print(f"  [{k}] {m[:500]}")
        print(f"soak: {c['passed']} passed, {c['failed']} failed", flush=True)
        return 0 if c["failed"] == 0 else 1


# ------------------------------------------------------------------ helpers


def children(ppid):
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                st = f.read()
        except OSError:
            continue
        fields = st[st.rfind(")") + 2:].split()
        if len(fields) > 1 and fields[1] == str(ppid) and fields[0] != "Z":
            out.append(int(d))
    return out


def flatten(obj, prefix, out, pred):
    if isinstance(obj, dict):
        for k, v in obj.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, (dict, list)):
                if pred(key):
                    flatten(v, key, out, lambda _k: True)
                else:
                    flatten(v, key, out, pred)
            elif pred(key):
                out[key] = v
    elif isinstance(obj, list):
        return


def tail(path, n=2000):
    try:
        with open(path, "rb") as f:
            return f.read()[-n:].decode("utf-8", "replace")
    except OSError:
        return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", required=True)
    ap.add_argument("--soak-dir", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--seconds", type=int, default=60, help="the whole soak, from the start of php-fpm")
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--apps", default="bgen", help="extra pages besides the versioned app: bgen,mw,dw")
    ap.add_argument("--php", default="php")
    ap.add_argument("--php-fpm", default="php-fpm8.2")
    ap.add_argument("--php-cgi", default="php-cgi")
    ap.add_argument("--mw-dir", default="/usr/share/mediawiki")
    ap.add_argument("--so", required=True, help="the Kiln library (a private copy)")
    ap.add_argument("--shm-name", required=True)
    ap.add_argument("--shm-size", default="32M")
    ap.add_argument("--kiln-ini", default="", help="more kiln.* settings, 'a=b;c=d'")
    ap.add_argument("--max-requests", type=int, default=0, help="pm.max_requests of the pool")
    ap.add_argument("--error-reporting", default="-1")
    ap.add_argument("--revalidate-freq", type=int, default=2)
    ap.add_argument("--file-update-protection", type=int, default=2)
    ap.add_argument("--request-timeout", type=float, default=30.0)
    ap.add_argument("--quiesce-every", type=float, default=0, help="seconds between freshness pauses during the load (0: only at the end)")
    ap.add_argument("--fresh-seconds", type=float, default=4)
    ap.add_argument("--sample-every", type=float, default=2)
    ap.add_argument("--progress-every", type=float, default=15)
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    ap.add_argument("--selftest", default="", choices=["", "wrong", "crash"])
    a = ap.parse_args()
    log(f"seed {a.seed} (SOAK_SEED={a.seed} repeats the mutator's choices)")
    s = Soak(a)
    try:
        rc = s.run()
    except Exception as e:
        log(f"error: {e}")
        print(f"soak: {s.c['passed']} passed, {s.c['failed'] + 1} failed", flush=True)
        rc = 1
    finally:
        s.stop_clients.set()
        s.stop_mutator.set()
        s.stop_fpm()
        s.ref.close()
    sys.exit(rc)


if __name__ == "__main__":
    main()
