#!/usr/bin/python3
"""Peer for saving and reopening a trained analysis: what a scikit-learn user does instead of a
ChurnLab project. Reads the CSV with pandas, fits the shared feature preparation, a
LogisticRegression and a HistGradientBoostingClassifier on a stratified 80 % split, keeps the
test scores, and saves it all with joblib; then loads the file back. Prints one JSON line with
the seconds of each step and the file's size.

  /usr/bin/python3 tests/bench/peer_project.py DATA.csv OUT.joblib --target churn --positive Yes
"""
import argparse
import os
import sys
import time

import joblib
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

shared = os.environ.get("CHURNLAB_SHARED_BENCH",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/bench"))
sys.path.insert(0, shared)
from peer_common import load, target_vector, Prep, emit  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--target", required=True)
    ap.add_argument("--positive", required=True)
    a = ap.parse_args()
    df, load_s = load(a.data)
    y = target_vector(df, a.target, a.positive)
    train, test, y_tr, y_te = train_test_split(df, y, test_size=0.2, stratify=y, random_state=42)
    t = time.perf_counter()
    prep = Prep(a.target, scale=True)
    X_tr = prep.fit_transform(train)
    X_te = prep.transform(test)
    lr = LogisticRegression(max_iter=100).fit(X_tr, y_tr)
    hgb = HistGradientBoostingClassifier(max_iter=100, random_state=42).fit(X_tr, y_tr)
    scores = {"lr": lr.predict_proba(X_te)[:, 1], "gbt": hgb.predict_proba(X_te)[:, 1]}
    fit_s = time.perf_counter() - t
    t = time.perf_counter()
    joblib.dump({"prep": prep, "lr": lr, "gbt": hgb, "scores": scores, "y_test": y_te}, a.out)
    save_s = time.perf_counter() - t
    t = time.perf_counter()
    back = joblib.load(a.out)
    open_s = time.perf_counter() - t
    assert len(back["scores"]["lr"]) == len(y_te)
    emit({"load_s": round(load_s, 3), "fit_s": round(fit_s, 3), "save_s": round(save_s, 3),
          "open_s": round(open_s, 3), "file_mb": round(os.path.getsize(a.out) / 1048576, 2)})


if __name__ == "__main__":
    main()
