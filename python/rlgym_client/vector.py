"""A Gymnasium vector environment over a ``rlgym serve`` vector world (RlGym's extension requests)."""

import numpy as np

from . import spaces as _spaces
from . import tensors
from ._protocol import ext
from ._world import World, WorldOwner

try:  # pragma: no cover - depends on what is installed
    import gymnasium.vector as _gym_vector
    _Base = _gym_vector.VectorEnv
except ImportError:
    _Base = object


class RlGymVectorEnv(WorldOwner, _Base):
    """``num_envs`` copies stepped in one call each (the server's native batched vector when it has one).

    ``reset(seed=S)`` gives copy i the seed S + i; ``step(actions)`` returns batched ``(observations, rewards,
    terminations, truncations, infos)``; a copy that finished is reset by the next step, which ignores its action
    (Gymnasium's next-step autoreset). Arrays returned are fresh copies.
    """

    metadata = {"autoreset_mode": "NextStep"}
    render_mode = None

    def __init__(self, env_id, num_envs, address=None, token=None, options=None, server_timeout=120.0):
        self._world = World(env_id, address=address, token=token, options=options, num_envs=num_envs, server_timeout=server_timeout)
        self.num_envs = int(num_envs)
        self.single_observation_space = self._world.space(self._world.description["observation"])
        self.single_action_space = self._world.space(self._world.description["action"])
        self.observation_space = _spaces.batch_space(self.single_observation_space, self.num_envs)
        self.action_space = _spaces.batch_space(self.single_action_space, self.num_envs)
        self._action_uid = self._world.action_uid_by_name["action"]
        self._action_type = self._world.action_specs[self._action_uid].dtype
        self._step = ext.VectorStepRequest()

    def reset(self, *, seed=None, options=None):
        if options:
            raise ValueError("vector reset takes no options; give environment options to make_vec")
        request = ext.VectorResetRequest()
        if seed is not None:
            request.seed = int(seed)
        response = self._world.connection.extension(request, ext.VectorResetResponse)
        return self._observations(response.observations), {}

    def step(self, actions):
        request = self._step
        request.actions[self._action_uid].CopyFrom(tensors.pack(actions, self._action_type))
        response = self._world.connection.extension(request, ext.VectorStepResponse)
        return (self._observations(response.observations), tensors.unpack(response.rewards).copy(),
                tensors.unpack(response.terminated).copy(), tensors.unpack(response.truncated).copy(), {})

    def _observations(self, packed):
        by_name = {self._world.observation_specs[uid].name: tensors.unpack(array).copy() for uid, array in packed.items()}
        space = self.single_observation_space
        if isinstance(getattr(space, "spaces", None), dict):
            return {key: by_name[key] for key in space.spaces}
        values = by_name["observation"]
        return values.astype(np.int64) if type(space).__name__ == "Discrete" else values


def make_vec(env_id, num_envs, address=None, token=None, server_timeout=120.0, **options):
    """``make_vec("CatMouse-v0", 1024)``: a vector env of ``num_envs`` copies over a server (a private one unless
    ``address`` is given)."""
    return RlGymVectorEnv(env_id, num_envs, address=address, token=token, options=options, server_timeout=server_timeout)
