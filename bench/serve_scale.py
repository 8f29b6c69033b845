#!/usr/bin/env python3
"""Server scale benchmark: `errdocs serve` vs `hugo server` on twin synthetic sites.

For each server, in the same run and alternating between them each round:
  * start: from spawning the process to the first 200 answer of a page URL (errdocs:
    `/healthz`, which answers only once the site is loaded; hugo: the French page);
  * edit loop (errdocs `--watch`, hugo server's own watcher): one French sentence of one
    page is changed (an atomic replace, as editors save), then the page is polled every
    2 ms until a response contains the new text: file write -> first response with it;
  * memory (errdocs, plain `serve`): VmRSS after 200 requests over the site's pages with
    brotli, gzip and identity, against the bytes of the built site (`errdocs build`).

Standard library only; prints a table and writes results as JSON.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, headers=None, timeout=5.0):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
        return None, b""


def wait_for(url, contains=None, deadline=900.0, interval=0.002):
    start = time.monotonic()
    while time.monotonic() - start < deadline:
        status, body = get(url, {"Accept-Encoding": "identity"}, timeout=10)
        if status == 200 and (contains is None or contains in body):
            return time.monotonic()
        time.sleep(interval)
    raise TimeoutError(f"{url} not ready (contains={contains!r}) after {deadline}s")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def atomic_write(path, text):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".bench-")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)


class Server:
    def __init__(self, argv, cwd, ready_url):
        self.argv, self.cwd, self.ready_url = argv, cwd, ready_url
        self.proc = None

    def start(self):
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            self.argv, cwd=self.cwd, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        t1 = wait_for(self.ready_url)
        return t1 - t0

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def edit_loop(server_url, path, pattern, edits):
    """Changes the first line matching `pattern` `edits` times; returns each delay (s)."""
    original = open(path, encoding="utf-8").read()
    delays = []
    try:
        for i in range(edits):
            token = f"Zq{os.getpid()}x{i}x{int(time.time() * 1000) % 100000}"
            text = re.sub(pattern, lambda m: m.group(0) + token + " ", original, count=1,
                          flags=re.M)
            assert token in text, f"no line matches {pattern!r} in {path}"
            time.sleep(0.3)  # let the previous rebuild settle
            t0 = time.monotonic()
            atomic_write(path, text)
            t1 = wait_for(server_url, token.encode(), deadline=120)
            delays.append(t1 - t0)
    finally:
        atomic_write(path, original)
    return delays


def memory(bin_, site, urls):
    """errdocs serve's VmRSS (bytes) after 200 requests over `urls`, cycling through
    brotli, gzip and identity."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    s = Server([bin_, "serve", "--site", site, "--addr", f"127.0.0.1:{port}"], None,
               f"{base}/healthz")
    s.start()
    try:
        encodings = ["br", "gzip", "identity"]
        for i in range(200):
            status, _ = get(base + urls[(i * 7) % len(urls)],
                            {"Accept-Encoding": encodings[i % 3]})
            assert status == 200, (urls[(i * 7) % len(urls)], status)
        return rss_kib(s.proc.pid) * 1024
    finally:
        s.stop()


def page_urls(built):
    """The URL of every localized page of a built site (`/fr/docs/x/`)."""
    urls = []
    for root, _, files in os.walk(built):
        rel = os.path.relpath(root, built).replace(os.sep, "/")
        if "index.html" in files and "/docs/" in "/" + rel + "/" and not rel.startswith("docs"):
            urls.append(f"/{rel}/")
    return sorted(urls)


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errdocs", required=True)
    ap.add_argument("--errdocs-site", required=True)
    ap.add_argument("--hugo-site")
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--out", required=True)
    ap.add_argument("--label", default="")
    ap.add_argument("--edit-file", default="locales/fr/docs/page-0001.ftl",
                    help="the errdocs file to edit, relative to the site")
    ap.add_argument("--edit-pattern", default=r"^intro = ",
                    help="regex: the new text goes right after its first match")
    ap.add_argument("--url-path", default="/fr/docs/page-0001/",
                    help="the errdocs page that shows the edited text")
    a = ap.parse_args()

    site = os.path.abspath(a.errdocs_site)
    conf = open(os.path.join(site, "errdocs.toml")).read()
    locales = re.search(r'locales\s*=\s*\[([^\]]*)\]', conf).group(1)
    locales = [x.strip().strip('"') for x in locales.split(",") if x.strip()]
    page = 1
    ftl = os.path.join(site, a.edit_file)

    res = {"label": a.label, "pages": a.pages, "locales": len(locales),
           "errdocs": {"start": [], "edit": []}, "hugo": {"start": [], "edit": []}}
    for r in range(a.rounds):
        order = ["errdocs", "hugo"] if r % 2 == 0 else ["hugo", "errdocs"]
        for who in order:
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            if who == "errdocs":
                srv = Server([a.errdocs, "serve", "--watch", "--site", site,
                              "--addr", f"127.0.0.1:{port}"], None, f"{base}/healthz")
                url = f"{base}{a.url_path}"
                path, pattern = ftl, a.edit_pattern
            else:
                if not a.hugo_site:
                    continue
                hsite = os.path.abspath(a.hugo_site)
                srv = Server(["hugo", "server", "--source", hsite, "--port", str(port),
                              "--bind", "127.0.0.1",
                              "--baseURL", f"{base}/", "--appendPort=false"], hsite,
                             f"{base}/fr/docs/page-{page:04d}/")
                url = f"{base}/fr/docs/page-{page:04d}/"
                path = os.path.join(hsite, "content", "fr", "docs", f"page-{page:04d}.md")
                pattern = r"^(?=[A-Z][a-z])"
            try:
                res[who]["start"].append(srv.start())
                res[who]["edit"].extend(edit_loop(url, path, pattern, a.edits))
            finally:
                srv.stop()
            print(f"round {r + 1} {who}: start {res[who]['start'][-1]:.3f} s, edits "
                  + " ".join(f"{d * 1000:.0f}" for d in res[who]['edit'][-a.edits:]) + " ms",
                  flush=True)

    built = tempfile.mkdtemp(prefix="errdocs-built-")
    shutil.rmtree(built)
    subprocess.run([a.errdocs, "build", "--site", site, "--out", built], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site_bytes = du(built)
    urls = page_urls(built)
    shutil.rmtree(built)
    rss = memory(a.errdocs, site, urls)
    res["memory"] = {"rss": rss, "site_bytes": site_bytes,
                     "goal": site_bytes + 64 * 1024 * 1024}

    def med(xs):
        return statistics.median(xs) if xs else float("nan")

    e, h = res["errdocs"], res["hugo"]
    lines = [f"site {a.label}: {a.pages} pages x {len(locales)} locales",
             f"start  median: errdocs {med(e['start']):.3f} s   hugo {med(h['start']):.3f} s"
             f"   ratio {med(e['start']) / med(h['start']) if h['start'] else float('nan'):.2f}",
             f"edit   median: errdocs {med(e['edit']) * 1000:.0f} ms   hugo "
             f"{med(h['edit']) * 1000:.0f} ms   ratio "
             f"{med(e['edit']) / med(h['edit']) if h['edit'] else float('nan'):.2f}",
             f"memory: errdocs RSS after 200 requests {rss / 2**20:.1f} MiB; built site "
             f"{site_bytes / 2**20:.1f} MiB; goal <= {(site_bytes / 2**20) + 64:.1f} MiB"]
    res["summary"] = lines
    print("\n".join(lines))
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
