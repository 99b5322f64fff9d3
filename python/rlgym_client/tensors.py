"""dm_env_rpc tensors and RlGym packed arrays to and from NumPy."""

import numpy as np

from ._protocol import ext, pb

# DataType value -> (NumPy dtype, Tensor payload channel)
_TYPES = {
    pb.FLOAT: (np.dtype(np.float32), "floats"),
    pb.DOUBLE: (np.dtype(np.float64), "doubles"),
    pb.INT8: (np.dtype(np.int8), "int8s"),
    pb.INT32: (np.dtype(np.int32), "int32s"),
    pb.INT64: (np.dtype(np.int64), "int64s"),
    pb.UINT8: (np.dtype(np.uint8), "uint8s"),
    pb.UINT32: (np.dtype(np.uint32), "uint32s"),
    pb.UINT64: (np.dtype(np.uint64), "uint64s"),
    pb.BOOL: (np.dtype(np.bool_), "bools"),
}
_CHANNEL_DTYPE = {channel: dtype for dtype, channel in _TYPES.values()}
BYTE_CHANNELS = frozenset({"int8s", "uint8s"})


def numpy_dtype(data_type):
    """The NumPy dtype of a dm_env_rpc DataType."""
    return _TYPES[data_type][0]


def channel(data_type):
    """The Tensor payload channel (``floats``, ``int32s``, ...) of a dm_env_rpc DataType."""
    return _TYPES[data_type][1]


def to_numpy(tensor):
    """A tensor's items as a NumPy array of its shape (a 0-d array for a scalar)."""
    channel = tensor.WhichOneof("payload")
    if channel is None:
        raise ValueError("the tensor has no payload")
    dtype = _CHANNEL_DTYPE[channel]
    items = getattr(tensor, channel).array
    array = np.frombuffer(items, dtype=dtype) if channel in BYTE_CHANNELS else np.array(items, dtype=dtype)
    shape = tuple(tensor.shape)
    if array.size == 1 and shape and int(np.prod(shape)) > 1:
        array = np.full(shape, array[0], dtype=dtype)
    return array.reshape(shape)


def from_numpy(value, data_type, shape=None):
    """A tensor of ``value`` in the channel of ``data_type`` (the spec's type), checking it converts exactly."""
    dtype, channel = _TYPES[data_type]
    array = np.asarray(value)
    converted = array.astype(dtype)
    if np.issubdtype(dtype, np.integer) and not np.array_equal(converted, array):
        raise ValueError(f"{value!r} does not convert exactly to {dtype}")
    tensor = pb.Tensor()
    tensor.shape.extend(array.shape if shape is None else shape)
    if channel in BYTE_CHANNELS:
        getattr(tensor, channel).array = converted.tobytes()
    else:
        getattr(tensor, channel).array.extend(converted.ravel().tolist())
    return tensor


def scalar_setting(value):
    """A world or reset setting as a scalar tensor: strings, booleans, integers or floats."""
    tensor = pb.Tensor()
    if isinstance(value, str):
        tensor.strings.array.append(value)
    elif isinstance(value, (bool, np.bool_)):
        tensor.bools.array.append(bool(value))
    elif isinstance(value, (int, np.integer)):
        if value >= 2 ** 63:
            tensor.uint64s.array.append(int(value))
        else:
            tensor.int64s.array.append(int(value))
    elif isinstance(value, (float, np.floating)):
        tensor.doubles.array.append(float(value))
    else:
        raise TypeError(f"setting value {value!r} is not a string, boolean or number")
    return tensor


def unpack(array):
    """A packed array's items as a NumPy array (a view of the message's bytes: copy it to keep it)."""
    dtype = _TYPES[array.dtype][0]
    return np.frombuffer(array.data, dtype=dtype).reshape(tuple(array.shape))


def pack(value, data_type):
    """A packed array of ``value`` converted to ``data_type``."""
    dtype = _TYPES[data_type][0]
    array = np.ascontiguousarray(value, dtype=dtype)
    packed = ext.PackedArray(dtype=data_type, data=array.tobytes())
    packed.shape.extend(array.shape)
    return packed
