#!/usr/bin/python3
"""Reference values for FairnessTest: a plain pandas/numpy/scikit-learn computation of the
per-group rates and the disparities on the Telco file, from a fixed, transparent score (not a
trained model, so that the reference does not depend on ChurnLab):

    z = -1 + 0.9 [Contract == Month-to-month] - 0.03 tenure + 0.01 MonthlyCharges
    p = min(max(0.5 + z / 8, 0), 1)

at threshold 0.5. Only correctly rounded operations (no exp), so that C++ and numpy compute
bit-identical scores and ties fall alike. Run: /usr/bin/python3 tests/reference/fairness_reference.py ../shared/data/telco-churn.csv
"""
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

data = pd.read_csv(sys.argv[1])
z = -1 + 0.9 * (data.Contract == "Month-to-month") - 0.03 * data.tenure + 0.01 * data.MonthlyCharges
p = np.minimum(np.maximum(0.5 + z.to_numpy(dtype=float) / 8, 0.0), 1.0)
y = (data.Churn == "Yes").to_numpy(dtype=int)
flag = p >= 0.5


def ece(p, y):
    bins = np.searchsorted(np.arange(1, 10) / 10, p, side="left")
    total = 0.0
    for b in np.unique(bins):
        m = bins == b
        total += m.sum() * abs(p[m].mean() - y[m].mean())
    return total / len(p)


for column in ["gender", "SeniorCitizen"]:
    rates = {}
    for name, idx in data.groupby(column).indices.items():
        yy, ff, pp = y[idx], flag[idx], p[idx]
        tp = int((ff & (yy == 1)).sum())
        fp = int((ff & (yy == 0)).sum())
        rates[str(name)] = dict(
            size=len(idx), selection=ff.mean(), tpr=tp / (yy == 1).sum(), fpr=fp / (yy == 0).sum(),
            precision=tp / max(ff.sum(), 1), auc=roc_auc_score(yy, pp), ece=ece(pp, yy))
        print(column, name, {k: repr(v) for k, v in rates[str(name)].items()})
    sel = [r["selection"] for r in rates.values()]
    tpr = [r["tpr"] for r in rates.values()]
    fpr = [r["fpr"] for r in rates.values()]
    print(column, "dp_difference", repr(max(sel) - min(sel)), "dp_ratio", repr(min(sel) / max(sel)),
          "eo_difference", repr(max(max(tpr) - min(tpr), max(fpr) - min(fpr))))
