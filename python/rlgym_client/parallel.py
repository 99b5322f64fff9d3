"""A PettingZoo ParallelEnv over a ``rlgym serve`` multi-agent world."""

from ._world import World, WorldOwner, decode_info, scalar

try:  # pragma: no cover - depends on what is installed
    from pettingzoo import ParallelEnv as _Base
except ImportError:  # Debian 12 does not package pettingzoo: same API, no base class
    _Base = object

_RUNNING = 1


class RlGymParallelEnv(WorldOwner, _Base):
    """PettingZoo's parallel API: ``reset`` returns per-agent observations and infos; ``step(actions)`` takes one
    action per live agent and returns five per-agent dicts keyed by the agents that acted. ``agents`` shrinks as
    agents finish; an episode is over when it is empty."""

    metadata = {"render_modes": ["rgb_array", "ansi"], "is_parallelizable": True}
    render_mode = None

    def __init__(self, env_id, address=None, token=None, options=None, server_timeout=120.0, render_mode=None):
        self._world = World(env_id, address=address, token=token, options=options, server_timeout=server_timeout,
                            render_mode=render_mode)
        self.render_mode = render_mode
        description = self._world.description
        self.possible_agents = list(description["agents"])
        self.agents = []
        self.observation_spaces = {a: self._world.space(description["observation"][a]) for a in self.possible_agents}
        self.action_spaces = {a: self._world.space(description["action"][a]) for a in self.possible_agents}
        names = self._world.uid_by_name
        self._uids = {a: (names[a + "/reward"], names[a + "/discount"], names[a + "/truncated"], names[a + "/info"])
                      for a in self.possible_agents}
        self._encoders = {a: self._world.action_encoder(self.action_spaces[a], a + "/") for a in self.possible_agents}

    def observation_space(self, agent):
        return self.observation_spaces[agent]

    def action_space(self, agent):
        return self.action_spaces[agent]

    @property
    def num_agents(self):
        return len(self.agents)

    @property
    def max_num_agents(self):
        return len(self.possible_agents)

    def reset(self, seed=None, options=None):
        response = self._world.reset(seed=seed, options=options)
        observations, _, _, _, infos = self._read(response, with_outcome=False)
        self.agents = list(observations)
        return observations, infos

    def step(self, actions):
        if not self.agents:
            raise RuntimeError("call reset() before step(): no agent is live")
        missing = [a for a in self.agents if a not in actions]
        if missing:
            raise ValueError(f"no action for live agent(s) {missing}")
        encoded = {}
        for agent in self.agents:
            encoded.update(self._encoders[agent](actions[agent]))
        response = self._world.step(encoded)
        observations, rewards, terminations, truncations, infos = self._read(response, with_outcome=True)
        if response.state != _RUNNING:
            self.agents = []
        else:
            self.agents = [a for a in observations if not (terminations[a] or truncations[a])]
        return observations, rewards, terminations, truncations, infos

    def _read(self, response, with_outcome):
        present = response.observations
        observations, rewards, terminations, truncations, infos = {}, {}, {}, {}, {}
        for agent in self.possible_agents:
            reward_uid, discount_uid, truncated_uid, info_uid = self._uids[agent]
            if reward_uid not in present:
                continue
            observations[agent] = self._world.decode(present, self.observation_spaces[agent], agent + "/")
            infos[agent] = decode_info(present, info_uid)
            if with_outcome:
                rewards[agent] = float(scalar(present[reward_uid]))
                truncations[agent] = bool(scalar(present[truncated_uid]))
                terminations[agent] = scalar(present[discount_uid]) == 0.0
        return observations, rewards, terminations, truncations, infos

    def state(self):
        raise NotImplementedError("the server does not send a global state")


def make_parallel(env_id, address=None, token=None, server_timeout=120.0, render_mode=None, **options):
    """``make_parallel("CatMouseDuel-v0")``: a PettingZoo ParallelEnv over a server (a private one unless ``address``)."""
    return RlGymParallelEnv(env_id, address=address, token=token, options=options, server_timeout=server_timeout,
                            render_mode=render_mode)
