#!/usr/bin/env python3
"""Connect's pages at a city's size: how fast each answers, under load, once a round has run and
then again once its pairs were accepted.

Makes the demo with `--people N` (default 100,000) in a fresh data folder, starts `bridges serve`
on it, logs in as the demo coordinator and runs a round through the API; then measures each
Connect page with wrk (4 connections, `--seconds` each): the overview, the participants list (first
page, a deep page, a name search, a filter by standing and language), the round page (its first and
a later page) and one participant; then accepts every proposal from the round page and measures the
overview again, the pairs overview, one group deep in and searched by name, and one pair; the API's
lists of participants and pairs too. Prints latency percentiles and requests per second for each,
the size of each page, and the server's resident memory (VmRSS) and peak (VmHWM) from /proc when
it started, after the round, 15 s later, and at the end.

    python3 bench/connect_pages.py [--people N] [--seconds S] [path/to/bridges]

Needs `requests` and wrk, like bench/round_under_load.py, whose demo server it uses. The demo and
its round take about two minutes each on two cores at 100,000 people.
"""

import argparse
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from round_under_load import DemoServer, demo_arguments, memory  # noqa: E402

import subprocess  # noqa: E402


def wrk(demo, path, label, seconds):
    out = subprocess.run(
        ["wrk", "-t1", "-c4", f"-d{seconds}s", "--latency", "-H", f"Cookie: {demo.cookie}", demo.base + path],
        capture_output=True, text=True, check=True,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M))
    rate = re.search(r"Requests/sec:\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    size = len(demo.session.get(demo.base + path).content)
    print(f"{label:<34} p50 {latency.get('50'):>8}  p90 {latency.get('90'):>8}  p99 {latency.get('99'):>8}  "
          f"{rate.group(1) if rate else '?':>7} req/s  {size / 1024:6.0f} KB  non-2xx: {errors.group(1) if errors else 0}",
          flush=True)


def main():
    ap = demo_arguments(argparse.ArgumentParser())
    ap.add_argument("--seconds", type=int, default=10)
    args = ap.parse_args()
    demo = DemoServer(args.bridges, args.people)
    try:
        print("server memory, started:", memory(demo.server.pid), flush=True)
        status, seconds, body = demo.run_round()
        assert status == 200, body
        print(f"round: {seconds:.1f} s, {body['proposals']} proposals, proved optimal: {body['proved_optimal']}",
              flush=True)
        print("server memory, after the round:", memory(demo.server.pid), flush=True)
        time.sleep(15)
        print("server memory, 15 s later:", memory(demo.server.pid), flush=True)
        programme = f"/orgs/{demo.org}/programmes/{demo.programme}"
        people = demo.session.get(demo.base + programme + "/participants").text
        person = re.search(rf'{programme}/participants/([0-9a-f-]{{36}})">(?:<bdi>)?([^<(]+)', people)
        first_name = person.group(2).split()[0]
        # While the round's proposals wait for a decision.
        for path, label in [
            ("", "overview"),
            ("/participants", "participants, page 1"),
            ("/participants?page=1000", "participants, page 1000"),
            (f"/participants?q={first_name}", f"participants, name '{first_name}'"),
            ("/participants?status=waiting&language=ar", "participants, waiting, Arabic"),
            ("/round", "round, page 1"),
            ("/round?page=100", "round, page 100"),
            (f"/participants/{person.group(1)}", "one participant"),
        ]:
            wrk(demo, programme + path, label + ":", args.seconds)
        api = f"/api/v1/orgs/{demo.org}/programmes/{demo.programme}"
        for path, label in [
            ("/participants", "API participants, page 1"),
            ("/participants?page=500", "API participants, page 500"),
            ("/participants?status=waiting&language=ar", "API participants, waiting, Arabic"),
        ]:
            wrk(demo, api + path, label + ":", args.seconds)
        print("server memory, after the pages:", memory(demo.server.pid), flush=True)
        round_page = demo.session.get(demo.base + programme + "/round").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', round_page).group(1)
        t = time.time()
        r = demo.session.post(demo.base + programme + "/round/accept-all", data={"csrf_token": token},
                              allow_redirects=False, timeout=3600)
        print(f"accept all: {r.status_code} in {time.time() - t:.1f} s", flush=True)
        pairs = demo.session.get(demo.base + programme + "/pairs").text
        pair = re.search(rf'{programme}/pairs/([0-9a-f-]{{36}})"', pairs).group(1)
        # Once they were accepted.
        for path, label in [
            ("", "overview"),
            ("/pairs", "pairs overview"),
            ("/pairs?show=accepted&page=200", "pairs accepted, page 200"),
            (f"/pairs?show=accepted&q={first_name}", f"pairs accepted, name '{first_name}'"),
            (f"/pairs/{pair}", "one pair"),
        ]:
            wrk(demo, programme + path, label + ":", args.seconds)
        wrk(demo, api + "/pairs?group=accepted&page=100", "API pairs accepted, page 100:", args.seconds)
        print("server memory:", memory(demo.server.pid))
    finally:
        demo.close()


if __name__ == "__main__":
    main()
