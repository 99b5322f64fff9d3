"""Shared fixtures: one server for the whole session, and the C# side's trajectories from ``rlgym trace``."""

import hashlib
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import rlgym_client  # noqa: E402
from rlgym_client import _world  # noqa: E402
from rlgym_client import server as _server  # noqa: E402


@pytest.fixture(scope="session")
def server():
    with rlgym_client.Server("all") as running:
        yield running


@pytest.fixture(scope="session")
def plugins(tmp_path_factory):
    """A folder holding the test plugin (tests/RlGym.TestPlugin, built with the solution): Plugin/Coin-v0 and the
    rovers whose action is a Dict."""
    built = os.path.join(_server.REPO, "tests", "RlGym.TestPlugin", "bin", "Release", "net10.0", "RlGym.TestPlugin.dll")
    if not os.path.exists(built):
        pytest.fail(f"the test plugin is not built ({built}): dotnet build RlGym.sln -c Release")
    folder = tmp_path_factory.mktemp("plugins")
    shutil.copy(built, folder)
    return str(folder)


@pytest.fixture(scope="session")
def plugin_server(plugins):
    """One server hosting every environment, the test plugin's included."""
    with rlgym_client.Server("all", plugins=plugins) as running:
        yield running


def csharp_trace(env_id, seed, actions, options=(), plugins=None):
    """The C# environment's trajectory for the seed and actions, one dict per step (step 0 is the reset)."""
    command = _server._command() + (["--plugins", plugins] if plugins else [])
    command += ["trace", env_id, "--seed", str(seed), "--actions", " ".join(actions)]
    for option in options:
        command += ["--option", option]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"rlgym trace failed: {done.stderr}"
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def digest(observation, space):
    """SHA-256 of the observation's items as the server sent them (see RlGym.Server.ObservationDigest)."""
    hasher = hashlib.sha256()

    def feed(value, sub):
        if isinstance(getattr(sub, "spaces", None), dict):
            for key, child in sub.spaces.items():
                feed(value[key], child)
        elif type(sub).__name__ == "Discrete":
            hasher.update(np.int32(value).tobytes())
        elif type(sub).__name__ == "MultiBinary":
            hasher.update(np.ascontiguousarray(value, dtype=np.uint8).tobytes())
        elif np.asarray(value).dtype in (np.int16, np.uint16):  # widened on the wire (dm_env_rpc has no 16-bit type)
            wide = np.int32 if np.asarray(value).dtype == np.int16 else np.uint32
            hasher.update(np.ascontiguousarray(value, dtype=wide).tobytes())
        else:
            hasher.update(np.ascontiguousarray(value).tobytes())

    feed(observation, space)
    return hasher.hexdigest()


def canonical(info):
    """An info dict in a form == compares exactly: NumPy arrays become (dtype, shape, items)."""
    if isinstance(info, dict):
        return {key: canonical(value) for key, value in info.items()}
    if isinstance(info, list):
        return [canonical(value) for value in info]
    if isinstance(info, np.ndarray):
        return ("ndarray", info.dtype.str, info.shape, info.tolist())
    return info


def trace_info(step):
    """The info of one ``rlgym trace`` step, decoded as the client decodes the ``info`` observation."""
    return canonical(json.loads(step["info"], object_hook=_world._ndarray_hook))
