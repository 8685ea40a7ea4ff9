"""Quadratic weighted kappa of every data set in datasets.json, by scikit-learn, written to sklearn.json.

The figure is cohen_kappa_score(consultant, reviewer, weights='quadratic', labels=range(min, max + 1)): the labels
span the whole scale, so unused categories still count in the weights. Where scikit-learn gives NaN (no expected
disagreement: both raters used one and the same score), the output holds null.
Run with Debian's python3 (python3-sklearn): /usr/bin/python3 scripts/agreement-reference/reference.py
"""
import json
import math
import os
import platform
import warnings

import numpy
import sklearn
from sklearn.metrics import cohen_kappa_score

HERE = os.path.dirname(os.path.abspath(__file__))


def kappa(data_set):
    consultant = [pair[0] for pair in data_set["pairs"]]
    reviewer = [pair[1] for pair in data_set["pairs"]]
    scale = data_set["scale"]
    labels = list(range(scale["min"], scale["max"] + 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = cohen_kappa_score(consultant, reviewer, weights="quadratic", labels=labels)
    return None if math.isnan(value) else float(value)


def main():
    with open(os.path.join(HERE, "datasets.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    out = {
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__,
        },
        "kappa": {data_set["name"]: kappa(data_set) for data_set in data["sets"]},
    }
    with open(os.path.join(HERE, "sklearn.json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, indent=1)
        handle.write("\n")
    print("wrote sklearn.json for", len(out["kappa"]), "data sets")


main()
