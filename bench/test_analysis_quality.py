#!/usr/bin/env python3
"""Checks the metric functions of bench/analysis_quality.py on tiny hand-made inputs.

    python3 -m unittest bench/test_analysis_quality.py      (from the repo root)
    python3 bench/test_analysis_quality.py

Standard library only; not part of CTest (the benchmark is not a test).
"""

import collections
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analysis_quality as aq  # noqa: E402

Q, L, P, E = "actor:quarry", "actor:loom", "actor:prism", "actor:ember"
NAT, VPN, ORD = "benign:enterprise_nat", "benign:vpn_exit", "benign:ordinary"
EXPECTED = {Q: "atlas-4", L: "atlas-4", E: "atlas-4-mini"}


def cl(cid, flagged, **groups):
    """A cluster from keyword counts: cl(1, True, quarry=3, ordinary=1)."""
    names = {"quarry": Q, "loom": L, "prism": P, "ember": E, "nat": NAT, "vpn": VPN, "ordinary": ORD}
    return aq.Cluster(cid, flagged, collections.Counter({names[k]: n for k, n in groups.items()}))


class BuildClusters(unittest.TestCase):
    def test_resolves_case_ids_through_account_keys(self):
        clusters_json = {"clusters": [{"id": 10, "accounts": [1, 2, 3], "flagged": True},
                                      {"id": 11, "accounts": [4], "flagged": False}]}
        key_of = {1: "a", 2: "b", 3: "c", 4: "d"}
        truth = {"a": Q, "b": Q, "c": ORD, "d": VPN}
        got = aq.build_clusters(clusters_json, key_of, truth)
        self.assertEqual([(c.id, c.flagged, dict(c.groups)) for c in got],
                         [(10, True, {Q: 2, ORD: 1}), (11, False, {VPN: 1})])

    def test_unknown_accounts_are_counted_as_unknown(self):
        got = aq.build_clusters({"clusters": [{"id": 1, "accounts": [1, 2], "flagged": False}]},
                                {1: "a"}, {})
        self.assertEqual(dict(got[0].groups), {"unknown": 2})


class RecallPrecision(unittest.TestCase):
    sizes = collections.Counter({Q: 10, L: 10, ORD: 100})

    def test_counts_campaign_accounts_in_flagged_clusters(self):
        clusters = [cl(1, True, quarry=9, ordinary=1), cl(2, False, loom=10), cl(3, False, quarry=1),
                    cl(4, False, ordinary=99)]
        recall, precision, flagged, total, flagged_total = aq.recall_precision(clusters, self.sizes)
        self.assertEqual((flagged, total, flagged_total), (9, 20, 10))
        self.assertAlmostEqual(recall, 9 / 20)
        self.assertAlmostEqual(precision, 9 / 10)

    def test_nothing_flagged_has_no_precision(self):
        recall, precision, *_ = aq.recall_precision([cl(1, False, quarry=10)], self.sizes)
        self.assertEqual(recall, 0.0)
        self.assertIsNone(precision)


class BenignShares(unittest.TestCase):
    def test_per_group_and_overall_lookalikes(self):
        sizes = collections.Counter({NAT: 100, VPN: 50, ORD: 1000, Q: 10})
        clusters = [cl(1, True, quarry=10, vpn=1), cl(2, True, nat=2, ordinary=5), cl(3, False, nat=98)]
        got = aq.flagged_share_by_group(clusters, sizes, [NAT, VPN, ORD])
        self.assertEqual(got[NAT][:2], (2, 100))
        self.assertAlmostEqual(got[VPN][2], 1 / 50)
        self.assertAlmostEqual(got[ORD][2], 5 / 1000)
        self.assertEqual(got["look-alikes overall"][:2], (3, 150))  # ordinary is not a look-alike

    def test_group_absent_from_truth_has_no_share(self):
        got = aq.flagged_share_by_group([], collections.Counter(), [NAT])
        self.assertIsNone(got[NAT][2])
        self.assertIsNone(got["look-alikes overall"][2])


class Purity(unittest.TestCase):
    def test_mixed_flagged_cluster_is_counted(self):
        clusters = [cl(1, True, quarry=50, loom=1), cl(2, True, prism=40, ordinary=3),
                    cl(3, False, ember=5, loom=5)]
        self.assertEqual(aq.mixed_clusters(clusters), [(1, {Q: 50, L: 1})])
        self.assertEqual(len(aq.mixed_clusters(clusters, flagged_only=False)), 2)

    def test_largest_non_actor_share(self):
        clusters = [cl(1, True, quarry=9, ordinary=1), cl(2, True, prism=3, nat=1), cl(3, False, ordinary=50)]
        share, cid = aq.largest_non_actor_share(clusters)
        self.assertAlmostEqual(share, 0.25)
        self.assertEqual(cid, 2)
        self.assertEqual(aq.largest_non_actor_share([cl(1, False, quarry=3)]), (None, None))


class Pivots(unittest.TestCase):
    clusters = [cl(1, True, quarry=90, ordinary=10), cl(2, True, loom=60, quarry=40),
                cl(3, True, ember=20), cl(4, False, nat=300), cl(5, True, prism=50)]

    def test_every_expected_pivot_found(self):
        pivots = [{"cluster": 1, "model": "atlas-4", "flagged": True},
                  {"cluster": 2, "model": "atlas-4", "flagged": True},
                  {"cluster": 3, "model": "atlas-4-mini", "flagged": True},
                  {"cluster": 3, "model": "atlas-4", "flagged": False}]
        found, false_pivots = aq.pivot_results(pivots, self.clusters, EXPECTED)
        self.assertEqual(found, {Q: [1], L: [2], E: [3]})
        self.assertEqual(false_pivots, [])

    def test_false_pivots_are_counted(self):
        pivots = [{"cluster": 4, "model": "atlas-4", "flagged": True},       # the enterprise
                  {"cluster": 5, "model": "atlas-4", "flagged": True},       # prism does not pivot
                  {"cluster": 1, "model": "atlas-4-mini", "flagged": True},  # quarry, wrong model
                  {"cluster": 1, "model": "atlas-4", "flagged": True}]
        found, false_pivots = aq.pivot_results(pivots, self.clusters, EXPECTED)
        self.assertEqual(found, {Q: [1], L: [], E: []})
        self.assertEqual([(c, m, g) for c, m, g, _ in false_pivots],
                         [(4, "atlas-4", NAT), (5, "atlas-4", P), (1, "atlas-4-mini", Q)])

    def test_cluster_that_is_half_an_actor_is_not_mostly_it(self):
        clusters = [cl(1, True, quarry=5, ordinary=5)]
        found, false_pivots = aq.pivot_results([{"cluster": 1, "model": "atlas-4", "flagged": True}],
                                               clusters, EXPECTED)
        self.assertEqual(found[Q], [])
        self.assertEqual(len(false_pivots), 1)

    def test_expected_pivots_from_truth(self):
        truth = {"actors": [{"group": Q, "pivot": {"model": "atlas-4"}}, {"group": P, "pivot": None},
                            {"group": E, "pivot": {"model": "atlas-4-mini"}}]}
        self.assertEqual(aq.expected_pivots_from_truth(truth), {Q: "atlas-4", E: "atlas-4-mini"})


class Spread(unittest.TestCase):
    def test_clusters_singletons_and_largest(self):
        clusters = [cl(1, True, quarry=7, ordinary=1), cl(2, False, quarry=1), cl(3, False, quarry=1),
                    cl(4, False, quarry=2), cl(5, False, loom=3)]
        self.assertEqual(aq.actor_spread(clusters, Q),
                         {"clusters": 4, "singletons": 2, "largest": 7, "accounts": 11})
        self.assertEqual(aq.actor_spread(clusters, E),
                         {"clusters": 0, "singletons": 0, "largest": 0, "accounts": 0})


class Oracle(unittest.TestCase):
    def test_flags_mostly_campaign_clusters_of_three_or_more(self):
        clusters = [cl(1, False, quarry=3, ordinary=1), cl(2, False, quarry=1), cl(3, True, nat=5, loom=1)]
        self.assertEqual([c.flagged for c in aq.oracle_flagging(clusters)], [True, False, False])


class Verdicts(unittest.TestCase):
    def test_goal_checks(self):
        self.assertEqual(aq.verdict_at_least(0.95, 0.95), "PASS")
        self.assertEqual(aq.verdict_at_least(0.949, 0.95), "FAIL")
        self.assertEqual(aq.verdict_at_most(0.021, 0.02), "FAIL")
        self.assertEqual(aq.verdict_at_most(None, 0.02), "n/a")

    def test_parse_config(self):
        self.assertEqual(aq.parse_config("7:24000:3000000"), (7, 24000, 3000000))
        with self.assertRaises(aq.UsageError):
            aq.parse_config("7:24000")


if __name__ == "__main__":
    unittest.main()
