#!/usr/bin/env python3
"""Analysis quality benchmark: HydraLens clusters and pivots against the demo's truth file.

    bench/analysis_quality.py --hydralens BUILD/app/hydralens [--config SEED:ACCOUNTS:EXCHANGES ...]

For every configuration: `hydralens demo-export` (with --truth and --location-db), `import`,
`analyze`, then `clusters --json`, `pivots --json` and the case's account ids, and scores them
against the truth file (see docs/demo-data.md and bench/README.md, "Analysis benchmarks").

Only the standard library is used. The metric functions are pure and take plain values, so
bench/test_analysis_quality.py can check them on hand-made inputs.

Exit status: 0 when everything was measured (whether the goals were met or not), 1 on a usage or
prerequisite error, 2 if a hydralens step failed.
"""

import argparse
import collections
import csv
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field

# ---------------------------------------------------------------- goals and truth vocabulary

RECALL_GOAL = 0.95
PRECISION_GOAL = 0.95
LOOKALIKE_FLAGGED_GOAL = 0.02     # share of look-alike accounts in flagged clusters, at most
MIXED_FLAGGED_GOAL = 0            # flagged clusters holding accounts of two or more actors

ACTOR_PREFIX = "actor:"
LOOKALIKE_KINDS = ("enterprise_nat", "campus", "mobile_cgnat", "vpn_exit", "api_reseller",
                   "proxy_customer")
LOOKALIKE_GROUPS = tuple("benign:" + k for k in LOOKALIKE_KINDS)
ORDINARY_GROUP = "benign:ordinary"
# What docs/demo-data.md says; the truth file's "pivot" entries are used when present and
# compared with this (a difference is printed as a warning).
EXPECTED_PIVOTS = {"actor:quarry": "atlas-4", "actor:loom": "atlas-4", "actor:ember": "atlas-4-mini"}

DEFAULT_CONFIGS = ["1:6000:1200000", "3:6000:1200000", "7:6000:1200000", "11:6000:1200000",
                   "7:24000:3000000"]


class StepFailed(Exception):
    """A hydralens command failed (exit status 2 of this script)."""


class UsageError(Exception):
    """Bad arguments or a missing prerequisite (exit status 1)."""


# ---------------------------------------------------------------- metric functions (pure)

@dataclass
class Cluster:
    """One cluster as the metrics see it: its id, whether it is flagged, and truth groups."""
    id: int
    flagged: bool
    groups: collections.Counter = field(default_factory=collections.Counter)  # group -> accounts

    @property
    def size(self):
        return sum(self.groups.values())


def is_actor(group):
    return group.startswith(ACTOR_PREFIX)


def build_clusters(clusters_json, key_of_case_id, truth_accounts):
    """Clusters from `hydralens clusters --json`, with case account ids resolved to truth groups.

    Accounts are export account ids (strings, what `clusters --json` gives); integers are taken
    as case account ids and resolved with key_of_case_id (case id -> export account id).
    truth_accounts: export account id -> group. Accounts missing from either map count as
    group "unknown" (and are reported by the caller).
    """
    out = []
    for c in clusters_json.get("clusters", []):
        groups = collections.Counter()
        for a in c.get("accounts", []):
            key = a if isinstance(a, str) else key_of_case_id.get(int(a))
            groups[truth_accounts.get(key, "unknown") if key is not None else "unknown"] += 1
        out.append(Cluster(int(c["id"]), bool(c.get("flagged", False)), groups))
    return out


def majority_group(cluster):
    """(group, share) of the cluster's largest truth group; ties broken by group name."""
    if cluster.size == 0:
        return None, 0.0
    group, n = min(cluster.groups.items(), key=lambda kv: (-kv[1], kv[0]))
    return group, n / cluster.size


def recall_precision(clusters, truth_group_sizes):
    """(recall, precision, campaign_flagged, campaign_total, flagged_total).

    recall = campaign accounts in flagged clusters / all campaign accounts in the truth file;
    precision = campaign accounts in flagged clusters / all accounts in flagged clusters.
    Either is None when its denominator is 0 (no campaign accounts; nothing flagged).
    """
    campaign_total = sum(n for g, n in truth_group_sizes.items() if is_actor(g))
    campaign_flagged = flagged_total = 0
    for c in clusters:
        if c.flagged:
            flagged_total += c.size
            campaign_flagged += sum(n for g, n in c.groups.items() if is_actor(g))
    recall = campaign_flagged / campaign_total if campaign_total else None
    precision = campaign_flagged / flagged_total if flagged_total else None
    return recall, precision, campaign_flagged, campaign_total, flagged_total


def flagged_share_by_group(clusters, truth_group_sizes, groups):
    """{group: (flagged accounts, all accounts, share or None)} for the given groups, plus
    "look-alikes overall" summed over the look-alike kinds among them."""
    flagged = collections.Counter()
    for c in clusters:
        if c.flagged:
            flagged.update(c.groups)
    out = {}
    for g in groups:
        total = truth_group_sizes.get(g, 0)
        out[g] = (flagged[g], total, flagged[g] / total if total else None)
    la = [g for g in groups if g in LOOKALIKE_GROUPS]
    f = sum(flagged[g] for g in la)
    t = sum(truth_group_sizes.get(g, 0) for g in la)
    out["look-alikes overall"] = (f, t, f / t if t else None)
    return out


def mixed_clusters(clusters, flagged_only=True):
    """Clusters whose campaign accounts come from two or more actors: [(id, {actor: n})]."""
    out = []
    for c in clusters:
        if flagged_only and not c.flagged:
            continue
        actors = {g: n for g, n in c.groups.items() if is_actor(g)}
        if len(actors) >= 2:
            out.append((c.id, actors))
    return out


def largest_non_actor_share(clusters, flagged_only=True, min_size=1):
    """(share, cluster id) of the highest share of non-actor accounts in one (flagged) cluster of
    at least min_size accounts; (None, None) when there is none."""
    best = (None, None)
    for c in clusters:
        if (flagged_only and not c.flagged) or c.size < min_size or c.size == 0:
            continue
        share = sum(n for g, n in c.groups.items() if not is_actor(g)) / c.size
        if best[0] is None or share > best[0]:
            best = (share, c.id)
    return best


def expected_pivots_from_truth(truth):
    """{actor group: model} from the truth file's actors ("pivot": null for none)."""
    out = {}
    for a in truth.get("actors", []):
        p = a.get("pivot")
        if p and p.get("model"):
            out[a["group"]] = p["model"]
    return out


def pivot_results(pivots, clusters, expected):
    """Scores the flagged pivot rows.

    pivots: rows of `hydralens pivots --json` (need "cluster", "model", "flagged").
    expected: {actor group: model it pivots to}.
    Returns (found, false_pivots): found = {actor: [cluster ids]} (empty list: not found);
    false_pivots = [(cluster id, model, majority group, majority share)] for flagged rows whose
    cluster is not mostly (> 50 %) an actor expected to pivot to that model.
    """
    majority = {}
    for c in clusters:
        g, share = majority_group(c)
        majority[c.id] = (g, share)
    found = {actor: [] for actor in expected}
    false_pivots = []
    for p in pivots:
        if not p.get("flagged"):
            continue
        g, share = majority.get(int(p["cluster"]), (None, 0.0))
        mostly = g if g is not None and share > 0.5 else None
        if mostly is not None and expected.get(mostly) == p.get("model"):
            found[mostly].append(int(p["cluster"]))
        else:
            false_pivots.append((int(p["cluster"]), p.get("model"), g, share))
    return found, false_pivots


def actor_spread(clusters, actor):
    """How an actor's accounts are spread: dict with clusters (number holding any of them),
    singletons (accounts alone in a cluster), largest (accounts in its biggest cluster), and
    accounts (total found in clusters)."""
    n_clusters = singletons = largest = total = 0
    for c in clusters:
        n = c.groups.get(actor, 0)
        if n == 0:
            continue
        n_clusters += 1
        total += n
        largest = max(largest, n)
        if c.size == 1:
            singletons += 1
    return {"clusters": n_clusters, "singletons": singletons, "largest": largest, "accounts": total}


ORACLE_MIN_SIZE = 3  # HydraLens flags clusters of 3+ accounts only


def oracle_flagging(clusters, min_size=ORACLE_MIN_SIZE):
    """The same clusters with flagged = "at least min_size accounts, mostly (> 50 %) campaign
    accounts": the best recall and precision that flagging whole clusters could reach with this
    clustering, whatever the risk scoring does. Separates clustering losses from scoring losses."""
    out = []
    for c in clusters:
        campaign = sum(n for g, n in c.groups.items() if is_actor(g))
        out.append(Cluster(c.id, c.size >= min_size and campaign / c.size > 0.5, c.groups))
    return out


def verdict_at_least(value, goal):
    return "n/a" if value is None else ("PASS" if value >= goal else "FAIL")


def verdict_at_most(value, goal):
    return "n/a" if value is None else ("PASS" if value <= goal else "FAIL")


def fmt_share(x, digits=3):
    return "n/a" if x is None else f"{x:.{digits}f}"


def fmt_pct(x):
    return "n/a" if x is None else f"{100 * x:.2f} %"


# ---------------------------------------------------------------- running hydralens

def run(cmd, what, log_dir, stdout_path=None):
    """Runs a hydralens command; returns (stdout text, seconds). Raises StepFailed with the end
    of its stderr when it fails."""
    name = what.replace(" ", "-")
    err_path = os.path.join(log_dir, name + ".err")
    t0 = time.monotonic()
    with open(err_path, "w", encoding="utf-8") as err:
        if stdout_path:
            with open(stdout_path, "w", encoding="utf-8") as out:
                rc = subprocess.call(cmd, stdout=out, stderr=err)
            text = None
        else:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
            rc, text = p.returncode, p.stdout
    seconds = time.monotonic() - t0
    if rc != 0:
        with open(err_path, encoding="utf-8", errors="replace") as f:
            tail = "".join(f.readlines()[-20:])
        raise StepFailed(f"'{' '.join(cmd)}' ({what}) exited with status {rc}. "
                         f"Last lines of {err_path}:\n{tail}")
    return text, seconds


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise StepFailed(f"cannot read {what} from {path}: {e}") from e


def read_text(path):
    """The file's text, or "" if it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def parse_config(text):
    parts = text.split(":")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise UsageError(f"--config must be SEED:ACCOUNTS:EXCHANGES with whole numbers (got '{text}')")
    seed, accounts, exchanges = (int(p) for p in parts)
    return seed, accounts, exchanges


def measure(hl, work, seed, accounts, exchanges, log):
    """Generates (or reuses), imports, analyzes and scores one configuration; returns a dict."""
    tag = f"s{seed}-a{accounts}-x{exchanges}"
    d = os.path.join(work, tag)
    os.makedirs(d, exist_ok=True)
    export, truth_path, loc_db = os.path.join(d, "export"), os.path.join(d, "truth.json"), \
        os.path.join(d, "location.db")
    case = os.path.join(d, "quality.hlcase")
    stamp = os.path.join(d, "export.params")
    params = f"accounts={accounts} exchanges={exchanges} seed={seed}"
    timings = {}

    reuse = (read_text(stamp).strip() == params
             and all(os.path.exists(p) for p in (os.path.join(export, "manifest.json"), truth_path, loc_db)))
    if reuse:
        log(f"   {tag}: reusing the export in {export}")
    else:
        for p in (stamp, truth_path, loc_db):
            if os.path.exists(p):
                os.remove(p)
        shutil.rmtree(export, ignore_errors=True)
        log(f"   {tag}: demo-export")
        _, timings["demo-export"] = run([hl, "demo-export", export, "--accounts", str(accounts),
                                         "--exchanges", str(exchanges), "--seed", str(seed),
                                         "--truth", truth_path, "--location-db", loc_db],
                                        "demo-export", d)
        with open(stamp, "w", encoding="utf-8") as f:
            f.write(params + "\n")

    for p in os.listdir(d):
        if p == "quality.hlcase" or p.startswith("quality.hlcase-"):
            os.remove(os.path.join(d, p))
    log(f"   {tag}: import")
    _, timings["import"] = run([hl, "import", export, "--case", case], "import", d)
    log(f"   {tag}: analyze")
    summary, timings["analyze"] = run([hl, "analyze", "--case", case, "--location-db", loc_db],
                                      "analyze", d)
    clusters_path, pivots_path = os.path.join(d, "clusters.json"), os.path.join(d, "pivots.json")
    run([hl, "clusters", "--case", case, "--json"], "clusters", d, clusters_path)
    run([hl, "pivots", "--case", case, "--json"], "pivots", d, pivots_path)
    keys_csv, _ = run([hl, "query", "--case", case, "SELECT id, account_key FROM accounts"], "query", d)

    truth = read_json(truth_path, "the truth file")
    clusters_json = read_json(clusters_path, "clusters --json")
    pivots_json = read_json(pivots_path, "pivots --json")
    key_of = {}
    for row in csv.DictReader(io.StringIO(keys_csv)):
        key_of[int(row["id"])] = row["account_key"]
    truth_accounts = truth.get("accounts", {})
    if not truth_accounts:
        raise StepFailed(f"{truth_path} has no \"accounts\" map")
    return score(truth, truth_accounts, key_of, clusters_json, pivots_json,
                 dict(tag=tag, seed=seed, accounts=accounts, exchanges=exchanges,
                      summary=(summary or "").strip(), timings=timings, dir=d), log)


def score(truth, truth_accounts, key_of, clusters_json, pivots_json, r, log):
    """All metrics of one configuration, into r (a dict)."""
    sizes = collections.Counter(truth_accounts.values())
    clusters = build_clusters(clusters_json, key_of, truth_accounts)
    clustered = sum(c.size for c in clusters)
    unknown = sum(c.groups.get("unknown", 0) for c in clusters)
    if unknown:
        log(f"   warning: {unknown} clustered accounts are not in the truth file")
    if clustered != len(truth_accounts):
        log(f"   warning: clusters hold {clustered} accounts, the truth file lists {len(truth_accounts)}")

    expected = expected_pivots_from_truth(truth) or dict(EXPECTED_PIVOTS)
    if expected != EXPECTED_PIVOTS:
        log(f"   warning: the truth file's pivots {expected} differ from docs/demo-data.md's {EXPECTED_PIVOTS}")
    actors = sorted(g for g in sizes if is_actor(g))

    r["recall"], r["precision"], r["campaign_flagged"], r["campaign_total"], r["flagged_accounts"] = \
        recall_precision(clusters, sizes)
    r["flagged_clusters"] = sum(1 for c in clusters if c.flagged)
    r["clusters"] = len(clusters)
    r["multi_clusters"] = sum(1 for c in clusters if c.size > 1)
    r["groups"] = flagged_share_by_group(clusters, sizes, list(LOOKALIKE_GROUPS) + [ORDINARY_GROUP])
    r["mixed_flagged"] = mixed_clusters(clusters, flagged_only=True)
    r["non_actor_share"] = largest_non_actor_share(clusters, flagged_only=True)
    r["expected_pivots"] = expected
    r["pivots_found"], r["false_pivots"] = pivot_results(pivots_json.get("pivots", []), clusters, expected)
    r["flagged_pivot_rows"] = sum(1 for p in pivots_json.get("pivots", []) if p.get("flagged"))
    r["spread"] = {a: actor_spread(clusters, a) for a in actors}
    r["actor_sizes"] = {a: sizes[a] for a in actors}

    # Independent of flagging: how clean the clustering itself is.
    r["mixed_any"] = mixed_clusters(clusters, flagged_only=False)
    r["actor_benign_mix"] = []
    for c in clusters:
        act = sum(n for g, n in c.groups.items() if is_actor(g))
        if act and act < c.size:
            r["actor_benign_mix"].append((c.id, dict(c.groups)))
    r["benign_mix"] = [(c.id, dict(c.groups)) for c in clusters
                       if len(c.groups) >= 2 and not any(is_actor(g) for g in c.groups)]
    oracle = oracle_flagging(clusters)
    o = recall_precision(oracle, sizes)
    r["oracle_recall"], r["oracle_precision"] = o[0], o[1]
    r["oracle_lookalikes"] = flagged_share_by_group(oracle, sizes, list(LOOKALIKE_GROUPS))["look-alikes overall"][2]
    # Multi-account clusters that are mostly look-alikes or ordinary users (to see what they are).
    r["benign_multi"] = collections.Counter()
    for c in clusters:
        g, _ = majority_group(c)
        if c.size > 1 and g and not is_actor(g):
            r["benign_multi"][g] += 1
    return r


# ---------------------------------------------------------------- verdicts and printing

def goals_of(r):
    """[(measure, value text, goal text, verdict)] for one configuration."""
    la = r["groups"]["look-alikes overall"][2]
    found = r["pivots_found"]
    n_found = sum(1 for v in found.values() if v)
    nonactor = r["non_actor_share"][0]
    return [
        ("Recall (campaign accounts in flagged clusters)", fmt_share(r["recall"]), f"≥ {RECALL_GOAL}",
         verdict_at_least(r["recall"], RECALL_GOAL)),
        ("Precision (campaign share of flagged accounts)",
         fmt_share(r["precision"]) + ("" if r["precision"] is not None else " (nothing flagged)"),
         f"≥ {PRECISION_GOAL}",
         verdict_at_least(r["precision"], PRECISION_GOAL) if r["precision"] is not None else "FAIL"),
        ("Look-alike accounts flagged", fmt_pct(la), f"≤ {100 * LOOKALIKE_FLAGGED_GOAL:.0f} %",
         verdict_at_most(la, LOOKALIKE_FLAGGED_GOAL)),
        ("Flagged clusters mixing actors", str(len(r["mixed_flagged"])), f"{MIXED_FLAGGED_GOAL}",
         verdict_at_most(len(r["mixed_flagged"]), MIXED_FLAGGED_GOAL)),
        ("Largest non-actor share in a flagged cluster", fmt_share(nonactor)
         + (f" (cluster {r['non_actor_share'][1]})" if nonactor is not None else ""), "", "info"),
        ("Pivoting campaigns found", f"{n_found} of {len(found)}", f"{len(found)} of {len(found)}",
         "PASS" if n_found == len(found) else "FAIL"),
        ("False pivots", str(len(r["false_pivots"])), "0", "PASS" if not r["false_pivots"] else "FAIL"),
    ]


def md_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def config_report(r):
    """Markdown-ish text for one configuration (readable in a terminal too)."""
    out = [f"### Seed {r['seed']}, {r['accounts']:,} accounts, {r['exchanges']:,} exchanges", ""]
    out.append(f"`analyze`: {r['summary']}")
    out.append("")
    out.append(md_table(["Measure", "Value", "Goal", "Result"], goals_of(r)))
    out.append("")
    rows = []
    for g, (f, t, s) in r["groups"].items():
        rows.append((g, t, f, fmt_pct(s)))
    out.append(md_table(["Benign group", "Accounts", "In flagged clusters", "Share"], rows))
    out.append("")
    rows = []
    for a, sp in r["spread"].items():
        piv = r["expected_pivots"].get(a)
        found = r["pivots_found"].get(a)
        pv = "no pivot expected" if piv is None else (
            f"{piv}: found (cluster {', '.join(map(str, found))})" if found else f"{piv}: NOT found")
        rows.append((a, r["actor_sizes"][a], sp["clusters"], sp["largest"], sp["singletons"], pv))
    out.append(md_table(["Actor", "Accounts", "Clusters", "Largest cluster", "Singletons", "Pivot"], rows))
    if r["false_pivots"]:
        out.append("")
        out.append("False pivots: " + "; ".join(
            f"cluster {c} → {m} (mostly {g or '?'}, {100 * s:.0f} %)" for c, m, g, s in r["false_pivots"]))
    if r["mixed_flagged"]:
        out.append("")
        out.append("Flagged clusters mixing actors: " + "; ".join(
            f"cluster {c}: {a}" for c, a in r["mixed_flagged"]))
    out.append("")
    out.append(
        f"Clustering alone (whatever is flagged): {r['clusters']:,} clusters, {r['multi_clusters']:,} with several "
        f"accounts; {len(r['mixed_any'])} mix two or more actors; {len(r['actor_benign_mix'])} mix actor and "
        f"benign accounts. Flagging every cluster of {ORACLE_MIN_SIZE}+ accounts that is mostly campaign "
        f"accounts would give recall {fmt_share(r['oracle_recall'])}, precision "
        f"{fmt_share(r['oracle_precision'])}, look-alikes flagged {fmt_pct(r['oracle_lookalikes'])}.")
    if r["benign_multi"]:
        out.append("Multi-account clusters that are mostly benign, by group: " + ", ".join(
            f"{g} {n}" for g, n in sorted(r["benign_multi"].items())) + ".")
    if r["mixed_any"]:
        out.append("Clusters mixing actors: " + "; ".join(f"cluster {c}: {a}" for c, a in r["mixed_any"][:10]))
    if r["benign_mix"]:
        out.append("Clusters mixing benign groups: " + "; ".join(
            f"cluster {c}: {dict(sorted(g.items()))}" for c, g in r["benign_mix"][:10])
            + (" …" if len(r["benign_mix"]) > 10 else ""))
    if r["actor_benign_mix"]:
        out.append("Clusters mixing actor and benign accounts: " + "; ".join(
            f"cluster {c}: {dict(sorted(g.items()))}" for c, g in r["actor_benign_mix"][:10])
            + (" …" if len(r["actor_benign_mix"]) > 10 else ""))
    return "\n".join(out)


def overall(results):
    """(rows for the overall table, list of (goal, verdict))."""
    rows = []
    for r in results:
        found = r["pivots_found"]
        rows.append((f"{r['seed']}", f"{r['accounts']:,}", f"{r['exchanges']:,}", r["flagged_clusters"],
                     fmt_share(r["recall"]),
                     fmt_share(r["precision"]), fmt_pct(r["groups"]["look-alikes overall"][2]),
                     len(r["mixed_flagged"]), f"{sum(1 for v in found.values() if v)}/{len(found)}",
                     len(r["false_pivots"])))
    def all_ok(pred):
        return "PASS" if results and all(pred(r) for r in results) else "FAIL"
    verdicts = [
        (f"recall ≥ {RECALL_GOAL}", all_ok(lambda r: r["recall"] is not None and r["recall"] >= RECALL_GOAL)),
        (f"precision ≥ {PRECISION_GOAL}",
         all_ok(lambda r: r["precision"] is not None and r["precision"] >= PRECISION_GOAL)),
        (f"look-alikes flagged ≤ {100 * LOOKALIKE_FLAGGED_GOAL:.0f} %",
         all_ok(lambda r: (r["groups"]["look-alikes overall"][2] or 0) <= LOOKALIKE_FLAGGED_GOAL)),
        ("no flagged cluster mixes actors", all_ok(lambda r: not r["mixed_flagged"])),
        ("every pivoting campaign found", all_ok(lambda r: all(r["pivots_found"].values()))),
        ("no false pivot", all_ok(lambda r: not r["false_pivots"])),
    ]
    return rows, verdicts


def cross_config_tables(results):
    """Two compact tables with one column per configuration: benign groups in flagged clusters,
    and how each actor is spread over clusters."""
    head = ["Group"] + [f"s{r['seed']} / {r['accounts'] // 1000}k" for r in results]
    groups = list(LOOKALIKE_GROUPS) + [ORDINARY_GROUP, "look-alikes overall"]
    benign = md_table(head, [[g] + [f"{r['groups'][g][0]}/{r['groups'][g][1]} ({fmt_pct(r['groups'][g][2])})"
                                    for r in results] for g in groups])
    actors = sorted({a for r in results for a in r["spread"]})
    rows = []
    for a in actors:
        row = [a]
        for r in results:
            sp = r["spread"].get(a)
            if sp is None:
                row.append("–")
                continue
            piv = r["pivots_found"].get(a)
            pv = "" if a not in r["expected_pivots"] else (" pivot found" if piv else " pivot NOT found")
            row.append(f"{r['actor_sizes'][a]} acc. in {sp['clusters']} cl. (largest {sp['largest']}, "
                       f"{sp['singletons']} single){pv}")
        rows.append(row)
    spread = md_table(["Actor"] + head[1:], rows)
    return benign, spread


def notes(results):
    """One line per configuration with anything odd: mixed clusters, false pivots, missed pivots."""
    out = []
    for r in results:
        bits = []
        if r["mixed_flagged"]:
            bits.append(f"{len(r['mixed_flagged'])} flagged clusters mix actors")
        if r["false_pivots"]:
            bits.append("false pivots: " + "; ".join(f"cluster {c} → {m} (mostly {g}, {100 * sh:.0f} %)"
                                                      for c, m, g, sh in r["false_pivots"]))
        missed = [a for a, v in r["pivots_found"].items() if not v]
        if missed:
            bits.append("pivot not found for " + ", ".join(missed))
        if r["mixed_any"]:
            bits.append(f"{len(r['mixed_any'])} clusters (flagged or not) mix actors")
        if r["actor_benign_mix"]:
            bits.append(f"{len(r['actor_benign_mix'])} clusters mix actor and benign accounts")
        if r["benign_mix"]:
            bits.append("clusters mixing benign groups: " + "; ".join(
                f"{c} ({', '.join(f'{n} {g}' for g, n in sorted(gs.items()))})" for c, gs in r["benign_mix"][:5]))
        bits.append(f"flagging every mostly-campaign cluster of {ORACLE_MIN_SIZE}+ accounts would give recall "
                    f"{fmt_share(r['oracle_recall'])}, "
                    f"precision {fmt_share(r['oracle_precision'])}")
        out.append(f"- Seed {r['seed']}, {r['accounts']:,} accounts: " + "; ".join(bits) + ".")
    return "\n".join(out)


def machine_line():
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {cpu}"


def commit_line(hydralens):
    """The commit the binary was built from: git in the source directory named by the build
    directory's CMakeCache.txt (BUILD/app/hydralens), "+dirty" if that tree has changes."""
    build = os.path.dirname(os.path.dirname(os.path.abspath(hydralens)))
    source = None
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("CMAKE_HOME_DIRECTORY:"):
                    source = line.split("=", 1)[1].strip()
    except OSError:
        pass
    if not source:
        return f"unknown (no CMakeCache.txt in {build})"
    try:
        c = subprocess.run(["git", "-C", source, "rev-parse", "--short", "HEAD"], capture_output=True,
                           text=True).stdout.strip()
        if not c:
            return f"unknown (built from {source}, not a git checkout)"
        dirty = subprocess.run(["git", "-C", source, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return c + ("+dirty" if dirty else "")
    except OSError:
        return f"unknown (built from {source})"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Scores HydraLens clusters and pivots against the demo truth file.")
    ap.add_argument("--hydralens", required=True, help="the hydralens binary (a Release build)")
    ap.add_argument("--config", action="append", metavar="SEED:ACCOUNTS:EXCHANGES",
                    help="a demo configuration, repeatable (default: " + ", ".join(DEFAULT_CONFIGS) + ")")
    ap.add_argument("--work", default=os.environ.get("BENCH_WORK") or os.path.join("bench", "work-quality"),
                    help="work directory (default: $BENCH_WORK or bench/work-quality)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 1 if e.code else 0
    log = lambda s: print(s, flush=True)  # noqa: E731
    try:
        if not (os.path.isfile(args.hydralens) and os.access(args.hydralens, os.X_OK)):
            raise UsageError(f"hydralens binary not found at {args.hydralens}; build first, e.g.: "
                             "cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build")
        configs = [parse_config(c) for c in (args.config or DEFAULT_CONFIGS)]
        os.makedirs(args.work, exist_ok=True)
        gi = os.path.join(args.work, ".gitignore")
        if not os.path.exists(gi):
            with open(gi, "w", encoding="utf-8") as f:
                f.write("*\n")
    except (UsageError, OSError) as e:
        print(f"analysis_quality: error: {e}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    results = []
    for seed, accounts, exchanges in configs:
        log(f"== seed {seed}, {accounts} accounts, {exchanges} exchanges")
        try:
            results.append(measure(os.path.abspath(args.hydralens), args.work, seed, accounts, exchanges, log))
        except (StepFailed, OSError) as e:
            print(f"analysis_quality: error: {e}", file=sys.stderr)
            return 2
        log("")
        log(config_report(results[-1]))
        log("")

    rows, verdicts = overall(results)
    table = md_table(["Seed", "Accounts", "Exchanges", "Flagged clusters", "Recall", "Precision", "Look-alikes flagged",
                      "Mixed flagged clusters", "Pivots found", "False pivots"], rows)
    goals = md_table(["Goal", "Result"], verdicts)
    log("== overall")
    log(table)
    log("")
    log(goals)
    log("")
    print("---- paste into bench/README.md ----\n")
    print(md_table(["", ""], [("Date", time.strftime("%Y-%m-%d", time.gmtime())), ("Commit", commit_line(args.hydralens)),
                              ("Machine", machine_line()),
                              ("Python", platform.python_version())]))
    print()
    print(table)
    print()
    print(goals)
    benign, spread = cross_config_tables(results)
    print()
    print(benign)
    print()
    print(spread)
    print()
    print(notes(results))
    print("\n---- end ----")
    return 0


if __name__ == "__main__":
    sys.exit(main())
