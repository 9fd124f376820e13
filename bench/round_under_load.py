#!/usr/bin/env python3
"""A city's round while coordinators keep working: how fast the dashboard answers before and while a
whole programme's round runs in the same server.

Makes the demo with `--people N` (default 100,000) in a fresh data folder, starts `bridges serve`
on it, logs in as the demo coordinator, measures the dashboard with wrk (4 connections, 15 s), then
starts a round on the demo programme through the API and measures the dashboard again while it
runs. Prints latency percentiles and requests per second for both, the round's answer and time,
and the server's resident memory (VmRSS) and peak (VmHWM) from /proc.

    python3 bench/round_under_load.py [--people N] [path/to/bridges]   # default: target/release/bridges

Needs `requests` (pip install requests) and wrk (apt-get install wrk). A 100,000-person demo takes
about two minutes to make, and its round about two minutes to run, on two cores.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time

import requests


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory(pid):
    with open(f"/proc/{pid}/status") as f:
        fields = dict(line.split(":", 1) for line in f if ":" in line)
    return {k: fields[k].strip() for k in ("VmRSS", "VmHWM")}


def wrk(base, cookie, path, label):
    out = subprocess.run(
        ["wrk", "-t1", "-c4", "-d15s", "--latency", "-H", f"Cookie: {cookie}", base + path],
        capture_output=True, text=True, check=True,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    rate = re.search(r"Requests/sec:\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    print(f"{label:<28} p50 {latency.get('50')}  p90 {latency.get('90')}  p99 {latency.get('99')}  "
          f"{rate.group(1) if rate else '?'} req/s  non-2xx: {errors.group(1) if errors else 0}", flush=True)


class DemoServer:
    """The demo with `people` people, made in a fresh data folder and served, with the demo
    coordinator logged in: `base`, `session`, `cookie`, `org`, `programme`, `server`."""

    def __init__(self, bridges, people):
        self.data = tempfile.mkdtemp(prefix="bridges-bench-")
        env = dict(os.environ, BRIDGES_DATA=self.data)
        started = time.time()
        demo = subprocess.run([bridges, "demo", "--people", str(people)], env=env, capture_output=True,
                              text=True, check=True).stdout
        print(f"demo of {people} people made in {time.time() - started:.0f} s", flush=True)
        password = re.search(r"with the password (\S+)", demo).group(1)
        self.org = re.search(r"Demo organisation ready: .* \(([0-9a-f-]{36})\)", demo).group(1)
        self.programme = re.search(r"Demo programme: .* \(([0-9a-f-]{36})\)", demo).group(1)
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.server = subprocess.Popen([bridges, "serve", "--listen", f"127.0.0.1:{port}"], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                requests.get(self.base + "/healthz", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        self.session = requests.Session()
        form = self.session.get(self.base + "/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        answer = self.session.post(self.base + "/login", allow_redirects=False, data={
            "csrf_token": token, "email": "demo-coordinator@example.org", "password": password})
        assert answer.status_code == 303, answer.status_code
        self.cookie = "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)

    def run_round(self):
        """Runs a round on the demo programme through the API: (status, seconds, answer)."""
        t = time.time()
        r = self.session.post(f"{self.base}/api/v1/orgs/{self.org}/programmes/{self.programme}/rounds",
                              timeout=3600, headers={"x-csrf-token": self.session.cookies.get("bridges_csrf", "")})
        return r.status_code, time.time() - t, r.json() if r.ok else r.text[:300]

    def close(self):
        self.server.terminate()
        self.server.wait()
        shutil.rmtree(self.data, ignore_errors=True)


def demo_arguments(ap):
    """Adds what every demo bench takes to `ap`: `--people` (default 100,000) and the path to
    bridges (default: the release build in CARGO_TARGET_DIR, or target/)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("bridges", nargs="?", default=os.path.join(target, "release", "bridges"))
    return ap


def main():
    args = demo_arguments(argparse.ArgumentParser()).parse_args()
    demo = DemoServer(args.bridges, args.people)
    try:
        dashboard = f"/orgs/{demo.org}"
        wrk(demo.base, demo.cookie, dashboard, "dashboard, idle:")
        result = {}
        worker = threading.Thread(target=lambda: result.setdefault("round", demo.run_round()))
        worker.start()
        time.sleep(2)
        wrk(demo.base, demo.cookie, dashboard, "dashboard, during a round:")
        worker.join()
        status, seconds, body = result["round"]
        if status == 200:
            print(f"round: {status} in {seconds:.1f} s, {body['proposals']} proposals, proved optimal: "
                  f"{body['proved_optimal']}, pairs solved over: {body['candidate_pairs']}")
        else:
            print(f"round: {status} in {seconds:.1f} s: {body}")
        print("server memory:", memory(demo.server.pid))
    finally:
        demo.close()


if __name__ == "__main__":
    main()
