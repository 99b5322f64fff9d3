"""Dict actions from Python: the test plugin's rovers (tests/RlGym.TestPlugin), whose action is a Dict with a nested
Dict, against their C# twins that take an integer standing for each Dict action (``rlgym trace`` replays integers)."""

import numpy as np
import pytest

import rlgym_client
from conftest import csharp_trace, digest

STEPS = 8


def rover_action(index):
    """The Dict action integer ``index`` stands for (the C# side's Rover.ActionOf), as Gymnasium's Dict space holds it."""
    return {
        "move": np.int64(index % 4),
        "speed": np.array([index // 4 % 3 * 0.5, index % 5 * 0.25], dtype=np.float32),
        "lights": np.array([index % 2, index // 2 % 2], dtype=np.int8),
        "arm": {"joint": np.array([index % 3, index % 5], dtype=np.int64)},
    }


INDICES = [7, 0, 59, 33, 18, 41, 5, 26]


def test_the_action_space_is_a_nested_dict(plugin_server):
    with rlgym_client.make("Plugin/Rover-v0", address=plugin_server.address) as env:
        space = env.action_space
        assert list(space.spaces) == ["move", "speed", "lights", "arm"]
        assert space["move"].n == 4 and space["speed"].shape == (2,) and space["speed"].dtype == np.float32
        assert list(space["arm"].spaces) == ["joint"] and space["arm"]["joint"].nvec.tolist() == [3, 5]
        space.seed(5)
        assert space.contains(space.sample())
        env.reset(seed=0)
        for _ in range(STEPS):  # Gymnasium's own samples travel as they are
            env.step(space.sample())


def test_dict_actions_match_csharp(plugin_server, plugins):
    with rlgym_client.make("Plugin/Rover-v0", address=plugin_server.address) as env:
        observation, _ = env.reset(seed=12)
        steps = [(digest(observation, env.observation_space), 0.0, False, False)]
        for index in INDICES:
            observation, reward, terminated, truncated, _ = env.step(rover_action(index))
            steps.append((digest(observation, env.observation_space), reward, terminated, truncated))
        assert terminated
    trace = csharp_trace("Plugin/RoverIndexed-v0", 12, [str(i) for i in INDICES], plugins=plugins)
    assert steps == [(s["observation"], float(s["reward"]), s["terminated"], s["truncated"]) for s in trace]


def test_parallel_dict_actions_match_csharp(plugin_server, plugins):
    pairs = list(zip(INDICES, reversed(INDICES)))
    with rlgym_client.make_parallel("Plugin/RoverPair-v0", address=plugin_server.address) as env:
        assert env.possible_agents == ["left", "right"]
        assert list(env.action_space("right").spaces) == ["move", "speed", "lights", "arm"]
        observations, _ = env.reset(seed=3)
        steps = [{a: (digest(o, env.observation_space(a)), 0.0, False, False) for a, o in observations.items()}]
        for left, right in pairs:
            observations, rewards, terminations, truncations, _ = env.step({"left": rover_action(left), "right": rover_action(right)})
            steps.append({a: (digest(o, env.observation_space(a)), rewards[a], terminations[a], truncations[a]) for a, o in observations.items()})
        assert env.agents == []
    trace = csharp_trace("Plugin/RoverPairIndexed-v0", 3, [f"left={l},right={r}" for l, r in pairs], plugins=plugins)
    assert steps == [{a: (v["observation"], float(v["reward"]), v["terminated"], v["truncated"]) for a, v in s["agents"].items()}
                     for s in trace]


def test_vector_dict_actions_match_single_environments(plugin_server):
    count, seed = 5, 40
    rng = np.random.default_rng(1)
    indices = rng.integers(0, 60, size=(4, count))
    with rlgym_client.make_vec("Plugin/Rover-v0", count, address=plugin_server.address) as vec:
        first, _ = vec.reset(seed=seed)
        batches = []
        for row in indices:
            actions = [rover_action(int(i)) for i in row]
            # Gymnasium's batched Dict: a dict of arrays with a leading dimension of the copies (nested alike).
            batched = {key: np.stack([a[key] for a in actions]) for key in ("move", "speed", "lights")}
            batched["arm"] = {"joint": np.stack([a["arm"]["joint"] for a in actions])}
            batches.append(vec.step(batched))
    with rlgym_client.make("Plugin/Rover-v0", address=plugin_server.address) as env:
        for copy in range(count):
            observation, _ = env.reset(seed=seed + copy)
            np.testing.assert_array_equal(observation, first[copy])
            for t, batch in enumerate(batches):
                observation, reward, terminated, truncated, _ = env.step(rover_action(int(indices[t, copy])))
                np.testing.assert_array_equal(observation, batch[0][copy])
                assert (reward, terminated, truncated) == (batch[1][copy], batch[2][copy], batch[3][copy])


def test_invalid_dict_actions_get_the_servers_one_line_error(plugin_server):
    with rlgym_client.make("Plugin/Rover-v0", address=plugin_server.address) as env:
        env.reset(seed=0)
        good = rover_action(3)
        refused = [
            ({k: v for k, v in good.items() if k != "speed"}, "The step has no action 'action/speed'"),
            ({**good, "arm": {}}, "no action 'action/arm/joint'"),
            ({**good, "speed": np.zeros(3, dtype=np.float32)}, "Tensor 'action/speed' has 3 items; expected 2"),
            ({**good, "move": 1.5}, "'action/move' holds 1.5"),
            ({**good, "move": "north"}, "'action/move' has no numeric items"),
            ({**good, "move": 4}, "Action 4 for 'action/move' is outside Discrete\\(4\\)"),
            ({**good, "speed": np.array([3.0, 0.0], dtype=np.float32)}, "'action/speed' is outside Box"),
        ]
        for action, message in refused:
            with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: .*(" + message + ")") as caught:
                env.step(action)
            assert "\n" not in str(caught.value)
        with pytest.raises(ValueError, match="'wheels'"):
            env.step({**good, "wheels": 2})  # a key the space lacks cannot be named to the server: refused here
        with pytest.raises(ValueError, match="dict"):
            env.step(3)
        observation, _, _, _, _ = env.step(good)  # the stream goes on
        assert env.observation_space.contains(observation)
    with rlgym_client.make_vec("Plugin/Rover-v0", 2, address=plugin_server.address) as vec:
        vec.reset(seed=0)
        batched = {"move": np.array([0, 1]), "speed": np.zeros((2, 2), np.float32), "lights": np.zeros((2, 2), np.int8),
                   "arm": {"joint": np.array([[0, 0], [2, 7]])}}
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: .*copy 1 for 'action/arm/joint'"):
            vec.step(batched)
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: .*no action 'action/lights'"):
            vec.step({k: v for k, v in batched.items() if k != "lights"})
        batched["arm"]["joint"][1] = [2, 4]
        observations, _, _, _, _ = vec.step(batched)
        assert observations.shape == (2, 5)
    with rlgym_client.make_parallel("Plugin/RoverPair-v0", address=plugin_server.address) as env:
        env.reset(seed=0)
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: .*no action 'right/action/move'"):
            env.step({"left": rover_action(1), "right": {k: v for k, v in rover_action(2).items() if k != "move"}})
        observations, _, _, _, _ = env.step({"left": rover_action(1), "right": rover_action(2)})
        assert set(observations) == {"left", "right"}
