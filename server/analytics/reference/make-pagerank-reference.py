"""One-off generator of pagerank-reference.json (see README.md in this folder).

Builds a deterministic random citation graph (seeded), runs networkx.pagerank with
alpha=0.85 and tol=1e-12, computes rescaled PageRank with a plain O(N*window) loop, and writes
edges, dates and both value lists. The TypeScript tests read the JSON; they never run Python.

Run from the repository root:  python3 server/analytics/reference/make-pagerank-reference.py
"""

import json
import math
import pathlib
import random

import networkx

SEED = 20260229
NODE_COUNT = 1500
EDGE_DRAWS = 4000
RESCALE_WINDOW = 101


def make_edges(rng):
    """Mostly newer -> older citations (like real data), some forward ones (cycles) and repeats."""
    edges = []
    for _ in range(EDGE_DRAWS):
        citing = rng.randrange(1, NODE_COUNT)
        if rng.random() < 0.9:
            cited = rng.randrange(0, citing)
        else:
            cited = rng.randrange(0, NODE_COUNT)
            if cited == citing:
                continue
        edges.append([citing, cited])
    # Exact repeats: networkx's DiGraph keeps one, our builder must dedupe them too.
    edges.extend(rng.sample(edges, 50))
    return edges


def rescaled(values, dates, window):
    n = len(values)
    window = min(window, n)
    order = sorted(range(n), key=lambda i: (dates[i], i))
    out = [0.0] * n
    half = window // 2
    for k, node in enumerate(order):
        start = min(max(0, k - half), n - window)
        members = [values[order[j]] for j in range(start, start + window)]
        mean = sum(members) / window
        sd = math.sqrt(sum((v - mean) ** 2 for v in members) / window)
        out[node] = 0.0 if sd == 0 else (values[node] - mean) / sd
    return out


def main():
    rng = random.Random(SEED)
    edges = make_edges(rng)
    graph = networkx.DiGraph()
    graph.add_nodes_from(range(NODE_COUNT))  # isolated nodes still count in N
    graph.add_edges_from(edges)
    ranks = networkx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=1000)
    values = [ranks[i] for i in range(NODE_COUNT)]
    # Filing day numbers: roughly increasing with the node index, with jitter and ties.
    dates = [i * 3 + rng.randrange(0, 40) for i in range(NODE_COUNT)]
    out = {
        "generator": "make-pagerank-reference.py",
        "networkx": networkx.__version__,
        "seed": SEED,
        "alpha": 0.85,
        "tol": 1e-12,
        "nodeCount": NODE_COUNT,
        "edges": edges,
        "pagerank": values,
        "dates": dates,
        "rescaleWindow": RESCALE_WINDOW,
        "rescaledPagerank": rescaled(values, dates, RESCALE_WINDOW),
    }
    target = pathlib.Path(__file__).with_name("pagerank-reference.json")
    target.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {target} ({len(edges)} edge rows, {graph.number_of_edges()} unique edges)")


if __name__ == "__main__":
    main()
