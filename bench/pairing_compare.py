#!/usr/bin/env python3
"""Compare `bridges match solve` with SciPy, OR-Tools and lap on the same EDGES.csv / CAPS.csv.

The problem: seekers take at most one provider, provider p at most c_p seekers; first pair as many
seekers as possible, then maximise the total score. Each tool gets the formulation it needs:

- OR-Tools SimpleMinCostFlow: source -> seeker (cap 1) -> provider (cap 1, cost -score) -> sink
  (cap c_p), solved with solve_max_flow_with_min_cost(): the maximum flow is the most pairs, and
  among maximum flows the least cost is the highest score. Exact in int64.
- SciPy min_weight_full_bipartite_matching (sparse): providers expanded into c_p copies; first
  maximum_bipartite_matching says whether every seeker can be paired; if so the costs are
  1e6 + 1 - score on the real edges, else each seeker also gets a private "unpaired" column
  costing more than any total. Both calls are timed.
- SciPy linear_sum_assignment and lap.lapjv (dense): a seekers x slots matrix, cost 1e6 - score on
  allowed cells and a forbidding cost F > seekers * 1e6 elsewhere (a row on a forbidden cell is
  unpaired). Float64 is exact while the totals stay below 2^53; only run where the matrix fits.
- lap.lapmod (sparse, square): rows are seekers plus one filler per slot, columns are slots plus
  one "unpaired" column per seeker; a slot's filler may take the slot (cost 0) or the "unpaired"
  column of any seeker of that provider (cost 0). Every pairing extends to a perfect matching.

Each tool runs in its own process with a time limit; only the solver call is timed (not reading
files or building matrices). `bridges` reports its own solve + certificate check time.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time

import numpy as np

MAX_SCORE = 1_000_000


def load(edges_path, caps_path, cache):
    """The instance as arrays, cached as .npz beside the CSV (reading 3M rows takes seconds)."""
    if os.path.exists(cache):
        z = np.load(cache)
        return z["seeker"], z["provider"], z["score"], z["cap"], int(z["n"])
    providers = {}
    caps = []
    with open(caps_path, newline="") as f:
        r = csv.reader(f)
        next(r)
        for label, cap in r:
            providers[label] = len(caps)
            caps.append(int(cap))
    seekers = {}
    s, p, w = [], [], []
    with open(edges_path, newline="") as f:
        r = csv.reader(f)
        next(r)
        for a, b, c in r:
            s.append(seekers.setdefault(a, len(seekers)))
            p.append(providers[b])
            w.append(int(c))
    arrays = dict(
        seeker=np.array(s, dtype=np.int64),
        provider=np.array(p, dtype=np.int64),
        score=np.array(w, dtype=np.int64),
        cap=np.array(caps, dtype=np.int64),
        n=np.array(len(seekers)),
    )
    np.savez(cache, **arrays)
    return arrays["seeker"], arrays["provider"], arrays["score"], arrays["cap"], len(seekers)


def slots(cap):
    """Provider copies: slot j belongs to provider owner[j]; provider p's slots start at first[p]."""
    first = np.concatenate([[0], np.cumsum(cap)[:-1]]).astype(np.int64)
    owner = np.repeat(np.arange(len(cap)), cap)
    return first, owner


def expand(seeker, provider, score, cap):
    """One edge per (seeker, slot of the provider)."""
    first, owner = slots(cap)
    reps = cap[provider]
    rows = np.repeat(seeker, reps)
    base = np.repeat(first[provider], reps)
    offs = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    return rows, base + offs, np.repeat(score, reps), owner


def summary(pairs_seeker, pairs_provider, seeker, provider, score, cap):
    """(pairs, total score) after checking the pairing is valid."""
    lookup = dict(zip(zip(seeker.tolist(), provider.tolist()), score.tolist()))
    seen = set()
    load = np.zeros(len(cap), dtype=np.int64)
    total = 0
    for s, p in zip(pairs_seeker, pairs_provider):
        s, p = int(s), int(p)
        assert s not in seen, f"seeker {s} twice"
        seen.add(s)
        assert (s, p) in lookup, f"({s},{p}) is not an edge"
        total += lookup[(s, p)]
        load[p] += 1
    assert (load <= cap).all(), "over capacity"
    return len(seen), total


def run_ortools(seeker, provider, score, cap, n):
    from ortools.graph.python import min_cost_flow

    m = len(cap)
    source, sink = 0, 1 + n + m
    f = min_cost_flow.SimpleMinCostFlow()
    tails = np.concatenate([np.zeros(n, np.int64), 1 + seeker, 1 + n + np.arange(m)])
    heads = np.concatenate([1 + np.arange(n), 1 + n + provider, np.full(m, sink)])
    caps = np.concatenate([np.ones(n, np.int64), np.ones(len(seeker), np.int64), cap])
    costs = np.concatenate([np.zeros(n, np.int64), -score, np.zeros(m, np.int64)])
    f.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    f.set_node_supply(source, n)
    f.set_node_supply(sink, -n)
    t = time.perf_counter()
    status = f.solve_max_flow_with_min_cost()
    ms = (time.perf_counter() - t) * 1000
    if status != f.OPTIMAL:
        return dict(error=f"status {status}")
    flows = f.flows(np.arange(n, n + len(seeker)))
    chosen = flows > 0
    pairs, total = summary(seeker[chosen], provider[chosen], seeker, provider, score, cap)
    assert total == -f.optimal_cost()
    return dict(pairs=pairs, total=total, ms=ms)


def run_scipy_sparse(seeker, provider, score, cap, n):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching, min_weight_full_bipartite_matching

    rows, cols, sc, owner = expand(seeker, provider, score, cap)
    S = len(owner)
    cost = (MAX_SCORE + 1 - sc).astype(np.float64)
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, S))
    t = time.perf_counter()
    everyone = (maximum_bipartite_matching(graph, perm_type="column") >= 0).all() if n <= S else False
    if everyone:
        m = csr_matrix((cost, (rows, cols)), shape=(n, S))
    else:
        dummy = float(n * (MAX_SCORE + 1) + 1)
        m = csr_matrix(
            (np.concatenate([cost, np.full(n, dummy)]), (np.concatenate([rows, np.arange(n)]), np.concatenate([cols, S + np.arange(n)]))),
            shape=(n, S + n),
        )
    r, c = min_weight_full_bipartite_matching(m)
    ms = (time.perf_counter() - t) * 1000
    real = c < S
    pairs, total = summary(r[real], owner[c[real]], seeker, provider, score, cap)
    note = "" if everyone or n * (MAX_SCORE + 1) * 2 < 2**53 else "float64 inexact at this size"
    return dict(pairs=pairs, total=total, ms=ms, note=note)


def dense(seeker, provider, score, cap, n):
    rows, cols, sc, owner = expand(seeker, provider, score, cap)
    S = len(owner)
    forbid = float(n * MAX_SCORE + 1)
    c = np.full((n, S), forbid)
    c[rows, cols] = (MAX_SCORE - sc).astype(np.float64)
    return c, owner, forbid


def decode_dense(x_rows, x_cols, cost, owner, forbid, seeker, provider, score, cap):
    ok = (x_cols >= 0) & (cost[x_rows, np.maximum(x_cols, 0)] < forbid)
    return summary(x_rows[ok], owner[x_cols[ok]], seeker, provider, score, cap)


def run_scipy_dense(seeker, provider, score, cap, n, max_cells):
    from scipy.optimize import linear_sum_assignment

    if n * int(cap.sum()) > max_cells:
        return dict(skipped=f"skipped (dense {n}x{int(cap.sum())} too big)")
    cost, owner, forbid = dense(seeker, provider, score, cap, n)
    t = time.perf_counter()
    r, c = linear_sum_assignment(cost)
    ms = (time.perf_counter() - t) * 1000
    pairs, total = decode_dense(r, c, cost, owner, forbid, seeker, provider, score, cap)
    return dict(pairs=pairs, total=total, ms=ms)


def run_lapjv(seeker, provider, score, cap, n, max_cells):
    import lap

    if n * int(cap.sum()) > max_cells:
        return dict(skipped=f"skipped (dense {n}x{int(cap.sum())} too big)")
    cost, owner, forbid = dense(seeker, provider, score, cap, n)
    t = time.perf_counter()
    _, x, _ = lap.lapjv(cost, extend_cost=True)
    ms = (time.perf_counter() - t) * 1000
    pairs, total = decode_dense(np.arange(n), x, cost, owner, forbid, seeker, provider, score, cap)
    return dict(pairs=pairs, total=total, ms=ms)


def run_lapmod(seeker, provider, score, cap, n):
    import lap
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching

    rows, cols, sc, owner = expand(seeker, provider, score, cap)
    S = len(owner)
    N = n + S
    # lapmod refuses costs of 1e6 or more, so "unpaired" cannot be priced above every total: it
    # can only be used when every seeker can be paired (checked first, inside the timing).
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, S))
    t = time.perf_counter()
    everyone = (maximum_bipartite_matching(graph, perm_type="column") >= 0).all() if n <= S else False
    check_ms = (time.perf_counter() - t) * 1000
    if not everyone:
        return dict(skipped="skipped (not every seeker can be paired; lapmod caps costs below 1e6)")
    # Seeker rows: their slots, cost (1e6 - score) / 2 (exact in float64, below lapmod's cap).
    r1, c1, w1 = rows, cols, (MAX_SCORE - sc).astype(np.float64) / 2
    # Filler row n + j of slot j: the slot itself, or the "unpaired" column S + i of any seeker i
    # of that slot's provider (all cost 0), so every pairing of all seekers is a perfect matching.
    r3, c3 = n + np.arange(S), np.arange(S)
    fr, fc = n + cols, S + rows
    r_all = np.concatenate([r1, r3, fr])
    c_all = np.concatenate([c1, c3, fc])
    w_all = np.concatenate([w1, np.zeros(S), np.zeros(len(fr))])
    order = np.lexsort((c_all, r_all))
    r_all, c_all, w_all = r_all[order], c_all[order], w_all[order]
    ii = np.concatenate([[0], np.cumsum(np.bincount(r_all, minlength=N))]).astype(np.int32)
    t = time.perf_counter()
    _, x, _ = lap.lapmod(N, w_all, ii, c_all.astype(np.int32))
    ms = (time.perf_counter() - t) * 1000 + check_ms
    x = np.asarray(x[:n])
    real = (x >= 0) & (x < S)
    pairs, total = summary(np.arange(n)[real], owner[x[real]], seeker, provider, score, cap)
    return dict(pairs=pairs, total=total, ms=ms)


TOOLS = ["ortools-mincostflow", "scipy-sparse", "scipy-dense", "lap-lapjv", "lap-lapmod"]


def one_tool(args):
    seeker, provider, score, cap, n = load(args.edges, args.caps, args.cache)
    if args.tool == "ortools-mincostflow":
        out = run_ortools(seeker, provider, score, cap, n)
    elif args.tool == "scipy-sparse":
        out = run_scipy_sparse(seeker, provider, score, cap, n)
    elif args.tool == "scipy-dense":
        out = run_scipy_dense(seeker, provider, score, cap, n, args.max_dense_cells)
    elif args.tool == "lap-lapjv":
        out = run_lapjv(seeker, provider, score, cap, n, args.max_dense_cells)
    elif args.tool == "lap-lapmod":
        out = run_lapmod(seeker, provider, score, cap, n)
    else:
        raise SystemExit(f"unknown tool {args.tool}")
    print(json.dumps(out))


def compare(args):
    rows = []
    for size_dir in args.instances:
        size = os.path.basename(size_dir.rstrip("/"))
        edges, caps = os.path.join(size_dir, "EDGES.csv"), os.path.join(size_dir, "CAPS.csv")
        cache = os.path.join(size_dir, "instance.npz")
        out = subprocess.run(
            [args.bridges, "match", "solve", "--edges", edges, "--capacities", caps, "--out", os.path.join(size_dir, "PAIRS.csv")],
            capture_output=True,
            text=True,
            check=True,
        )
        b = json.loads(out.stdout)
        if args.repeat > 1:
            # Only on request: the other tools are timed once.
            for _ in range(args.repeat - 1):
                again = json.loads(
                    subprocess.run(
                        [args.bridges, "match", "solve", "--edges", edges, "--capacities", caps, "--out", os.path.join(size_dir, "PAIRS.csv")],
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                )
                b["solve_ms"] = min(b["solve_ms"], again["solve_ms"])
        rows.append((size, "bridges", b["pairs"], b["total_score"], b["solve_ms"], 1.0, "certificate" if b["certificate"] else "NO CERTIFICATE"))
        load(edges, caps, cache)  # build the cache once, outside any timing
        for tool in args.tools:
            cmd = [sys.executable, __file__, "--tool", tool, "--edges", edges, "--caps", caps, "--cache", cache, "--max-dense-cells", str(args.max_dense_cells)]
            try:
                res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
                if res.returncode != 0:
                    last = (res.stderr.strip().splitlines() or ["?"])[-1]
                    rows.append((size, tool, None, None, None, None, f"failed: {last[:60]}"))
                    continue
                r = json.loads(res.stdout.strip().splitlines()[-1])
            except subprocess.TimeoutExpired:
                rows.append((size, tool, None, None, None, None, f"timeout (> {args.timeout} s)"))
                continue
            if "skipped" in r:
                rows.append((size, tool, None, None, None, None, r["skipped"]))
            elif "error" in r:
                rows.append((size, tool, None, None, None, None, r["error"]))
            else:
                agree = "yes" if (r["pairs"], r["total"]) == (b["pairs"], b["total_score"]) else "NO"
                if r.get("note"):
                    agree += f" ({r['note']})"
                rows.append((size, tool, r["pairs"], r["total"], r["ms"], r["ms"] / b["solve_ms"], agree))
        print_table(rows[-(1 + len(args.tools)) :], header=size_dir == args.instances[0])
        sys.stdout.flush()


def print_table(rows, header):
    fmt = "{:<16} {:<20} {:>8} {:>14} {:>10} {:>10}  {}"
    if header:
        print(fmt.format("size", "tool", "pairs", "total score", "ms", "x bridges", "optimum agrees"))
        print("-" * 100)
    for size, tool, pairs, total, ms, ratio, agree in rows:
        print(
            fmt.format(
                size,
                tool,
                "-" if pairs is None else pairs,
                "-" if total is None else total,
                "-" if ms is None else f"{ms:.1f}",
                "-" if ratio is None else f"{ratio:.1f}",
                agree,
            )
        )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("instances", nargs="*", help="folders holding EDGES.csv and CAPS.csv, named by size")
    ap.add_argument("--bridges", default="bridges")
    ap.add_argument("--tools", nargs="+", default=TOOLS, choices=TOOLS)
    ap.add_argument("--timeout", type=float, default=300, help="seconds per tool and size")
    ap.add_argument("--repeat", type=int, default=1, help="bridges runs per instance (the fastest is reported)")
    ap.add_argument("--max-dense-cells", type=int, default=250_000_000)
    ap.add_argument("--tool", help=argparse.SUPPRESS)
    ap.add_argument("--edges", help=argparse.SUPPRESS)
    ap.add_argument("--caps", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tool:
        one_tool(args)
    else:
        compare(args)


if __name__ == "__main__":
    main()
