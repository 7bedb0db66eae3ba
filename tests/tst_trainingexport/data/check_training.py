#!/usr/bin/env python3
"""Reads a HydraLens training export with pandas and trains scikit-learn on it.

Usage: check_training.py EXPORT_DIR   (run by tst_trainingexport; exits 1 with a message on a mismatch)

Checks that training.csv has the manifest's columns in order, numeric feature columns, the
documented label and split values, the manifest's counts, the same rows as training.jsonl, and
that a logistic regression fitted on split == "train" (missing values as 0, weights from the
weight column) scores the test split.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import is_numeric_dtype
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def check(condition, message):
    if not condition:
        print("check_training: " + message, file=sys.stderr)
        sys.exit(1)


def main():
    folder = Path(sys.argv[1])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    csv = pd.read_csv(folder / "training.csv", dtype={"account_id": str})
    jsonl = pd.read_json(folder / "training.jsonl", lines=True, dtype={"account_id": str}, precise_float=True,
                         convert_dates=False)

    columns = [c["name"] for c in manifest["columns"]]
    features = [c["name"] for c in manifest["columns"] if c["source"] in ("account", "cluster")]
    check(list(csv.columns) == columns, "CSV columns differ from the manifest's")
    check(list(jsonl.columns) == columns, "JSONL keys differ from the manifest's")
    check(len(features) == len(columns) - 5, "expected 5 columns before the features")
    for name in features + ["weight", "cluster_id"]:
        check(is_numeric_dtype(csv[name]), f"column {name} is {csv[name].dtype}, not numeric")
    check(set(csv["label"]) <= {"distillation", "benign"}, "unexpected label values")
    check(set(csv["split"]) <= {"train", "valid", "test"}, "unexpected split values")
    check(csv["account_id"].is_unique, "account_id repeats")
    check(list(csv["account_id"]) == list(jsonl["account_id"]), "CSV and JSONL rows differ")
    check(np.array_equal(csv[features].to_numpy(float), jsonl[features].to_numpy(float), equal_nan=True),
          "CSV and JSONL features differ")

    counts = manifest["counts"]
    check(len(csv) == counts["rows"], "row count differs from the manifest")
    for label, by_split in counts["by_label_and_split"].items():
        for split, n in by_split.items():
            have = int(((csv["label"] == label) & (csv["split"] == split)).sum())
            check(have == n, f"{label}/{split}: {have} rows, manifest says {n}")

    train = csv[csv["split"] == "train"]
    test = csv[csv["split"] == "test"]
    check(train["label"].nunique() == 2, "train needs both labels")
    model = make_pipeline(SimpleImputer(strategy="constant", fill_value=0.0), StandardScaler(),
                          LogisticRegression(max_iter=2000))
    model.fit(train[features], train["label"] == "distillation",
              logisticregression__sample_weight=train["weight"])
    truth = test["label"] == "distillation"
    accuracy = accuracy_score(truth, model.predict(test[features]))
    line = f"pandas read {len(csv)} rows x {len(columns)} columns; logistic regression on {len(train)} train rows: "
    line += f"test accuracy {accuracy:.3f} on {len(test)} rows"
    if truth.nunique() == 2:
        line += f", ROC AUC {roc_auc_score(truth, model.predict_proba(test[features])[:, 1]):.3f}"
    print(line)
    check(accuracy > 0.5, "the model does no better than chance on the test split")


if __name__ == "__main__":
    main()
