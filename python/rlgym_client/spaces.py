"""Gymnasium-shaped spaces built from the server's space descriptions.

When gymnasium is importable these are gymnasium.spaces objects. Otherwise small stand-ins with the same constructor
arguments and the members trainers use (shape, dtype, sample, contains, seed, n, start, nvec, low, high, spaces).
"""

import numpy as np

try:  # pragma: no cover - depends on what is installed
    import gymnasium.spaces as _gym_spaces
except ImportError:  # Debian 12 does not package gymnasium
    _gym_spaces = None


class Space:
    """Base of the stand-in spaces: a shape, a dtype and a seeded NumPy generator."""

    def __init__(self, shape=None, dtype=None, seed=None):
        self._shape = None if shape is None else tuple(int(d) for d in shape)
        self.dtype = None if dtype is None else np.dtype(dtype)
        self.np_random = np.random.default_rng(seed)

    @property
    def shape(self):
        return self._shape

    def seed(self, seed=None):
        self.np_random = np.random.default_rng(seed)
        return [seed]

    def __contains__(self, x):
        return self.contains(x)


class Discrete(Space):
    """The integers start, ..., start + n - 1."""

    def __init__(self, n, start=0, seed=None):
        super().__init__((), np.int64, seed)
        self.n = np.int64(n)
        self.start = np.int64(start)

    def sample(self):
        return np.int64(self.start + self.np_random.integers(self.n))

    def contains(self, x):
        if isinstance(x, (np.generic, np.ndarray)) and x.shape == () and np.issubdtype(x.dtype, np.integer):
            x = int(x)
        return isinstance(x, (int, np.integer)) and not isinstance(x, bool) and self.start <= x < self.start + self.n

    def __repr__(self):
        return f"Discrete({self.n})" if self.start == 0 else f"Discrete({self.n}, start={self.start})"

    def __eq__(self, other):
        return isinstance(other, Discrete) and self.n == other.n and self.start == other.start


class Box(Space):
    """Arrays of a shape and dtype whose items lie between low and high (both included)."""

    def __init__(self, low, high, shape=None, dtype=np.float32, seed=None):
        dtype = np.dtype(dtype)
        if shape is None:
            shape = np.shape(low) if np.ndim(low) else np.shape(high)
        super().__init__(shape, dtype, seed)
        self.low = np.full(self.shape, low, dtype=dtype) if np.ndim(low) == 0 else np.asarray(low, dtype=dtype).reshape(self.shape)
        self.high = np.full(self.shape, high, dtype=dtype) if np.ndim(high) == 0 else np.asarray(high, dtype=dtype).reshape(self.shape)

    def sample(self):
        if np.issubdtype(self.dtype, np.integer):
            return self.np_random.integers(self.low, self.high, endpoint=True, dtype=self.dtype)
        low = np.where(np.isfinite(self.low), self.low, -1.0).astype(np.float64)
        high = np.where(np.isfinite(self.high), self.high, 1.0).astype(np.float64)
        return self.np_random.uniform(low, high).astype(self.dtype)

    def contains(self, x):
        x = np.asarray(x)
        if x.shape != self.shape or not np.can_cast(x.dtype, self.dtype):
            return False
        return bool(np.all(x >= self.low) and np.all(x <= self.high))

    def __repr__(self):
        return f"Box({self.low.min() if self.low.size else ''}, {self.high.max() if self.high.size else ''}, {self.shape}, {self.dtype})"

    def __eq__(self, other):
        return isinstance(other, Box) and self.shape == other.shape and self.dtype == other.dtype \
            and np.array_equal(self.low, other.low) and np.array_equal(self.high, other.high)


class MultiBinary(Space):
    """Arrays of 0/1 int8 items of a shape."""

    def __init__(self, n, seed=None):
        self.n = n
        super().__init__((n,) if np.ndim(n) == 0 else tuple(n), np.int8, seed)

    def sample(self):
        return self.np_random.integers(0, 2, size=self.shape, dtype=self.dtype)

    def contains(self, x):
        x = np.asarray(x)
        return x.shape == self.shape and bool(np.all((x == 0) | (x == 1)))

    def __repr__(self):
        return f"MultiBinary({self.n})"


class MultiDiscrete(Space):
    """Several discrete choices: item i lies in [start[i], start[i] + nvec[i])."""

    def __init__(self, nvec, dtype=np.int64, seed=None, start=None):
        self.nvec = np.asarray(nvec, dtype=dtype)
        self.start = np.zeros_like(self.nvec) if start is None else np.asarray(start, dtype=dtype)
        super().__init__(self.nvec.shape, dtype, seed)

    def sample(self):
        return (self.start + self.np_random.integers(0, self.nvec)).astype(self.dtype)

    def contains(self, x):
        x = np.asarray(x)
        return x.shape == self.shape and bool(np.all(x >= self.start) and np.all(x < self.start + self.nvec))

    def __repr__(self):
        return f"MultiDiscrete({self.nvec.tolist()})"


class Dict(Space):
    """Named sub-spaces; elements are dicts with exactly the space's keys."""

    def __init__(self, spaces, seed=None):
        self.spaces = dict(spaces)
        super().__init__(None, None, seed)

    def sample(self):
        return {k: s.sample() for k, s in self.spaces.items()}

    def contains(self, x):
        return isinstance(x, dict) and x.keys() == self.spaces.keys() and all(self.spaces[k].contains(v) for k, v in x.items())

    def seed(self, seed=None):
        super().seed(seed)
        for i, space in enumerate(self.spaces.values()):
            space.seed(None if seed is None else seed + i)
        return [seed]

    def __getitem__(self, key):
        return self.spaces[key]

    def keys(self):
        return self.spaces.keys()

    def __repr__(self):
        return "Dict(" + ", ".join(f"{k!r}: {v}" for k, v in self.spaces.items()) + ")"


def _bound(value, dtype, upper):
    """A description's bound as NumPy values: null is unbounded (infinite, or the integer type's limit)."""
    def one(v):
        if v is not None:
            return v
        if np.issubdtype(dtype, np.integer):
            info = np.iinfo(dtype)
            return info.max if upper else info.min
        return np.inf if upper else -np.inf
    if isinstance(value, list):
        return np.array([one(v) for v in value], dtype=dtype)
    return one(value)


def from_description(d):
    """The space a server description (see rlgym_extensions.proto) stands for."""
    kinds = _gym_spaces if _gym_spaces is not None else None
    kind = d["type"]
    if kind == "Discrete":
        return (kinds.Discrete if kinds else Discrete)(d["n"], start=d["start"])
    if kind == "Box":
        dtype = np.dtype(d["dtype"])
        shape = tuple(d["shape"])
        low, high = _bound(d["low"], dtype, False), _bound(d["high"], dtype, True)
        if isinstance(low, np.ndarray):
            low = low.reshape(shape)
        if isinstance(high, np.ndarray):
            high = high.reshape(shape)
        return (kinds.Box if kinds else Box)(low, high, shape=shape, dtype=dtype)
    if kind == "MultiBinary":
        shape = d["shape"]
        return (kinds.MultiBinary if kinds else MultiBinary)(shape[0] if len(shape) == 1 else shape)
    if kind == "MultiDiscrete":
        return (kinds.MultiDiscrete if kinds else MultiDiscrete)(d["nvec"], start=d["start"])
    if kind == "Dict":
        return (kinds.Dict if kinds else Dict)({k: from_description(v) for k, v in d["spaces"].items()})
    raise ValueError(f"unknown space type {kind!r} in the server's description")


def batch_space(space, n):
    """The space of n stacked elements of ``space`` (Gymnasium's batch_space for the kinds the server sends)."""
    kinds = _gym_spaces
    if kinds is not None:
        from gymnasium.vector.utils import batch_space as gym_batch
        return gym_batch(space, n)
    if isinstance(space, Discrete):
        return MultiDiscrete(np.full(n, space.n), start=np.full(n, space.start))
    if isinstance(space, Box):
        return Box(np.stack([space.low] * n), np.stack([space.high] * n), dtype=space.dtype)
    if isinstance(space, MultiBinary):
        return Box(0, 1, shape=(n,) + space.shape, dtype=space.dtype)
    if isinstance(space, MultiDiscrete):
        return Box(np.stack([space.start] * n), np.stack([space.start + space.nvec - 1] * n), dtype=space.dtype)
    if isinstance(space, Dict):
        return Dict({k: batch_space(s, n) for k, s in space.spaces.items()})
    raise ValueError(f"cannot batch {space}")
