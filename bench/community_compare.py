#!/usr/bin/env python3
"""Community detection on HydraLens's account graph with python-igraph and networkx.

    python3 bench/community_compare.py GRAPH.tsv [--split-above 150] [--resolution 0.3]
                                       [--networkx-timeout 600] [--skip-networkx] [--json OUT.json]

GRAPH.tsv is what `hydralens analyze --graph-out` writes: one edge a line, "account<TAB>account<TAB>weight".
To compare like with like it does what HydraLens does: find the connected components, and run
community detection only on components larger than --split-above accounts:

- python-igraph: Graph.community_leiden(objective_function="modularity", weights, resolution 0.3,
  beta 0.01, n_iterations=-1): the igraph C function HydraLens calls, with the same
  parameters (python-igraph bundles its own copy of the igraph C core);
- networkx: louvain_communities(weight="weight", resolution=0.3, seed=1).

Only the algorithm calls are timed (not reading the file, not building the graphs); the time
python-igraph takes to build its graphs is reported separately as igraph.build_seconds. networkx
runs in a child process; when it takes longer than --networkx-timeout seconds it is stopped and
the time so far is reported as a lower bound.

Prints one JSON object (also written to --json): components, edges, per-tool seconds and
community counts. Exit status 0 on success, 1 on a usage error or a missing module.
"""

import argparse
import inspect
import json
import multiprocessing
import sys
import time


def read_graph(path):
    """(vertex count, edges [(u, v)], weights) with vertices renumbered 0..n-1 in file order."""
    index, edges, weights = {}, [], []
    with open(path, encoding="ascii") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.split("\t")
            if len(parts) != 3:
                if line.strip():
                    raise ValueError(f"{path}:{lineno}: expected account<TAB>account<TAB>weight")
                continue
            a, b = int(parts[0]), int(parts[1])
            edges.append((index.setdefault(a, len(index)), index.setdefault(b, len(index))))
            weights.append(float(parts[2]))
    return len(index), edges, weights


def components_above(n, edges, weights, split_above):
    """[(vertex list, local edges, local weights)] of connected components with more than
    split_above vertices (union-find)."""
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = root(u), root(v)
        if ru != rv:
            parent[ru] = rv
    members = {}
    for x in range(n):
        members.setdefault(root(x), []).append(x)
    big = {r: m for r, m in members.items() if len(m) > split_above}
    local = {}
    for r, m in big.items():
        for i, x in enumerate(m):
            local[x] = (r, i)
    out = {r: (m, [], []) for r, m in big.items()}
    for (u, v), w in zip(edges, weights):
        if u in local:
            r, i = local[u]
            out[r][1].append((i, local[v][1]))
            out[r][2].append(w)
    return sorted(out.values(), key=lambda c: -len(c[0]))


def run_igraph(components, resolution, seed):
    import igraph
    t0 = time.perf_counter()
    graphs = [igraph.Graph(n=len(m), edges=e) for m, e, _ in components]
    build_seconds = time.perf_counter() - t0
    # python-igraph 0.10 calls it resolution_parameter, 0.10.5+ and 0.11 resolution.
    params = inspect.signature(igraph.Graph.community_leiden).parameters
    res_key = "resolution" if "resolution" in params else "resolution_parameter"
    # python-igraph's default random source is Python's `random` module; seed it.
    __import__("random").seed(seed)
    seconds, communities = 0.0, 0
    for g, (_, _, w) in zip(graphs, components):
        t0 = time.perf_counter()
        part = g.community_leiden(objective_function="modularity", weights=w, beta=0.01,
                                  n_iterations=-1, **{res_key: resolution})
        seconds += time.perf_counter() - t0
        communities += len(part)
    # build_seconds: making the igraph graphs from the edge lists (HydraLens's figure includes
    # its igraph_create and igraph_strength calls; python-igraph computes strengths inside
    # community_leiden), reported on its own so that both comparisons can be made.
    return {"seconds": seconds, "build_seconds": build_seconds, "communities": communities,
            "version": igraph.__version__}


def _networkx_child(components, resolution, seed, queue):
    import networkx as nx
    from networkx.algorithms.community import louvain_communities
    graphs = []
    for m, e, w in components:
        g = nx.Graph()
        g.add_nodes_from(range(len(m)))
        g.add_weighted_edges_from((u, v, x) for (u, v), x in zip(e, w))
        graphs.append(g)
    queue.put(("ready", None))
    seconds, communities = 0.0, 0
    for g in graphs:
        t0 = time.perf_counter()
        communities += len(louvain_communities(g, weight="weight", resolution=resolution, seed=seed))
        seconds += time.perf_counter() - t0
        queue.put(("progress", seconds))
    queue.put(("done", {"seconds": seconds, "communities": communities, "version": nx.__version__}))


def run_networkx(components, resolution, seed, timeout):
    """Runs Louvain in a child; stops it after `timeout` seconds of algorithm time."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_networkx_child, args=(components, resolution, seed, queue), daemon=True)
    child.start()
    import queue as queue_module
    while True:  # wait until the graphs are built; the timed part starts then
        try:
            queue.get(timeout=1)
            break
        except queue_module.Empty:
            if not child.is_alive():
                raise RuntimeError(f"the networkx process ended with status {child.exitcode} before it started")
    started = time.perf_counter()
    measured = 0.0
    while True:
        left = timeout - (time.perf_counter() - started)
        if left <= 0:
            child.terminate()
            child.join()
            import networkx
            return {"seconds": time.perf_counter() - started, "communities": None,
                    "version": networkx.__version__, "lower_bound": True,
                    "note": f"stopped after {timeout:.0f} s; {measured:.1f} s were in finished components"}
        try:
            kind, value = queue.get(timeout=min(left, 1.0))
        except queue_module.Empty:
            if not child.is_alive():
                raise RuntimeError(f"the networkx process ended with status {child.exitcode}")
            continue
        if kind == "progress":
            measured = value
        elif kind == "done":
            child.join()
            value["lower_bound"] = False
            return value


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph")
    ap.add_argument("--split-above", type=int, default=150)
    ap.add_argument("--resolution", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--networkx-timeout", type=float, default=600)
    ap.add_argument("--skip-networkx", action="store_true")
    ap.add_argument("--json")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 1 if e.code else 0
    try:
        import igraph  # noqa: F401
        if not args.skip_networkx:
            import networkx  # noqa: F401
    except ImportError as e:
        print(f"community_compare: error: {e}; install the Debian packages python3-igraph and python3-networkx "
              f"and run them with the Debian python3 ({sys.executable} is in use)", file=sys.stderr)
        return 1
    try:
        n, edges, weights = read_graph(args.graph)
    except (OSError, ValueError) as e:
        print(f"community_compare: error: {e}", file=sys.stderr)
        return 1
    comps = components_above(n, edges, weights, args.split_above)
    result = {"vertices": n, "edges": len(edges), "components_split": len(comps),
              "component_sizes": [len(m) for m, _, _ in comps],
              "component_edges": sum(len(e) for _, e, _ in comps),
              "igraph": run_igraph(comps, args.resolution, args.seed)}
    if not args.skip_networkx:
        result["networkx"] = run_networkx(comps, args.resolution, args.seed, args.networkx_timeout)
    text = json.dumps(result)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
