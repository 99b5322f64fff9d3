"""The PettingZoo and vector adapters."""

import numpy as np

import rlgym_client
from conftest import canonical, csharp_trace, digest, trace_info


def test_duel_matches_csharp_and_ends_with_no_agents(server):
    moves = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 0), (1, 1), (2, 2), (3, 3)] * 4
    with rlgym_client.make_parallel("CatMouseDuel-v0", address=server.address) as env:
        assert env.possible_agents == ["cat", "mouse"]
        assert env.action_space("cat").n == 4
        observations, infos = env.reset(seed=9)
        assert env.agents == ["cat", "mouse"] and set(infos) == {"cat", "mouse"}
        steps = [{a: (digest(o, env.observation_space(a)), 0.0, False, False, canonical(infos[a])) for a, o in observations.items()}]
        played = []
        for cat, mouse in moves:
            if not env.agents:
                break
            actions = {"cat": cat, "mouse": mouse}
            played.append(f"cat={cat},mouse={mouse}")
            observations, rewards, terminations, truncations, infos = env.step(actions)
            steps.append({a: (digest(o, env.observation_space(a)), rewards[a], terminations[a], truncations[a], canonical(infos[a]))
                          for a, o in observations.items()})
        assert env.agents == [], "the duel did not end within 32 moves"
    trace = csharp_trace("CatMouseDuel-v0", 9, played)
    assert steps == [{a: (v["observation"], float(v["reward"]), v["terminated"], v["truncated"], trace_info(v)) for a, v in s["agents"].items()}
                     for s in trace]


def test_vector_copies_match_single_environments(server):
    count, seed = 8, 100
    rng = np.random.default_rng(0)
    actions = rng.integers(0, 4, size=(12, count))
    with rlgym_client.make_vec("CatMouse-v0", count, address=server.address) as vec:
        observations, _ = vec.reset(seed=seed)
        assert observations.shape == (count, 4) and observations.dtype == np.float32
        batches = [vec.step(a) for a in actions[:3]]
    with rlgym_client.make("CatMouse-v0", address=server.address) as env:
        for i in range(count):
            first, _ = env.reset(seed=seed + i)
            np.testing.assert_array_equal(first, observations[i])
            for t, batch in enumerate(batches):
                observation, reward, terminated, truncated, _ = env.step(int(actions[t, i]))
                np.testing.assert_array_equal(observation, batch[0][i])
                assert (reward, terminated, truncated) == (batch[1][i], batch[2][i], batch[3][i])
                if terminated or truncated:
                    break


def test_vector_refuses_an_action_outside_the_space(server):
    with rlgym_client.make_vec("CatMouse-v0", 4, address=server.address) as vec:
        vec.reset(seed=0)
        try:
            vec.step(np.array([0, 1, 9, 2]))
        except rlgym_client.RlGymError as error:
            assert "Action 9 of copy 2" in str(error)
        else:
            raise AssertionError("an action of 9 in Discrete(4) was accepted")
        observations, rewards, terminations, truncations, _ = vec.step(np.array([0, 1, 2, 3]))
        assert observations.shape == (4, 4) and rewards.dtype == np.float64 and terminations.dtype == np.bool_


def test_vector_infos_are_gymnasiums_arrays_with_masks(server):
    with rlgym_client.make_vec("Doom/Basic-v0", 2, address=server.address, game_variables=True) as vec:
        _, infos = vec.reset(seed=4)
        assert infos["health"].shape == (2,) and infos["_health"].tolist() == [True, True]
        _, _, _, _, infos = vec.step(np.array([0, 1]))
        assert infos["ammo"].shape == (2,) and infos["_ammo"].tolist() == [True, True]
    with rlgym_client.make_vec("Doom/Basic-v0", 2, address=server.address, info=False, game_variables=True) as vec:
        assert vec.reset(seed=4)[1] == {}


def test_merge_infos_marks_the_copies_that_have_each_key():
    merged = rlgym_client.vector.merge_infos([{"a": 1.5, "nested": {"b": True}}, {"c": "text"}])
    assert merged["a"].tolist() == [1.5, 0.0] and merged["_a"].tolist() == [True, False]
    assert merged["nested"]["b"].tolist() == [True, False] and merged["_nested"].tolist() == [True, False]
    assert merged["c"].tolist() == [None, "text"] and merged["_c"].tolist() == [False, True]


def test_sparse_infos_merge_like_the_full_list():
    full = [{}, {"a": 2, "nested": {"b": 1.5, "s": "x"}}, {}, {"c": [1, 2], "nested": {"s": "y"}}, {"a": 7}, {}]
    copies = [i for i, info in enumerate(full) if info]
    sparse = rlgym_client.vector.merge_sparse_infos(len(full), copies, [full[i] for i in copies])
    assert canonical_merged(sparse) == canonical_merged(rlgym_client.vector.merge_infos(full))
    assert sparse["a"].tolist() == [0, 2, 0, 0, 7, 0] and sparse["_a"].dtype == np.bool_
    assert sparse["nested"]["s"].tolist() == [None, "x", None, "y", None, None]
    assert sparse["c"][3] == [1, 2] and sparse["_c"].tolist() == [False, False, False, True, False, False]
    assert rlgym_client.vector.merge_sparse_infos(6, [], []) == {}


def canonical_merged(merged):
    return {key: canonical_merged(value) if isinstance(value, dict) else (value.dtype.str, value.tolist())
            for key, value in merged.items()}


def test_vector_infos_from_a_server_that_sends_every_copys_info():
    # A server older than sparse_infos ignores the request's flag: every copy's info, and no copies listed.
    vec = rlgym_client.vector.RlGymVectorEnv.__new__(rlgym_client.vector.RlGymVectorEnv)
    vec.num_envs = 3
    response = rlgym_client.vector.ext.VectorStepResponse(infos=["{}", '{"a": 1}', "{}"])
    infos = vec._infos(response)
    assert infos["a"].tolist() == [0, 1, 0] and infos["_a"].tolist() == [False, True, False]
    response = rlgym_client.vector.ext.VectorStepResponse(infos=['{"a": 1}'], info_copies=[2])
    assert vec._infos(response)["_a"].tolist() == [False, False, True]
