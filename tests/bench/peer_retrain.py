#!/usr/bin/python3
"""Peer for `churnlab-cli retrain`: the same champion/challenger job scripted with pandas and
scikit-learn. Untimed: the champion (HistGradientBoosting, sklearn defaults) is fitted on
--champion-data. Timed, as one job: read --new, hold out a stratified --holdout share, fit the
feature preparation and a challenger with the same settings on the rest, score the holdout with
both (the champion through its own preparation), compute ROC AUC, and pickle the challenger.
Prints one JSON line: retrain_s (the timed job), both AUCs, rows, peak_rss_mb.

  /usr/bin/python3 tests/bench/peer_retrain.py --champion-data OLD.csv --new NEW.csv \
      --target churn --positive Yes --out challenger.pkl [--holdout 0.2] [--seed 42]
"""
import argparse
import os
import pickle
import sys
import time

from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

shared = os.environ.get("CHURNLAB_SHARED_BENCH",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/bench"))
sys.path.insert(0, shared)
from peer_common import Prep, emit, load, target_vector  # noqa: E402


def fitted(df, target, positive, seed):
    prep = Prep(target)
    x = prep.fit_transform(df)
    model = HistGradientBoostingClassifier(random_state=seed).fit(x, target_vector(df, target, positive))
    return prep, model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--champion-data", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--positive", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--holdout", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    old, _ = load(a.champion_data)
    champion = fitted(old, a.target, a.positive, a.seed)
    del old

    t = time.perf_counter()
    new, _ = load(a.new)
    y = target_vector(new, a.target, a.positive)
    rest, holdout = train_test_split(new, test_size=a.holdout, stratify=y, random_state=a.seed)
    challenger = fitted(rest, a.target, a.positive, a.seed)
    y_h = target_vector(holdout, a.target, a.positive)
    auc = {}
    for name, (prep, model) in (("champion", champion), ("challenger", challenger)):
        auc[name] = roc_auc_score(y_h, model.predict_proba(prep.transform(holdout))[:, 1])
    with open(a.out, "wb") as f:
        pickle.dump(challenger, f)
    emit({"tool": "pandas+sklearn", "task": "retrain", "rows": len(new), "holdout": len(holdout),
          "retrain_s": round(time.perf_counter() - t, 3), "champion_auc": round(auc["champion"], 4),
          "challenger_auc": round(auc["challenger"], 4)})


if __name__ == "__main__":
    main()
