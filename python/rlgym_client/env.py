"""A Gymnasium environment over a ``rlgym serve`` world."""

import numpy as np

from ._protocol import pb
from ._world import World, WorldOwner, decode_info, decode_info_text

try:  # pragma: no cover - depends on what is installed
    import gymnasium as _gym
    _Base = _gym.Env
except ImportError:  # Debian 12 does not package gymnasium: same API, no base class
    _Base = object

_RUNNING, _TERMINATED = 1, 2
_ENCODED_ACTIONS = 4096  # serialized step requests kept per env, one per integer action value


class RlGymEnv(WorldOwner, _Base):
    """A Gymnasium ``Env`` whose episodes run in an RlGym server (dm_env_rpc).

    ``reset(seed=None, options=None)`` returns ``(observation, info)``; ``step(action)`` returns Gymnasium's five-tuple
    ``(observation, reward, terminated, truncated, info)``, read from the step state, the ``discount`` observation
    (0 exactly when the episode terminated) and the ``truncated`` observation. ``info`` is the C# environment's info
    (JSON numbers, so a whole float arrives as an int; strings, nested dicts; arrays such as ``action_mask`` as NumPy arrays of their dtype), sent as the
    ``info`` observation; ``make(..., info=False)`` does not ask for it and always returns ``{}``, saving its encoding.
    An action is an integer, an array, or for a Dict action space a dict of its keys' values (nested for nested Dicts).
    Steps ask for the packed answer (one buffer of the observations' items, see dm_env_rpc.proto's StepRequest.packed)
    and read the observations map instead when a server answers with it.
    """

    metadata = {"render_modes": ["rgb_array", "ansi"]}
    render_mode = None

    def __init__(self, env_id, address=None, token=None, options=None, server_timeout=120.0, info=True, render_mode=None):
        self._world = World(env_id, address=address, token=token, options=options, server_timeout=server_timeout, info=info,
                            render_mode=render_mode, packed=True)
        self.render_mode = render_mode
        self.env_id = env_id
        self.observation_space = self._world.space(self._world.description["observation"])
        self.action_space = self._world.space(self._world.description["action"])
        names = self._world.uid_by_name
        self._reward, self._discount, self._truncated = names["reward"], names["discount"], names["truncated"]
        self._info = names["info"] if info else None
        self._needs_reset = True
        self._decode = self._world.decoder(self.observation_space)
        self._decode_packed = self._world.packed_decoder(self.observation_space)
        self._with_info = bool(info)
        # Integer actions (Discrete) are written into a reused request, and its bytes kept per action value (a few
        # for a Discrete space), so a step sends bytes serialized once.
        self._action_uid = self._world.action_uid_by_name.get("action")
        spec = self._world.action_specs.get(self._action_uid)
        self._int_action = spec is not None and spec.dtype == pb.INT32 and not spec.shape
        self._request = pb.EnvironmentRequest()
        self._request.step.requested_observations.extend(self._world.requested)
        self._request.step.packed = True
        if self._int_action:
            self._request.step.actions[self._action_uid].int32s.array.append(0)
        self._encoded = {}
        self._encode = self._world.action_encoder(self.action_space)

    @property
    def unwrapped(self):
        return self

    def reset(self, *, seed=None, options=None):
        """Starts an episode (reseeding the server's environment when ``seed`` is given)."""
        if seed is not None and hasattr(self, "_np_random"):
            super().reset(seed=seed)
        response = self._world.reset(seed=seed, options=options)
        self._needs_reset = False
        packed = response.packed_observations
        if packed:
            return self._decode_packed(packed)[0], self._packed_info(response)
        observations = response.observations
        return self._decode(observations), decode_info(observations, self._info)

    def step(self, action):
        """Applies ``action``; returns ``(observation, reward, terminated, truncated, info)``."""
        if self._needs_reset:
            raise RuntimeError("call reset() before step(): the episode has not started or has ended")
        if self._int_action and isinstance(action, (int, np.integer)) and not isinstance(action, bool) and -2**31 <= action < 2**31:
            value = int(action)
            request = self._encoded.get(value)
            if request is None:
                self._request.step.actions[self._action_uid].int32s.array[0] = value
                request = self._request.SerializeToString()
                if len(self._encoded) < _ENCODED_ACTIONS:
                    self._encoded[value] = request
            response = self._world.connection.request(request)
        else:
            response = self._world.step(self._encode(action))
        state = response.state
        self._needs_reset = state != _RUNNING
        packed = response.packed_observations
        if packed:
            observation, reward, discount, truncated = self._decode_packed(packed)
            return observation, reward, state == _TERMINATED and discount == 0.0, truncated, self._packed_info(response)
        observations = response.observations
        truncated = observations[self._truncated].bools.array[0]
        terminated = state == _TERMINATED and observations[self._discount].doubles.array[0] == 0.0
        return (self._decode(observations), observations[self._reward].doubles.array[0], terminated, truncated,
                decode_info(observations, self._info))

    def _packed_info(self, response):
        """The info of a packed answer: absent text is the empty info."""
        text = response.packed_text
        return decode_info_text(text) if text and self._with_info else {}


def make(env_id, address=None, token=None, server_timeout=120.0, info=True, render_mode=None, **options):
    """``make("CatMouse-v0")``: an env over a server at ``address`` (``unix:/path`` or ``host:port``), or over a private
    server started for it. Keyword options are the environment's (``width=8``, ``max_episode_steps=50``, ...);
    ``info=False`` skips the infos (``{}`` every step) for speed; ``render_mode="rgb_array"`` or ``"ansi"`` makes
    ``render()`` return the environment's frame."""
    return RlGymEnv(env_id, address=address, token=token, options=options, server_timeout=server_timeout, info=info,
                    render_mode=render_mode)
