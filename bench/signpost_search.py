#!/usr/bin/env python3
"""Signpost at a council's size: finding a service among 50,000, as the public and another Open
Referral tool would, under load.

Makes a made-up directory of N services (`--services`, default 50,000) with the signpost crate's
`synthetic` example, imports it into a fresh organisation with `bridges directory import`, publishes
it, starts `bridges serve`, and measures with wrk (4 connections, `--seconds` each): the public
search page by need, language, distance from a postcode and open now; by need alone; the first
page with no filter; by words (a typo, a word half the services hold, a French reader's word); one service's page and its slip; and the HSDS read API's first page of
services. The first request of each kind is timed alone too (the index is built on the first
search after a change). Prints latency percentiles, requests per second, page sizes, and the
server's memory (VmRSS, VmHWM).

    python3 bench/signpost_search.py [--services N] [--seconds S] [path/to/bridges] [path/to/synthetic]

Needs wrk and requests. `synthetic` is built by
`cargo build --release -p bridges-signpost --example synthetic`.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import requests

ORG = "Fernbridge Council (bench, fictional)"


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = value.strip()
    return f"RSS {fields.get('VmRSS')}, peak {fields.get('VmHWM')}"


def wrk(base, path, label, seconds):
    out = subprocess.run(
        ["wrk", "-t1", "-c4", f"-d{seconds}s", "--latency", base + path], capture_output=True, text=True, check=True
    ).stdout
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M))
    rate = re.search(r"Requests/sec:\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    size = len(requests.get(base + path).content)
    print(f"{label:<40} p50 {latency.get('50'):>8}  p90 {latency.get('90'):>8}  p99 {latency.get('99'):>8}  "
          f"{rate.group(1) if rate else '?':>7} req/s  {size / 1024:6.0f} KB  non-2xx: {errors.group(1) if errors else 0}",
          flush=True)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=50_000)
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("bridges", nargs="?", default=os.path.join(target, "release", "bridges"))
    ap.add_argument("synthetic", nargs="?", default=os.path.join(target, "release", "examples", "synthetic"))
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="signpost-bench-")
    env = dict(os.environ, BRIDGES_DATA=data, BRIDGES_LOG="warn")
    env.pop("DATABASE_URL", None)
    server = None
    try:
        password = os.path.join(data, "password")
        with open(password, "w") as f:
            f.write("correct horse battery staple\n")
        subprocess.run([args.bridges, "user", "create", "--email", "bench@example.org", "--org", ORG,
                        "--time-zone", "Europe/London", "--password-file", password], env=env, check=True,
                       capture_output=True)
        directory = os.path.join(data, "directory.json")
        with open(directory, "wb") as f:
            subprocess.run([args.synthetic, str(args.services), "7"], stdout=f, check=True)
        print(f"directory: {args.services} services, {os.path.getsize(directory) / 1e6:.1f} MB of HSDS JSON", flush=True)
        started = time.monotonic()
        out = subprocess.run([args.bridges, "directory", "import", directory, "--org", ORG, "--as", "bench@example.org"],
                             env=env, check=True, capture_output=True, text=True).stdout
        print(f"import: {time.monotonic() - started:.1f} s, {out.strip()}", flush=True)
        out = subprocess.run([args.bridges, "directory", "publish", "--org", ORG, "--as", "bench@example.org"],
                             env=env, check=True, capture_output=True, text=True).stdout
        key = re.search(r"/api/hsds/([0-9a-f]{32})", out).group(1)
        server = subprocess.Popen([args.bridges, "serve", "--listen", "127.0.0.1:18484"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = "http://127.0.0.1:18484"
        for _ in range(100):
            try:
                requests.get(base + "/api/openapi.json", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.2)
        print("server memory, started:", memory(server.pid), flush=True)
        started = time.monotonic()
        first = requests.get(f"{base}/d/{key}")
        print(f"first search (builds the index): {(time.monotonic() - started) * 1000:.0f} ms, status {first.status_code}",
              flush=True)
        print("server memory, index built:", memory(server.pid), flush=True)
        service = re.search(rf"/d/{key}/services/([0-9a-f-]{{36}})", first.text).group(1)
        postcode = "FB5%203AB"
        for path, label in [
            (f"/d/{key}?need=need-legal&language=ar&postcode={postcode}&within=5&open=now", "need + language + 5 km + open now"),
            (f"/d/{key}?need=need-health", "need only"),
            (f"/d/{key}?language=uk&postcode={postcode}&within=10", "language + 10 km"),
            (f"/d/{key}", "no filter, first page"),
            (f"/d/{key}?q=imigration", "words, with a typo"),
            (f"/d/{key}?q=advice&postcode={postcode}&within=5", "a common word + 5 km"),
            (f"/d/{key}?q=medecin&lang=fr&need=need-health", "a French reader's word + need"),
            (f"/d/{key}/services/{service}", "one service"),
            (f"/d/{key}/services/{service}/slip?lang=ar", "its slip in Arabic"),
            (f"/api/hsds/{key}/services", "HSDA /services, first page"),
            (f"/api/hsds/{key}/services/{service}", "HSDA /services/{id}"),
        ]:
            wrk(base, path, label, args.seconds)
        print("server memory, end:", memory(server.pid), flush=True)
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
