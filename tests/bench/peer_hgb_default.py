#!/usr/bin/python3
"""Peer for the AutoML benchmark: scikit-learn's HistGradientBoostingClassifier with every
setting at its default (early stopping on, as scikit-learn turns it on above 10 000 rows), on a
given train/test split, with the shared harness's features (peer_common.prepare).
    /usr/bin/python3 peer_hgb_default.py TRAIN.csv TEST.csv --target T --positive P
Prints one JSON line: train_s, auc."""
import argparse
import os
import sys
import time

sys.path.insert(0, os.environ.get("CHURNLAB_SHARED_BENCH",
                                  os.path.join(os.path.dirname(__file__), "../../../shared/bench")))
from peer_common import emit, load, prepare, target_vector  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("train"); ap.add_argument("test")
ap.add_argument("--target", required=True); ap.add_argument("--positive", default="Yes")
a = ap.parse_args()
tr, _ = load(a.train)
te, _ = load(a.test)
y_tr, y_te = target_vector(tr, a.target, a.positive), target_vector(te, a.target, a.positive)
X_tr, X_te, cols, note, _ = prepare(tr, te, a.target)
m = HistGradientBoostingClassifier(random_state=42)
t = time.perf_counter()
m.fit(X_tr, y_tr)
train_s = time.perf_counter() - t
emit({"tool": "sklearn.HistGradientBoosting(defaults)", "train_s": round(train_s, 4),
      "auc": round(roc_auc_score(y_te, m.predict_proba(X_te)[:, 1]), 6), "n_iter": int(m.n_iter_)})
