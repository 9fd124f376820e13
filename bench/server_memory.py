#!/usr/bin/env python3
"""The server's memory across reads of a whole programme: does it give back what a read used?

Makes the demo with `--people N` (default 100,000) in a fresh data folder, starts `bridges serve`
on it, logs in as the demo coordinator, then downloads the participants' CSV `--reads` times (each
download opens every participant's record, as a round does) and runs `--rounds` rounds through the
API. Prints the server's resident memory (VmRSS, anonymous and file-backed, from
/proc/<pid>/smaps_rollup) at the start, after each step and `--settle` seconds after it.

    python3 bench/server_memory.py [--people N] [--reads R] [--rounds K] [path/to/bridges]

Extra environment (MIMALLOC_PURGE_DELAY=0, say) passes on to the server. Needs `requests`, like
bench/round_under_load.py, whose demo server it uses.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from round_under_load import DemoServer, demo_arguments  # noqa: E402


def resident(pid):
    """Resident memory in MB: (all, anonymous, file-backed)."""
    with open(f"/proc/{pid}/smaps_rollup") as f:
        fields = {k.strip(): v.split()[0] for k, v in (line.split(":", 1) for line in f if ":" in line)}
    kb = {k: int(fields[k]) for k in ("Rss", "Anonymous")}
    return kb["Rss"] / 1024, kb["Anonymous"] / 1024, (kb["Rss"] - kb["Anonymous"]) / 1024


def report(demo, label, settle):
    print(f"{label:<26} {'%5.0f MB (anonymous %5.0f, files %3.0f)' % resident(demo.server.pid)}", end="", flush=True)
    if settle:
        time.sleep(settle)
        print(f";  {settle} s later {'%5.0f MB (anonymous %5.0f, files %3.0f)' % resident(demo.server.pid)}",
              end="")
    print(flush=True)


def main():
    ap = demo_arguments(argparse.ArgumentParser())
    ap.add_argument("--reads", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--settle", type=int, default=10)
    args = ap.parse_args()
    demo = DemoServer(args.bridges, args.people)
    try:
        report(demo, "started:", 0)
        export = f"{demo.base}/orgs/{demo.org}/programmes/{demo.programme}/export/participants.csv"
        for n in range(1, args.reads + 1):
            t = time.time()
            r = demo.session.get(export, timeout=600)
            assert r.status_code == 200, r.status_code
            print(f"download {n}: {len(r.content) / 1e6:.1f} MB in {time.time() - t:.1f} s", flush=True)
            report(demo, f"after download {n}:", args.settle)
        for n in range(1, args.rounds + 1):
            status, seconds, body = demo.run_round()
            assert status == 200, body
            print(f"round {n}: {seconds:.1f} s, {body['proposals']} proposals", flush=True)
            report(demo, f"after round {n}:", args.settle)
    finally:
        demo.close()


if __name__ == "__main__":
    main()
