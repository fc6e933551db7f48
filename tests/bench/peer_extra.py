#!/usr/bin/python3
"""Peers for the learners ../shared/bench/peer_train.py does not cover: a decision tree, naive
Bayes and a small neural network from scikit-learn, on a --train/--test split, with the same
feature preparation as the other Python peers (peer_common.prepare). Prints one JSON line.

  /usr/bin/python3 tests/bench/peer_extra.py --train TRAIN.csv --test TEST.csv \
      --target churn --positive Yes --model tree|nb|mlp [--seed 42]

Hyperparameters mirror ChurnLab's defaults where the two share them: tree max_depth 8 and
min_samples_leaf 20; the MLP one hidden layer of 64 ReLU units, Adam, batch 256, early stopping.
"""
import argparse
import os
import sys
import time

from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.naive_bayes import GaussianNB
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

shared = os.environ.get("CHURNLAB_SHARED_BENCH",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/bench"))
sys.path.insert(0, shared)
from peer_common import load, target_vector, prepare, emit  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--positive", default="Yes")
    ap.add_argument("--model", required=True, choices=["tree", "nb", "mlp"])
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    tr, _ = load(a.train)
    te, _ = load(a.test)
    y_tr, y_te = target_vector(tr, a.target, a.positive), target_vector(te, a.target, a.positive)
    X_tr, X_te, cols, _, _ = prepare(tr, te, a.target, scale=(a.model != "tree"))
    model = {
        "tree": DecisionTreeClassifier(max_depth=8, min_samples_leaf=20, random_state=a.seed),
        "nb": GaussianNB(),
        "mlp": MLPClassifier(hidden_layer_sizes=(64,), batch_size=256, early_stopping=True,
                             max_iter=200, random_state=a.seed),
    }[a.model]
    t = time.perf_counter()
    model.fit(X_tr, y_tr)
    train_s = time.perf_counter() - t
    p = model.predict_proba(X_te)[:, 1]
    emit({"tool": "scikit-learn", "task": "train", "model": a.model, "train_s": round(train_s, 4),
          "auc": round(roc_auc_score(y_te, p), 6), "pr_auc": round(average_precision_score(y_te, p), 6),
          "logloss": round(log_loss(y_te, p), 6), "n_features": len(cols)})


if __name__ == "__main__":
    main()
