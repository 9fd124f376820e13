#!/usr/bin/env python3
"""Hostile uploads against a running bridges, as an attacker with a staff account would send them.

Starts `bridges serve` on a fresh data folder, sets it up, makes a programme, then uploads every
file of crates/sheet/tests/hostile/ to the participants import, one after another and then three
large ones at once, and prints for each: the answer, how long it took, and the server's resident
memory (VmRSS) and peak (VmHWM) from /proc. `/healthz` is timed while the concurrent uploads run.

    python3 bench/hostile_uploads.py [path/to/bridges]     # default: target/release/bridges

Needs `requests` (pip install requests).
"""

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "crates/sheet/tests/hostile"
BIN = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/release/bridges")


def memory(pid):
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) // 1024
    return fields["VmRSS"], fields["VmHWM"]


def main():
    data = tempfile.mkdtemp(prefix="bridges-hostile-")
    env = dict(os.environ, BRIDGES_DATA=data, BRIDGES_LOG="warn")
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0"], env=env, stdout=subprocess.PIPE, text=True)
    address = link = None
    while address is None or link is None:
        line = server.stdout.readline()
        if not line:
            sys.exit("bridges serve stopped")
        if line.startswith("bridges is listening on "):
            address = line.split()[-1].rstrip("/")
        if "/setup/" in line:
            link = line.strip()
    threading.Thread(target=lambda: server.stdout.read(), daemon=True).start()
    try:
        s = requests.Session()
        s.get(link)
        password = "a long enough password"
        r = s.post(link, data={"org_name": "Bench", "country": "BE", "language": "en", "time_zone": "UTC",
                               "name": "Bench", "email": "bench@example.org", "password": password,
                               "password_confirm": password, "csrf_token": s.cookies["bridges_csrf"]},
                   allow_redirects=False)
        org = r.headers["location"].rsplit("/", 1)[-1]
        r = s.post(f"{address}/orgs/{org}/programmes", data={"name": "Bench", "kind": "buddy",
                                                            "csrf_token": s.cookies["bridges_csrf"]},
                   allow_redirects=False)
        programme = r.headers["location"]
        upload = f"{address}{programme}/import"

        def send(name, session=s):
            body = (CORPUS / name).read_bytes()
            started = time.monotonic()
            r = session.post(upload, data={"csrf_token": session.cookies["bridges_csrf"], "consent_recorded": "1"},
                             files={"file": (name, body)})
            message = re.search(r'class="error-message"[^>]*>(?:<[^>]+>[^<]*</[^>]+>)?\s*([^<]+)', r.text)
            problems = re.search(r"<td>(\d*)</td><td>[^<]*</td><td>([^<]+)</td>", r.text)
            imported = re.search(r"(\d+) people were imported", r.text)
            said = (imported.group(0) if imported else problems.group(2) if problems else message.group(1)
                    if message else r.text[:60]).strip()
            return r.status_code, time.monotonic() - started, said

        rss, hwm = memory(server.pid)
        print(f"server at start: {rss} MB resident, {hwm} MB peak\n")
        print(f"{'file':28} {'answer':>6} {'time':>8} {'RSS MB':>7} {'peak MB':>8}  message")
        for path in sorted(CORPUS.iterdir()):
            if path.suffix not in (".xlsx", ".xls", ".csv"):
                continue
            status, took, said = send(path.name)
            rss, hwm = memory(server.pid)
            print(f"{path.name:28} {status:>6} {took * 1000:>6.0f}ms {rss:>7} {hwm:>8}  {said[:70]}")

        # Three large uploads at once, while someone asks /healthz.
        big = ["one-long-line.csv", "bomb-sheet.xlsx", "unclosed-quote.csv"]
        threads = [threading.Thread(target=send, args=(name,)) for name in big]
        started = time.monotonic()
        for t in threads:
            t.start()
        health = []
        while any(t.is_alive() for t in threads):
            t0 = time.monotonic()
            requests.get(f"{address}/healthz")
            health.append(time.monotonic() - t0)
        for t in threads:
            t.join()
        rss, hwm = memory(server.pid)
        print(f"\nthree large uploads at once: {time.monotonic() - started:.2f} s; /healthz answered in at most "
              f"{max(health) * 1000:.0f} ms ({len(health)} probes); server {rss} MB resident, {hwm} MB peak")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
