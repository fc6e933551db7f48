#!/usr/bin/python3
"""Peer for bench_treeshap: XGBoost's exact TreeSHAP (predict(pred_contribs=True)) on a model of
the same shape, 100 trees of depth 6 (hist, no early stopping), trained on a generated churn
file with the shared peers' feature preparation, explaining every row. One JSON line.

  /usr/bin/python3 tests/bench/peer_treeshap.py FILE.csv [--threads N]
"""
import argparse
import os
import sys
import time

import xgboost as xgb

shared = os.environ.get("CHURNLAB_SHARED_BENCH",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/bench"))
sys.path.insert(0, shared)
from peer_common import Prep, emit, load, target_vector  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--threads", type=int, default=os.cpu_count())
a = ap.parse_args()
df, _ = load(a.file)
x = Prep("churn").fit_transform(df)
y = target_vector(df, "churn", "Yes")
t = time.perf_counter()
model = xgb.XGBClassifier(tree_method="hist", n_estimators=100, max_depth=6, max_leaves=64,
                          learning_rate=0.3, n_jobs=a.threads)
model.fit(x, y)
fit = time.perf_counter() - t
booster = model.get_booster()
d = xgb.DMatrix(x, nthread=a.threads)
t = time.perf_counter()
contribs = booster.predict(d, pred_contribs=True)
seconds = time.perf_counter() - t
emit({"tool": "xgboost", "task": "treeshap", "rows": int(x.shape[0]), "features": int(x.shape[1]),
      "trees": 100, "fit_seconds": round(fit, 3), "explain_seconds": round(seconds, 3),
      "rows_per_second": round(x.shape[0] / seconds), "xgboost": xgb.__version__})
