#!/usr/bin/env python3
"""The public home and the staff dashboard under 16 concurrent connections against gunicorn.

Usage: .venv/bin/python benchmarks/http_load.py [--duration 10] [--connections 16] [--workers 3]

Builds a throwaway data directory with the demo data, starts gunicorn on 127.0.0.1 with production
settings (PBGDPL_MODE=production, whitenoise, secure cookies; requests carry X-Forwarded-Proto: https
as behind a TLS proxy), logs in as the demo administrator for a session cookie, then drives each page
with `wrk` (Debian package `wrk`) for a bounded time and prints requests/s, median and p95 latency.
Without wrk it falls back to a bounded Python load loop (threads + http.client). Only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d duration_us=%d p50_us=%d p95_us=%d\\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout, summary.duration,
    latency:percentile(50), latency:percentile(95)))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def request(port: int, method: str, path: str, headers: dict[str, str], body: str | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def cookies_of(response: http.client.HTTPResponse) -> dict[str, str]:
    found = {}
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def login(port: int, username: str, password: str) -> str:
    """The session cookie of a logged-in user, obtained through the real login form."""
    base = {"Host": f"{HOST}:{port}", "X-Forwarded-Proto": "https"}
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", "/dang-nhap/", headers=base)
    page = connection.getresponse()
    html = page.read().decode()
    csrf_cookie = cookies_of(page)["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token, "no CSRF token on the login page"
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "username": username, "password": password})
    connection.request("POST", "/dang-nhap/", body=body, headers={
        **base, "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf_cookie}",
        "Referer": f"https://{HOST}:{port}/dang-nhap/"})
    response = connection.getresponse()
    response.read()
    connection.close()
    session = cookies_of(response).get("sessionid")
    if response.status != 302 or not session:
        raise SystemExit(f"login failed: HTTP {response.status}")
    return f"sessionid={session}"


def run_wrk(port: int, path: str, headers: dict[str, str], connections: int, duration: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    args = ["wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script.name]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    output = subprocess.run([*args, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, check=True,
                            timeout=duration + 60).stdout
    os.unlink(script.name)
    match = re.search(r"RESULT requests=(\d+) errors=(\d+) duration_us=(\d+) p50_us=(\d+) p95_us=(\d+)", output)
    assert match, output
    requests, errors, duration_us, p50, p95 = (int(g) for g in match.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"requests": requests, "rps": requests / (duration_us / 1e6), "p50_ms": p50 / 1000, "p95_ms": p95 / 1000,
            "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0)}


def run_python(port: int, path: str, headers: dict[str, str], connections: int, duration: int) -> dict[str, float]:
    """Fallback: ``connections`` threads, each on one keep-alive connection, for ``duration`` seconds."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        mine: list[float] = []
        bad = 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=10)
                continue
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors += bad

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50_ms": statistics.median(latencies) * 1000,
            "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per page (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))
    parser.add_argument("--python", action="store_true", help="use the Python load loop even if wrk is installed")
    options = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="pbgdpl-load-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PBGDPL_", "DJANGO_")) and k != "DATABASE_URL"}
    env.update({"PBGDPL_DATA_DIR": str(data_dir), "PBGDPL_MODE": "production", "PBGDPL_SECRET_KEY": secrets.token_urlsafe(48),
                "PBGDPL_ALLOWED_HOSTS": HOST, "PBGDPL_LOG_LEVEL": "WARNING", "DJANGO_SETTINGS_MODULE": "pbgdpl.settings"})
    pbgdpl = str(BIN / "pbgdpl")
    print(f"data directory {data_dir}; loading demo data and collecting static files ...", flush=True)
    subprocess.run([pbgdpl, "demo", "--migrate", "--quiet"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([pbgdpl, "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "pbgdpl.wsgi:application", "--bind", f"{HOST}:{port}", "--workers", str(options.workers),
         "--log-level", "warning"], env=env, cwd=ROOT, start_new_session=True)
    try:
        base = {"Host": f"{HOST}:{port}", "X-Forwarded-Proto": "https"}
        deadline = time.monotonic() + 60
        while True:
            try:
                if request(port, "GET", "/", base).status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("gunicorn did not answer")
            time.sleep(0.2)
        session = login(port, "admin", "demo12345")
        staff = {**base, "Cookie": session}
        assert request(port, "GET", "/can-bo/", staff).status == 200, "the session cookie does not open the dashboard"
        use_wrk = shutil.which("wrk") is not None and not options.python
        tool = "wrk" if use_wrk else "python load loop"
        print(f"gunicorn {options.workers} sync workers on {HOST}:{port}; {tool}; {options.connections} connections; "
              f"{options.duration} s per page", flush=True)
        print(f"{'page':<28} {'requests':>9} {'req/s':>8} {'median ms':>10} {'p95 ms':>8} {'errors':>7}")
        for label, path, headers in (("public home /", "/", base), ("staff dashboard /can-bo/", "/can-bo/", staff)):
            measure = run_wrk if use_wrk else run_python
            measure(port, path, headers, options.connections, 2)  # warm-up
            result = measure(port, path, headers, options.connections, options.duration)
            print(f"{label:<28} {result['requests']:>9.0f} {result['rps']:>8.1f} {result['p50_ms']:>10.1f} "
                  f"{result['p95_ms']:>8.1f} {result['errors']:>7.0f}", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
