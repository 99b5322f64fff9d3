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
    """A tensor of ``value`` in the channel of ``data_type`` (the spec's type). Items that do not convert exactly
    (1.5 for an integer type, an out-of-range integer, text) travel as they are, in the doubles or strings channel, so
    the server refuses them with its one-line error naming the value."""
    dtype, channel = _TYPES[data_type]
    array = np.asarray(value)
    tensor = pb.Tensor()
    tensor.shape.extend(array.shape if shape is None else shape)
    converted = exactly(array, dtype)
    if converted is None:
        if array.dtype.kind in "biuf":
            tensor.doubles.array.extend(array.astype(np.float64).ravel().tolist())
        else:
            tensor.strings.array.extend(str(item) for item in array.ravel().tolist())
    elif channel in BYTE_CHANNELS:
        getattr(tensor, channel).array = converted.tobytes()
    else:
        getattr(tensor, channel).array.extend(converted.ravel().tolist())
    return tensor


def exactly(array, dtype):
    """``array`` converted to ``dtype``, or None when some item does not convert exactly (integer types only: floats
    round as the server would)."""
    if array.dtype.kind not in "biuf":
        return None
    if not np.issubdtype(dtype, np.integer):
        return array.astype(dtype)
    if array.dtype.kind == "f" and not np.all(np.isfinite(array)):
        return None
    with np.errstate(invalid="ignore", over="ignore"):
        converted = array.astype(dtype)
    return converted if np.array_equal(converted, array) else None


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
    """A packed array of ``value`` converted to ``data_type``; items that do not convert exactly are packed as
    float64 instead, which the server refuses with its one-line error (as it refuses any wrong dtype)."""
    dtype = _TYPES[data_type][0]
    array = np.asarray(value)
    if array.dtype != dtype:
        converted = exactly(array, dtype)
        if converted is None:
            array, data_type = array.astype(np.float64) if array.dtype.kind in "biuf" else array, pb.DOUBLE
            if array.dtype.kind not in "biuf":
                raise ValueError(f"action items {value!r} are not numbers")
        else:
            array = converted
    array = np.ascontiguousarray(array)
    packed = ext.PackedArray(dtype=data_type, data=array.tobytes())
    packed.shape.extend(array.shape)
    return packed
