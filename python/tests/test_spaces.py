"""The spaces built from the server's descriptions, duck-typed when gymnasium is absent."""

import numpy as np

from rlgym_client import spaces


def test_box_with_per_item_and_unbounded_bounds():
    box = spaces.from_description({"type": "Box", "dtype": "float32", "shape": [2, 2], "low": [0, 1, 2, None], "high": 5, })
    assert box.shape == (2, 2) and box.dtype == np.float32
    assert box.low[1, 1] == -np.inf and box.low[0, 1] == 1
    box.seed(4)
    assert box.contains(box.sample())
    assert not box.contains(np.full((2, 2), 6, dtype=np.float32))


def test_integer_box_null_bound_is_the_type_limit():
    box = spaces.from_description({"type": "Box", "dtype": "int64", "shape": [3], "low": None, "high": None})
    assert box.low[0] == np.iinfo(np.int64).min and box.high[0] == np.iinfo(np.int64).max


def test_discrete_multibinary_multidiscrete_and_dict():
    d = spaces.from_description({"type": "Dict", "spaces": {
        "a": {"type": "Discrete", "n": 3, "start": 1},
        "b": {"type": "MultiBinary", "shape": [4]},
        "c": {"type": "MultiDiscrete", "nvec": [2, 5], "start": [0, 0]},
    }})
    assert list(d.spaces) == ["a", "b", "c"]
    d.seed(1)
    sample = d.sample()
    assert d.contains(sample)
    assert d["a"].contains(3) and not d["a"].contains(0)
    assert not d["c"].contains(np.array([1, 5]))
    batched = spaces.batch_space(d["a"], 3)
    assert batched.shape == (3,)
