"""A joined dm_env_rpc world: creates it, reads its specs and spaces, and steps it."""

import atexit
import json
import weakref

import numpy as np

from . import spaces as _spaces
from . import tensors
from ._protocol import Connection, ext, pb
from .server import Server

# Worlds not closed yet. A gRPC stream left open at interpreter exit keeps the process from ending (it waits for the
# stream forever), so a script that never calls close() would hang: the worlds still open are closed at exit.
_OPEN = weakref.WeakSet()


@atexit.register
def _close_open_worlds():
    for world in list(_OPEN):
        try:
            world.close()
        except Exception:  # noqa: BLE001 - at exit, one world failing to close must not stop the others closing
            pass


class World:
    """A server, a stream and one joined world. Starts a private server unless ``address`` is given."""

    def __init__(self, env_id, address=None, token=None, options=None, num_envs=None, server_timeout=120.0, info=True,
                 render_mode=None):
        self._server = None
        _OPEN.add(self)
        if address is None:
            self._server = Server(env_id, timeout=server_timeout)
            address = self._server.address
        self.address = address
        try:
            self.connection = Connection(address, token)
            settings = {"env": env_id}
            settings.update(options or {})
            if num_envs is not None:
                settings["num_envs"] = int(num_envs)
            if render_mode is not None:
                settings["render_mode"] = render_mode
            create = pb.EnvironmentRequest()
            for key, value in settings.items():
                create.create_world.settings[key].CopyFrom(tensors.scalar_setting(value))
            self.name = self.connection.request(create).world_name
            join = pb.EnvironmentRequest()
            join.join_world.world_name = self.name
            self.specs = self.connection.request(join).specs
            described = self.connection.extension(ext.SpacesRequest(), ext.SpacesResponse)
            self.description = json.loads(described.json)
        except BaseException:
            self.close()
            raise
        self.observation_specs = dict(self.specs.observations)
        self.action_specs = dict(self.specs.actions)
        self.uid_by_name = {spec.name: uid for uid, spec in self.observation_specs.items()}
        self.action_uid_by_name = {spec.name: uid for uid, spec in self.action_specs.items()}
        # The info observations (JSON text) are asked for only when the adapter reports infos.
        self.requested = sorted(uid for uid, spec in self.observation_specs.items()
                                if info or not (spec.name == "info" or spec.name.endswith("/info")))
        self._step = pb.EnvironmentRequest()
        self._step.step.requested_observations.extend(self.requested)

    def space(self, description):
        return _spaces.from_description(description)

    def reset(self, seed=None, options=None):
        """Ends the episode; the next step starts one with the seed and reset options; returns its first response."""
        request = pb.EnvironmentRequest()
        request.reset.SetInParent()
        settings = dict(options or {})
        if seed is not None:
            settings["seed"] = int(seed)
        for key, value in settings.items():
            request.reset.settings[key].CopyFrom(tensors.scalar_setting(value))
        start = pb.EnvironmentRequest()
        start.step.requested_observations.extend(self._step.step.requested_observations)
        # The reset and the step that starts the episode travel together: one round trip.
        return self.connection.request_all([request, start])[1]

    def step(self, actions):
        """Sends {action uid: tensor} and returns the StepResponse."""
        request = self._step
        request.step.actions.clear()
        for uid, tensor in actions.items():
            request.step.actions[uid].CopyFrom(tensor)
        return self.connection.request(request)

    def render(self):
        """What the environment renders now: an RGB array (height, width, 3) for ``rgb_array``, text for ``ansi``."""
        response = self.connection.extension(ext.RenderRequest(), ext.RenderResponse)
        frame = response.WhichOneof("frame")
        if frame == "rgb":
            return tensors.unpack(response.rgb).copy()
        return response.text if frame == "text" else None

    def decode(self, observations, space, prefix=""):
        """The observation of the agent whose names start with ``prefix`` ("" for a single agent, "cat/" for one of
        several), as ``space`` holds it: a Dict's keys are named by their key, anything else is ``observation``."""
        if _is_dict(space):
            return self._decode(observations, space, prefix.rstrip("/"))
        return self._decode(observations, space, prefix + "observation")

    def decoder(self, space, prefix=""):
        """A function of a step's observations that returns what ``decode(observations, space, prefix)`` returns,
        with the lookups done once here: the per-step path of the adapters. A tensor that is not in the spec's
        repeated channel with one item per element (bytes channels, a broadcast single item) takes ``decode``."""
        if _is_dict(space):
            return lambda observations: self.decode(observations, space, prefix)
        uid = self.uid_by_name[prefix + "observation"]
        spec = self.observation_specs[uid]
        dtype, channel = tensors.numpy_dtype(spec.dtype), tensors.channel(spec.dtype)
        shape = tuple(spec.shape)
        size = int(np.prod(shape)) if shape else 1
        target = None if _is_discrete(space) or space.dtype is None or space.dtype == dtype else space.dtype
        discrete = _is_discrete(space)
        if channel in tensors.BYTE_CHANNELS:
            return lambda observations: self.decode(observations, space, prefix)

        def decode(observations):
            tensor = observations[uid]
            items = getattr(tensor, channel).array
            if len(items) != size or tensor.WhichOneof("payload") != channel:
                return self.decode(observations, space, prefix)
            if discrete:
                return np.int64(items[0])
            value = np.array(items[:], dtype).reshape(shape)
            return value if target is None else value.astype(target)
        return decode

    def _decode(self, observations, space, name):
        if _is_dict(space):
            return {key: self._decode(observations, sub, f"{name}/{key}" if name else key) for key, sub in space.spaces.items()}
        value = tensors.to_numpy(observations[self.uid_by_name[name]])
        if _is_discrete(space):
            return np.int64(value.reshape(()))
        return value.astype(space.dtype, copy=False) if space.dtype is not None and value.dtype != space.dtype else value

    def encode_action(self, uid, action):
        spec = self.action_specs[uid]
        return tensors.from_numpy(action, spec.dtype, tuple(spec.shape))

    def close(self):
        connection = getattr(self, "connection", None)
        if connection is not None:
            connection.close()
            self.connection = None
        if self._server is not None:
            self._server.close()
            self._server = None


def decode_info(observations, uid):
    """The info dict carried by the ``info`` observation ``uid`` ({} when it was not sent): JSON, with arrays tagged
    ``__ndarray__`` rebuilt as NumPy arrays of their dtype and shape."""
    if uid is None or uid not in observations:
        return {}
    text = observations[uid].strings.array[0]
    return {} if text == "{}" else json.loads(text, object_hook=_ndarray_hook)


def _ndarray_hook(node):
    if "__ndarray__" in node:
        return np.array(node["data"], dtype=np.dtype(node["__ndarray__"])).reshape(tuple(node["shape"]))
    return node


def _is_dict(space):
    return isinstance(getattr(space, "spaces", None), dict)


def _is_discrete(space):
    return type(space).__name__ == "Discrete"


def scalar(tensor):
    return tensors.to_numpy(tensor).reshape(()).item()


class WorldOwner:
    """What the adapters share: ``close()`` ends the stream (the server frees the environments) and stops a server
    the adapter started; they are context managers and close when collected."""

    _world = None

    def render(self):
        """Gymnasium's ``render()``: an RGB array for ``render_mode="rgb_array"``, text for ``"ansi"``, else None."""
        return self._world.render() if self.render_mode is not None else None

    def close(self, **kwargs):
        if self._world is not None:
            self._world.close()
            self._world = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
