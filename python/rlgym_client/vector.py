"""A Gymnasium vector environment over a ``rlgym serve`` vector world (RlGym's extension requests)."""

import json

import numpy as np

from . import spaces as _spaces
from . import tensors
from . import _wire
from ._protocol import ext, extension_request, unpack_extension
from ._world import World, WorldOwner, _ndarray_hook

try:  # pragma: no cover - depends on what is installed
    import gymnasium.vector as _gym_vector
    _Base = _gym_vector.VectorEnv
except ImportError:
    _Base = object


class RlGymVectorEnv(WorldOwner, _Base):
    """``num_envs`` copies stepped in one call each (the server's native batched vector when it has one).

    ``reset(seed=S)`` gives copy i the seed S + i; ``step(actions)`` returns batched ``(observations, rewards,
    terminations, truncations, infos)``; a copy that finished is reset by the next step, which ignores its action
    (Gymnasium's next-step autoreset). The arrays returned are yours: views of one private, writable copy of the
    response. ``infos`` are Gymnasium's vector infos: for each key some copy reported, an array over the copies and a
    boolean ``_key`` array saying which copies have it (nested dicts merge the same way); ``make_vec(..., info=False)``
    skips them (``{}``), saving their encoding. Actions are an array with a leading dimension of the copies, or for a
    Dict action space Gymnasium's batched dict of such arrays.
    """

    metadata = {"autoreset_mode": "NextStep"}
    render_mode = None

    def __init__(self, env_id, num_envs, address=None, token=None, options=None, server_timeout=120.0, info=True):
        self._world = World(env_id, address=address, token=token, options=options, num_envs=num_envs, server_timeout=server_timeout)
        self.num_envs = int(num_envs)
        self.single_observation_space = self._world.space(self._world.description["observation"])
        self.single_action_space = self._world.space(self._world.description["action"])
        self.observation_space = _spaces.batch_space(self.single_observation_space, self.num_envs)
        self.action_space = _spaces.batch_space(self.single_action_space, self.num_envs)
        self._info = bool(info)
        # Infos travel sparse: only the copies whose info is not empty (most steps have none).
        self._step = ext.VectorStepRequest(infos=self._info, sparse_infos=self._info)
        self._pack = self._world.action_packer(self.single_action_space)
        # A plain action batch of the expected dtype and shape is sent as prebuilt request bytes around its items.
        self._template = None
        if not isinstance(getattr(self.single_action_space, "spaces", None), dict):
            uid = self._world.action_uid_by_name["action"]
            spec = self._world.action_specs[uid]
            self._template = _RequestTemplate(self._step, uid, spec.dtype, (self.num_envs,) + tuple(spec.shape))
        self._reader = _wire.VectorStepReader()
        self._names = {uid: spec.name for uid, spec in self._world.observation_specs.items()}

    def reset(self, *, seed=None, options=None):
        if options:
            raise ValueError("vector reset takes no options; give environment options to make_vec")
        request = ext.VectorResetRequest(infos=self._info, sparse_infos=self._info)
        if seed is not None:
            request.seed = int(seed)
        response = self._world.connection.extension(request, ext.VectorResetResponse)
        return self._observations(response.observations), self._infos(response)

    def step(self, actions):
        """Steps every copy; the arrays returned are views of one private copy of the response (writable, not shared
        with anything else)."""
        connection = self._world.connection
        request = self._template.encode(actions) if self._template is not None else None
        if request is None:
            request = self._step
            request.actions.clear()
            for uid, packed in self._pack(actions).items():
                request.actions[uid].CopyFrom(packed)
            request = extension_request(request)
        raw = connection.request_raw(request)
        read = self._reader.read(raw)
        if read is None:  # an error (raised here), or a response this reader does not know: parse it whole
            response = unpack_extension(connection.payload(raw), ext.VectorStepResponse)
            return (self._observations(response.observations), tensors.unpack(response.rewards).copy(),
                    tensors.unpack(response.terminated).copy(), tensors.unpack(response.truncated).copy(),
                    self._infos(response))
        observations, rewards, terminated, truncated, infos, copies = read
        return (self._arrange({self._names[uid]: array for uid, array in observations.items()}), rewards, terminated,
                truncated, self._merge(infos, copies))

    def _infos(self, response):
        return self._merge(response.infos, response.info_copies)

    def _merge(self, texts, copies):
        if not texts:
            return {}
        infos = [json.loads(text, object_hook=_ndarray_hook) for text in texts]
        # A server older than sparse_infos sends every copy's info and no copies.
        return merge_sparse_infos(self.num_envs, list(copies) if len(copies) == len(infos) else range(len(infos)), infos)

    def _observations(self, packed):
        names = self._world.observation_specs
        return self._arrange({names[uid].name: tensors.unpack(array).copy() for uid, array in packed.items()})

    def _arrange(self, by_name):
        """The batched observation from the arrays by observation name (a Dict's keys, or ``observation``)."""
        space = self.single_observation_space
        if isinstance(getattr(space, "spaces", None), dict):
            return {key: _as(by_name[key], sub) for key, sub in space.spaces.items()}
        values = by_name["observation"]
        return values.astype(np.int64) if type(space).__name__ == "Discrete" else _as(values, space)


class _RequestTemplate:
    """The wire bytes of a VectorStepRequest in an EnvironmentRequest, split around the action batch's items: a batch
    of the expected dtype and shape is sent as prefix + its bytes + suffix, with no message built or serialized."""

    def __init__(self, step, uid, data_type, shape):
        self.dtype = tensors.numpy_dtype(data_type)
        self.shape = shape
        size = int(np.prod(shape)) * self.dtype.itemsize
        marker = np.random.default_rng(0x5EED).integers(0, 256, size=size, dtype=np.uint8).tobytes()
        request = ext.VectorStepRequest()
        request.CopyFrom(step)
        request.actions.clear()
        array = request.actions[uid]
        array.dtype = data_type
        array.shape.extend(shape)
        array.data = marker
        wire = extension_request(request).SerializeToString()
        at = wire.find(marker)
        self.parts = None
        if size > 0 and at >= 0 and wire.find(marker, at + 1) < 0:
            self.parts = (wire[:at], wire[at + size:])

    def encode(self, actions):
        """The request's bytes, or None when the batch is not a contiguous array of the expected dtype and shape."""
        if self.parts is None:
            return None
        array = np.asarray(actions)
        if array.shape != self.shape:
            return None
        if array.dtype != self.dtype:
            array = tensors.exactly(array, self.dtype)
            if array is None:
                return None
        return b"".join((self.parts[0], array.tobytes(), self.parts[1]))


def _as(values, space):
    """Items in the space's own dtype (16-bit items travel widened)."""
    dtype = getattr(space, "dtype", None)
    return values.astype(dtype, copy=False) if dtype is not None and values.dtype != dtype else values


def merge_infos(infos):
    """Gymnasium's vector infos from one info dict per copy: ``{key: array over copies, "_key": which copies have it}``;
    numbers and booleans give arrays of their type (0 where a copy lacks the key), anything else an object array."""
    return merge_sparse_infos(len(infos), range(len(infos)), infos)


def merge_sparse_infos(count, copies, infos):
    """``merge_infos`` of ``count`` copies given only some of their infos: ``infos[i]`` is copy ``copies[i]``'s
    (``copies`` ascending); every other copy's info is empty. The result is the same as merging the full list."""
    merged = {}
    keys = list(dict.fromkeys(key for info in infos for key in info))
    for key in keys:
        having = [copy for copy, info in zip(copies, infos) if key in info]
        given = [info[key] for info in infos if key in info]
        present = np.zeros(count, dtype=bool)
        present[having] = True
        if all(isinstance(v, dict) for v in given):
            merged[key] = merge_sparse_infos(count, having, given)
        elif all(isinstance(v, (bool, int, float, np.bool_, np.number)) for v in given):
            column = np.asarray(given)
            merged[key] = np.zeros(count, dtype=column.dtype)
            merged[key][present] = column
        else:
            merged[key] = np.empty(count, dtype=object)
            for copy, value in zip(having, given):
                merged[key][copy] = value
        merged["_" + key] = present
    return merged


def make_vec(env_id, num_envs, address=None, token=None, server_timeout=120.0, info=True, **options):
    """``make_vec("CatMouse-v0", 1024)``: a vector env of ``num_envs`` copies over a server (a private one unless
    ``address`` is given); ``info=False`` skips the infos."""
    return RlGymVectorEnv(env_id, num_envs, address=address, token=token, options=options, server_timeout=server_timeout, info=info)
