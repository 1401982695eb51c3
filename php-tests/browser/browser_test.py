#!/usr/bin/env python3
"""Browser test of the Kiln status page (Python 3 standard library only).

Serves the page with PHP's built-in server on 127.0.0.1 (Kiln loaded), then
with headless Chromium:
  1. --dump-dom: the rendered DOM's memory figures equal kiln_get_status(),
     the script table lists the scripts just run/warmed, a path with HTML in
     it renders as text (literal "<script>" in the cell, no injected element);
  2. --screenshot (1280x1000) kept in the work dir;
  3. DevTools protocol (--remote-debugging-port, a tiny websocket client):
     live filter and sort through the inline script, then a real mouse click on
     a row's Invalidate button: the POST/303/GET round trip removes the row and
     the entry, and shows the message.
Every process started here is recorded in <work>/pids and stopped by PID.

Usage: browser_test.py --so libkiln.so --work DIR [--chromium chromium]
Last line: "browser: N passed, N failed".
"""
import argparse
import base64
import html.parser
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--disable-extensions", "--mute-audio",
]


class Result:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, what, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.failed += 1
            print(f"  FAIL  {what}" + (f": {detail}" if detail else ""))
        return ok

    def skip(self, what, why):
        print(f"  skip  {what}: {why}")


class Procs:
    """Processes started by this test, each in its own session; stopped by PID."""

    def __init__(self, work):
        self.pidfile = os.path.join(work, "pids")
        self.procs = []

    def start(self, cmd, log, stdout=None):
        err = open(log, "ab")
        out = open(stdout, "wb") if stdout else err
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                             start_new_session=True, env=clean_env())
        err.close()
        out.close()
        self.procs.append(p)
        with open(self.pidfile, "a") as f:
            f.write(f"{p.pid}\n")
        return p

    def stop(self, p, grace=3.0):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(grace)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(2)
        # Chromium's helpers (zygote, renderer) share the session/process group
        # we gave the browser: stop what is left of that group.
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def stop_all(self):
        for p in reversed(self.procs):
            self.stop(p)


def clean_env():
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp")}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, proc, timeout=5.0):
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def http_get(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status, r.read().decode("utf-8", "replace")


class DomSummary(html.parser.HTMLParser):
    """What the tests need from a serialized DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.figures = {}        # data-key -> data-value
        self.rows = []           # data-path of the table rows, in order
        self.path_cells = []     # text of td.path cells
        self.scripts = []        # attributes of every <script> element
        self.elements = []       # every start tag name
        self.buttons = []        # value of the Invalidate buttons
        self.flash = None
        self._cell = None
        self._flash = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append(tag)
        if "data-key" in a and "data-value" in a:
            self.figures.setdefault(a["data-key"], a["data-value"])
        if tag == "tr" and "data-path" in a:
            self.rows.append(a["data-path"])
        if tag == "td" and "path" in (a.get("class") or "").split():
            self._cell = []
        if tag == "script":
            self.scripts.append(a)
        if tag == "button" and a.get("name") == "path":
            self.buttons.append(a.get("value"))
        if a.get("id") == "flash":
            self._flash = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self.path_cells.append("".join(self._cell))
            self._cell = None
        if tag == "div" and self._flash is not None:
            self.flash = "".join(self._flash).strip()
            self._flash = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._flash is not None:
            self._flash.append(data)


def summarize(dom):
    p = DomSummary()
    p.feed(dom)
    p.close()
    return p


# ------------------------------------------------------------ DevTools protocol

class WebSocket:
    """Minimal RFC 6455 client: text frames, masking, fragmentation, ping."""

    def __init__(self, url, timeout=10):
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        req = (f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(req.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise OSError("websocket handshake: connection closed")
            head += chunk
        head, self.buf = head.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise OSError("websocket handshake refused: " + head.split(b"\r\n")[0].decode())

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise OSError("websocket closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send(self, text, opcode=1):
        data = text.encode() if isinstance(text, str) else text
        mask = os.urandom(4)
        n = len(data)
        if n < 126:
            hdr = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 65536:
            hdr = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            hdr = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(hdr + mask + masked)

    def recv(self):
        parts = []
        while True:
            b1, b2 = self._read(2)
            fin, opcode, n = b1 & 0x80, b1 & 0x0F, b2 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8))[0]
            mask = self._read(4) if b2 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 9:           # ping
                self.send(payload, 10)
                continue
            if opcode == 8:
                raise OSError("websocket closed by peer")
            if opcode in (0, 1, 2):
                parts.append(payload)
                if fin:
                    return b"".join(parts).decode("utf-8", "replace")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class Cdp:
    def __init__(self, ws_url):
        self.ws = WebSocket(ws_url)
        self.next_id = 0
        self.events = []

    def call(self, method, timeout=10, **params):
        self.next_id += 1
        mid = self.next_id
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        end = time.time() + timeout
        while time.time() < end:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.on_event(msg)
        raise TimeoutError(method)

    def on_event(self, msg):
        self.events.append(msg)
        if msg["method"] == "Page.javascriptDialogOpening":
            # An alert would mean injected script ran; note it and dismiss so the page goes on.
            self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog", "params": {"accept": False}}))

    def wait_event(self, name, timeout=10, since=0):
        end = time.time() + timeout
        while True:
            for e in self.events[since:]:
                if e["method"] == name:
                    return e
            if time.time() > end:
                raise TimeoutError(name)
            self.ws.sock.settimeout(max(0.1, end - time.time()))
            try:
                msg = json.loads(self.ws.recv())
            except socket.timeout:
                continue
            if "method" in msg:
                self.on_event(msg)

    def js(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"JS: {r['exceptionDetails'].get('text')} in {expr[:80]}")
        return r["result"].get("value")

    def navigate(self, url):
        mark = len(self.events)
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired", 15, mark)

    def click(self, x, y):
        for t in ("mouseMoved", "mousePressed", "mouseReleased"):
            kw = {"type": t, "x": x, "y": y}
            if t != "mouseMoved":
                kw.update(button="left", clickCount=1)
            self.call("Input.dispatchMouseEvent", **kw)

    def close(self):
        self.ws.close()


# ------------------------------------------------------------ the test

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--so", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--chromium", default="chromium")
    args = ap.parse_args()
    so, work = os.path.abspath(args.so), os.path.abspath(args.work)
    shm = f"kiln-browser-{os.getpid()}"
    with open(os.path.join(work, "segment"), "w") as f:
        f.write(shm + "\n")
    res = Result()
    procs = Procs(work)
    ini = ["-d", f"extension={so}", "-d", f"kiln.shm_name={shm}", "-d", "kiln.shm_size=8M",
           "-d", f"kiln.cache_dir={work}/cache", "-d", "kiln.file_update_protection=0"]

    def status():
        # -r: no script file, so asking never adds an entry itself.
        out = subprocess.run(["php", "-n", *ini, "-r", "echo json_encode(kiln_get_status());"],
                             stdin=subprocess.DEVNULL, capture_output=True, env=clean_env(), timeout=20)
        return json.loads(out.stdout)

    def chromium(extra, url, log, timeout=25):
        profile = os.path.join(work, f"profile-{len(procs.procs)}")
        p = procs.start([args.chromium, *CHROME_FLAGS, f"--user-data-dir={profile}", *extra, url], log)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
        procs.stop(p)
        shutil.rmtree(profile, ignore_errors=True)
        return p.returncode

    try:
        env = dict(clean_env(), KILN_SO=so)
        setup = subprocess.run(["php", "-n", *ini, os.path.join(HERE, "setup.php"), work, shm],
                               stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=30)
        if setup.returncode != 0:
            print(setup.stdout.decode(), setup.stderr.decode())
            res.check("fixture set up", False)
            return res
        fx = json.loads(setup.stdout.decode().strip().splitlines()[-1])
        entries = not fx["mode"].startswith("skip")
        print(f"scripts warmed: {fx['mode']}" + ("" if fx["mode"] != "planted" else
              " (no kiln_compile_file() yet: entries planted in the disk tier as a fixture)"))

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        page = f"{base}/kiln-status.php"
        server = procs.start(["php", "-n", *ini, "-S", f"127.0.0.1:{port}", "-t", f"{work}/docroot"],
                             os.path.join(work, "server.log"))
        if not res.check("PHP built-in server started", wait_port(port, server)):
            return res
        # Run the app (and the page, twice) so they are compiled through the server first.
        code, body = http_get(f"{base}/index.php")
        res.check("sample app runs", code == 200 and "2 products" in body, body[:200])
        hostile_url = base + "/" + urllib.parse.quote(os.path.relpath(fx["hostile"], f"{work}/docroot"))
        code, body = http_get(hostile_url)
        res.check("script with HTML in its path runs", code == 200 and "hostile" in body)
        for _ in range(2):
            http_get(page)

        # 1. The rendered DOM.
        dom_file = os.path.join(work, "dom.html")
        p = procs.start([args.chromium, *CHROME_FLAGS, f"--user-data-dir={work}/profile-dump", "--dump-dom", page],
                        os.path.join(work, "chromium-dump.log"), stdout=dom_file)
        try:
            p.wait(25)
        except subprocess.TimeoutExpired:
            pass
        procs.stop(p)
        shutil.rmtree(f"{work}/profile-dump", ignore_errors=True)
        st = status()
        with open(dom_file, encoding="utf-8", errors="replace") as f:
            dom = f.read()
        d = summarize(dom)
        res.check("DOM dumped", "Kiln opcode cache" in dom, f"{len(dom)} bytes")
        for k in ("size", "used", "free", "wasted"):
            res.check(f"DOM memory.{k} = status ({st['memory'][k]})",
                      d.figures.get(f"memory.{k}") == str(st["memory"][k]), d.figures.get(f"memory.{k}"))
        size_text = f"{st['memory']['size']:,} bytes"
        res.check(f"DOM shows the segment size as text ({size_text})", size_text in dom)
        for k in ("resets", "evictions", "invalidations", "scripts_cached"):
            res.check(f"DOM statistics.{k} = status", d.figures.get(f"statistics.{k}") == str(st["statistics"][k]))
        listed = sorted(s["path"] for s in st["scripts"])
        res.check(f"table rows = status scripts ({len(listed)})", sorted(d.rows) == listed, f"{d.rows} vs {listed}")
        if entries:
            res.check("table lists the scripts just run/warmed", all(s in d.rows for s in fx["scripts"]),
                      str(set(fx["scripts"]) - set(d.rows)))
            res.check("the hostile path renders as text (literal <script> in the cell)",
                      fx["hostile"] in d.path_cells and "<script>alert(1)</script>" in fx["hostile"])
            res.check("its Invalidate button carries the exact path", fx["hostile"] in d.buttons)
        else:
            res.skip("table lists the scripts", fx["mode"])
        res.check("no injected element: one <script>, ours (nonce)", len(d.scripts) == 1 and "nonce" in d.scripts[0],
                  str(d.scripts))
        res.check("no injected element: no 'alert' outside text", "<script>alert" not in dom)

        # 2. Screenshot.
        shot = os.path.join(work, "kiln-status.png")
        chromium([f"--screenshot={shot}", "--window-size=1280,1000"], page, os.path.join(work, "chromium-shot.log"))
        res.check("screenshot written", os.path.isfile(shot) and os.path.getsize(shot) > 10000)

        # 3. DevTools: live filter/sort and a real click on Invalidate.
        profile = os.path.join(work, "profile-cdp")
        browser = procs.start([args.chromium, *CHROME_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
                               "--window-size=1280,1000", "about:blank"], os.path.join(work, "chromium-cdp.log"))
        portfile = os.path.join(profile, "DevToolsActivePort")
        end = time.time() + 15
        while not (os.path.isfile(portfile) and os.path.getsize(portfile) > 0) and time.time() < end and browser.poll() is None:
            time.sleep(0.1)
        if not res.check("chromium DevTools endpoint up", os.path.isfile(portfile)):
            return res
        devport = int(open(portfile).read().split()[0])
        targets = json.loads(http_get(f"http://127.0.0.1:{devport}/json/list")[1])
        ws_url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
        cdp = Cdp(ws_url)
        try:
            cdp.call("Page.enable")
            cdp.call("Runtime.enable")
            cdp.navigate(page)
            res.check("page loaded over CDP", cdp.js("document.title").startswith("Kiln status"))
            if entries:
                # Live filter: type into the search box.
                cdp.js("document.getElementById('filter').focus()")
                cdp.call("Input.insertText", text="Product")
                visible = cdp.js("[...document.querySelectorAll('#scripts-table tbody tr')].filter(r => !r.hidden).map(r => r.dataset.path)")
                res.check("live filter (inline script) keeps only the matching row", visible == [fx["victim"]], str(visible))
                res.check("live filter updates the count", cdp.js("document.getElementById('count').textContent").startswith("1 of "))
                cdp.js("const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input'))")
                # Live sort: click the Path header twice (asc, then desc).
                for want in ("asc", "desc"):
                    rect = cdp.js("(() => { const a = document.querySelector('th[data-col=path] a'); a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
                    cdp.click(*rect)
                    order = cdp.js("[...document.querySelectorAll('#scripts-table tbody tr')].map(r => r.dataset.path)")
                    res.check(f"click on Path sorts {want}", order == sorted(order, reverse=(want == "desc")) and len(order) == len(listed), str(order))
                # The real click on Invalidate.
                rect = cdp.js("(() => { const b = [...document.querySelectorAll('button.invalidate')].find(b => b.value === %s);"
                              " if (!b) return null; b.scrollIntoView({block: 'center'}); const r = b.getBoundingClientRect();"
                              " return [r.x + r.width / 2, r.y + r.height / 2]; })()" % json.dumps(fx["victim"]))
                if res.check("Invalidate button of the victim row found", rect is not None):
                    mark = len(cdp.events)
                    cdp.click(*rect)
                    cdp.wait_event("Page.loadEventFired", 15, mark)
                    time.sleep(0.2)
                    gone = cdp.js("![...document.querySelectorAll('#scripts-table tbody tr')].some(r => r.dataset.path === %s)" % json.dumps(fx["victim"]))
                    res.check("after the click the row is gone from the page", gone is True)
                    flash = cdp.js("(document.getElementById('flash') || {}).textContent || ''")
                    res.check("the page says what was invalidated", flash == "Invalidated " + fx["victim"], flash)
                    res.check("PRG: back on the page by GET (no resubmission)",
                              cdp.js("location.pathname + location.search") in ("/kiln-status.php", "/kiln-status.php?sort=path&dir=desc"),
                              cdp.js("location.href"))
                    after = [s["path"] for s in status()["scripts"]]
                    res.check("the entry is gone from kiln_get_status()", fx["victim"] not in after and fx["hostile"] in after)
                    shot2 = os.path.join(work, "kiln-status-after-invalidate.png")
                    data = cdp.call("Page.captureScreenshot", format="png")["data"]
                    with open(shot2, "wb") as f:
                        f.write(base64.b64decode(data))
            else:
                res.skip("live filter, sort and the Invalidate click", fx["mode"])
            dialogs = [e for e in cdp.events if e["method"] == "Page.javascriptDialogOpening"]
            res.check("no script dialog was ever opened (no injected alert)", not dialogs, str(dialogs))
            try:
                cdp.call("Browser.close", timeout=3)
            except Exception:
                pass
        finally:
            cdp.close()
            procs.stop(browser)
            shutil.rmtree(profile, ignore_errors=True)
        print(f"screenshot: {shot}")
    except Exception as e:  # a broken step is a failure, never a hang
        res.check(f"test ran to the end ({type(e).__name__}: {e})", False)
    finally:
        procs.stop_all()
    return res


if __name__ == "__main__":
    r = main()
    print(f"browser: {r.passed} passed, {r.failed} failed")
    sys.exit(1 if r.failed or not r.passed else 0)
