"""A joined dm_env_rpc world: creates it, reads its specs and spaces, and steps it."""

import atexit
import json
import struct
import weakref
from collections.abc import Mapping

import numpy as np

from . import spaces as _spaces
from . import tensors
from ._protocol import Connection, RlGymError, ext, pb
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
                 render_mode=None, packed=False):
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
        # Single-agent steps ask for the packed answer (RlGym's addition, see dm_env_rpc.proto); a server that does
        # not know it answers with the observations map, which the adapter reads instead.
        self._step.step.packed = bool(packed)

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
        start.step.packed = self._step.step.packed
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

    def packed_decoder(self, space):
        """For a single-agent world: a function of StepResponse.packed_observations (RlGym's addition, see
        dm_env_rpc.proto: the requested observations' items back to back, STRING ones left out) that returns
        ``(observation, reward, discount, truncated)``, with every offset computed here once from the specs."""
        offsets, at = {}, 0
        for uid in self.requested:
            spec = self.observation_specs[uid]
            if spec.dtype == pb.STRING:
                continue
            dtype = tensors.numpy_dtype(spec.dtype)
            count = int(np.prod(tuple(spec.shape))) if spec.shape else 1
            offsets[spec.name] = (at, dtype, count, tuple(spec.shape))
            at += count * dtype.itemsize
        size = at
        outcome = struct.Struct("<ddB")
        reward_at, discount_at, truncated_at = (offsets[name][0] for name in ("reward", "discount", "truncated"))
        together = discount_at == reward_at + 8 and truncated_at == reward_at + 16

        def leaf(name, sub):
            at, dtype, count, shape = offsets[name]
            if _is_discrete(sub):
                one = struct.Struct("<" + dtype.char)
                return lambda data: np.int64(one.unpack_from(data, at)[0])
            target = None if sub.dtype is None or sub.dtype == dtype else sub.dtype
            if target is None:
                return lambda data: np.frombuffer(data, dtype, count, at).reshape(shape).copy()
            return lambda data: np.frombuffer(data, dtype, count, at).reshape(shape).astype(target)

        def tree(sub, name):
            if _is_dict(sub):
                parts = [(key, tree(child, f"{name}/{key}" if name else key)) for key, child in sub.spaces.items()]
                return lambda data: {key: part(data) for key, part in parts}
            return leaf(name, sub)

        observation = tree(space, "" if _is_dict(space) else "observation")

        def decode(data):
            if len(data) != size:
                raise RlGymError(13, f"the packed observations have {len(data)} bytes; the specs give {size}")
            if together:
                reward, discount, truncated = outcome.unpack_from(data, reward_at)
            else:
                reward = struct.unpack_from("<d", data, reward_at)[0]
                discount = struct.unpack_from("<d", data, discount_at)[0]
                truncated = data[truncated_at]
            return observation(data), reward, discount, bool(truncated)
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

    def action_encoder(self, space, prefix=""):
        """A function of one action (``prefix`` "" for a single agent, "cat/" for one of several) that returns
        ``{uid: tensor}``. A Dict action (a dict of the keys' values, nested for nested Dicts) travels as one tensor
        per key, uid by uid (``action/KEY``); a key left out is not sent, and the server refuses the step naming it."""
        if not _is_dict(space):
            uid = self.action_uid_by_name[prefix + "action"]
            return lambda action: {uid: self.encode_action(uid, action)}
        fields = [(path, self.action_uid_by_name[prefix + "action/" + "/".join(path)]) for path in _paths(space)]

        def encode(action):
            _check_keys(action, space, "action")
            encoded = {}
            for path, uid in fields:
                value = _lookup(action, path)
                if value is not _MISSING:
                    encoded[uid] = self.encode_action(uid, value)
            return encoded
        return encode

    def action_packer(self, space):
        """The vector form of ``action_encoder``: a batch of actions (an array with a leading dimension of the copies,
        or for a Dict a dict of such arrays, as Gymnasium batches a Dict space) as ``{uid: PackedArray}``."""
        if not _is_dict(space):
            uid = self.action_uid_by_name["action"]
            dtype = self.action_specs[uid].dtype
            return lambda actions: {uid: tensors.pack(actions, dtype)}
        fields = [(path, uid, self.action_specs[uid].dtype)
                  for path, uid in ((path, self.action_uid_by_name["action/" + "/".join(path)]) for path in _paths(space))]

        def pack(actions):
            _check_keys(actions, space, "actions")
            packed = {}
            for path, uid, dtype in fields:
                value = _lookup(actions, path)
                if value is not _MISSING:
                    packed[uid] = tensors.pack(value, dtype)
            return packed
        return pack

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
    return decode_info_text(observations[uid].strings.array[0])


def decode_info_text(text):
    """An info dict from its JSON text (see ``decode_info``)."""
    return {} if text == "{}" else json.loads(text, object_hook=_ndarray_hook)


def _ndarray_hook(node):
    if "__ndarray__" in node:
        return np.array(node["data"], dtype=np.dtype(node["__ndarray__"])).reshape(tuple(node["shape"]))
    return node


_MISSING = object()


def _paths(space, path=()):
    """The key paths of a Dict space's leaves, in the space's key order (nested Dicts depth first)."""
    for key, sub in space.spaces.items():
        if _is_dict(sub):
            yield from _paths(sub, path + (key,))
        else:
            yield path + (key,)


def _lookup(value, path):
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _check_keys(value, space, what):
    """Refuses what the server cannot be told about: a Dict action that is not a mapping, or has keys the space lacks."""
    if not isinstance(value, Mapping):
        raise ValueError(f"a Dict {what} is a dict of its keys' values, got {type(value).__name__}")
    extra = [key for key in value if key not in space.spaces]
    if extra:
        raise ValueError(f"{what} key(s) {extra} are not in the space's keys {list(space.spaces)}")
    for key, sub in space.spaces.items():
        if _is_dict(sub) and key in value:
            _check_keys(value[key], sub, what)


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
