"""The Gymnasium adapter against the C# environments: same seed and actions, same observations."""

import numpy as np
import pytest

import rlgym_client
from rlgym_client._protocol import pb
from conftest import canonical, csharp_trace, digest, trace_info


def play(env, seed, actions):
    observation, info = env.reset(seed=seed)
    steps = [(digest(observation, env.observation_space), 0.0, False, False, canonical(info))]
    for action in actions:
        observation, reward, terminated, truncated, info = env.step(action)
        assert env.observation_space.contains(observation)
        steps.append((digest(observation, env.observation_space), reward, terminated, truncated, canonical(info)))
        if terminated or truncated:
            break
    return steps


def expected(trace):
    """The C# trajectory, infos included: the client's info is the C# environment's, value for value."""
    return [(s["observation"], float(s["reward"]), s["terminated"], s["truncated"], trace_info(s)) for s in trace]


def test_catmouse_spaces_are_gymnasium_shaped(server):
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        assert env.observation_space.shape == (4,)
        assert env.observation_space.dtype == np.float32
        assert float(env.observation_space.low.min()) == 0.0 and float(env.observation_space.high.max()) == 1.0
        assert env.action_space.n == 4
        env.action_space.seed(3)
        assert env.action_space.contains(env.action_space.sample())
        assert not env.action_space.contains(4)


def test_catmouse_termination_matches_csharp(server):
    actions = ["0", "1", "2", "3"] * 3
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        for seed in range(40):
            steps = play(env, seed, [int(a) for a in actions])
            if steps[-1][2]:
                break
        assert steps[-1][2], "no seed below 40 ended on the cat"
    assert steps == expected(csharp_trace("CatMouse-v0", seed, actions))


def test_catmouse_truncation_matches_csharp(server):
    actions = ["0", "2"] * 6  # up and down: the mouse rarely meets the cat, so the 10-move limit truncates
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        for seed in range(40):
            steps = play(env, seed, [int(a) for a in actions])
            if steps[-1][3]:
                break
        assert steps[-1][3] and not steps[-1][2], "no seed below 40 was truncated"
        assert len(steps) == 11
    assert steps == expected(csharp_trace("CatMouse-v0", seed, actions))


def test_step_before_reset_and_after_the_end_is_refused(server):
    with rlgym_client.make("CatMouse-v0", address=server.address, max_episode_steps=1) as env:
        with pytest.raises(RuntimeError, match="reset"):
            env.step(0)
        env.reset(seed=0)
        _, _, terminated, truncated, _ = env.step(0)
        assert terminated or truncated
        with pytest.raises(RuntimeError, match="reset"):
            env.step(0)


def test_bad_requests_get_one_line_errors_and_the_stream_goes_on(server):
    with pytest.raises(rlgym_client.RlGymError, match="NOT_FOUND.*NoSuchEnv-v0"):
        rlgym_client.make("NoSuchEnv-v0", address=server.address)
    with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT.*width"):
        rlgym_client.make("CatMouse-v0", address=server.address, width="wide")
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        env.reset(seed=1)
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: Action 7 .*outside Discrete\\(4\\)") as caught:
            env.step(7)
        assert "\n" not in str(caught.value)
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: Tensor 'action' holds 1.5, which is not a int32"):
            env.step(1.5)  # sent as it is (a double), refused by the server
        malformed = pb.Tensor()
        malformed.strings.array.append("up")
        with pytest.raises(rlgym_client.RlGymError, match="INVALID_ARGUMENT: Tensor 'action' has no numeric items"):
            env._world.step({1: malformed})
        observation, reward, terminated, truncated, _ = env.step(1)
        assert env.observation_space.contains(observation)


def test_doom_basic_matches_csharp(server):
    actions = ["1", "2", "3", "0", "1", "1", "3", "2"]
    with rlgym_client.make("Doom/Basic-v0", address=server.address) as env:
        assert list(env.observation_space.spaces) == ["screen", "gamevariables"]
        screen, variables = env.observation_space["screen"], env.observation_space["gamevariables"]
        assert screen.shape == (120, 160, 3) and screen.dtype == np.uint8
        assert variables.shape == (1,) and variables.dtype == np.float32  # Basic's AMMO2
        steps = play(env, 11, [int(a) for a in actions])
    assert steps == expected(csharp_trace("Doom/Basic-v0", 11, actions))


def test_nethack_score_matches_csharp(server):
    actions = ["0", "1", "2", "3", "4", "5", "6", "7", "10", "11"]
    with rlgym_client.make("NetHackScore-v0", address=server.address) as env:
        glyphs = env.observation_space["glyphs"]
        assert glyphs.shape == (21, 79) and glyphs.dtype == np.int16  # widened to int32 on the wire, narrowed back
        observation, _ = env.reset(seed=42)
        assert observation["glyphs"].dtype == np.int16 and env.observation_space.contains(observation)
        steps = play(env, 42, [int(a) for a in actions])
    assert steps == expected(csharp_trace("NetHackScore-v0", 42, actions))


def test_doom_infos_carry_the_game_variables_unless_turned_off(server):
    with rlgym_client.make("Doom/Basic-v0", address=server.address, game_variables=True) as env:
        _, info = env.reset(seed=3)
        _, _, _, _, info = env.step(0)
        assert set(info) >= {"health", "ammo"} and info["health"] == 100
    with rlgym_client.make("Doom/Basic-v0", address=server.address, info=False, game_variables=True) as env:
        assert env.reset(seed=3)[1] == {} and env.step(0)[4] == {}


def test_a_server_with_a_token_refuses_calls_without_it():
    with rlgym_client.Server("CatMouse-v0", extra_args=["--token", "s3cret"]) as guarded:
        with pytest.raises(rlgym_client.RlGymError, match="UNAUTHENTICATED|16"):
            rlgym_client.make("CatMouse-v0", address=guarded.address, token="")
        with rlgym_client.make("CatMouse-v0", address=guarded.address, token="s3cret") as env:
            observation, _ = env.reset(seed=0)
            assert env.observation_space.contains(observation)


def test_render_gives_the_environments_frame(server):
    with rlgym_client.make("CatMouse-v0", address=server.address, render_mode="rgb_array") as env:
        assert env.render_mode == "rgb_array"
        env.reset(seed=2)
        frame = env.render()
        assert frame.dtype == np.uint8 and frame.ndim == 3 and frame.shape[2] == 3 and frame.any()
    with rlgym_client.make("NetHackScore-v0", address=server.address, render_mode="ansi") as env:
        env.reset(seed=1)
        assert "@" in env.render()
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        env.reset(seed=2)
        assert env.render() is None
    with pytest.raises(rlgym_client.RlGymError, match="render_mode.*'human'"):
        rlgym_client.make("CatMouse-v0", address=server.address, render_mode="human")


def test_a_script_that_never_closes_its_env_still_exits(server, tmp_path):
    # An open gRPC stream at interpreter exit used to keep the process waiting forever; the client closes what is
    # still open at exit. The timeout only turns a hang into a failure.
    import os
    import subprocess
    import sys

    script = tmp_path / "no_close.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {os.path.dirname(os.path.dirname(rlgym_client.__file__))!r})\n"
        "import rlgym_client\n"
        f"env = rlgym_client.make('CatMouse-v0', address={server.address!r})\n"
        "env.reset(seed=0)\n"
        "env.step(0)\n"
        "print('stepped')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stepped"
