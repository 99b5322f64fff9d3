"""Reading RlGym's vector step response straight from its wire bytes: the few fields it has are located with a small
protobuf reader and every batch becomes a NumPy view of one copy of the message, instead of the message being parsed
into objects twice (the response, then the ``Any`` inside it) and each batch copied out of them."""

import numpy as np

from . import tensors

_LENGTH, _VARINT = 2, 0
_EXTENSION, _ERROR = 15, 16
VECTOR_STEP_URL = b"type.googleapis.com/rlgym_rpc.v1.VectorStepResponse"


def _varint(buffer, at):
    result = shift = 0
    while True:
        byte = buffer[at]
        at += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, at
        shift += 7


def _fields(buffer, at, end):
    """(field number, wire type, value) for each field in ``buffer[at:end]``; a length-delimited field's value is its
    (start, end) and a varint's its number; fixed-size fields are skipped."""
    while at < end:
        key, at = _varint(buffer, at)
        number, kind = key >> 3, key & 7
        if kind == _VARINT:
            value, at = _varint(buffer, at)
            yield number, kind, value
        elif kind == _LENGTH:
            length, at = _varint(buffer, at)
            yield number, kind, (at, at + length)
            at += length
        elif kind == 1:
            at += 8
        elif kind == 5:
            at += 4
        else:
            raise ValueError(f"unexpected wire type {kind}")



def _repeated_varint(buffer, kind, value, out):
    """Appends a repeated integer field's values to ``out``: packed (one length-delimited run of varints) or one
    value per field, as protobuf allows either on the wire."""
    if kind == _LENGTH:
        position, stop = value
        while position < stop:
            item, position = _varint(buffer, position)
            out.append(item)
    else:
        out.append(value)

def _packed_array(buffer, at, end, regions, role):
    """A PackedArray's items as a view of ``buffer`` (a bytearray the caller owns); its data's place, dtype, shape and
    ``role`` (an observation uid, or rewards, terminated, truncated) are added to ``regions``."""
    data_type, shape, data = 0, [], (at, at)
    for number, kind, value in _fields(buffer, at, end):
        if number == 1:
            data_type = value
        elif number == 2:
            _repeated_varint(buffer, kind, value, shape)
        elif number == 3:
            data = value
    dtype = tensors.numpy_dtype(data_type)
    start, stop = data
    count = (stop - start) // dtype.itemsize
    regions.append((start, stop, dtype, count, tuple(shape), role))
    return np.frombuffer(buffer, dtype, count, start).reshape(shape)


class VectorStepReader:
    """Reads VectorStepResponses from their wire bytes. Once a response without infos was read, its layout (where each
    batch's items lie, everything else byte for byte) is kept: a next response of the same length whose bytes outside
    the items are the same is read by slicing alone, which is every step of a world without infos."""

    def __init__(self):
        self._length = -1
        self._gaps = ()
        self._layout = None

    def read(self, raw):
        """``(observations by uid, rewards, terminated, truncated, infos, info_copies)`` of an EnvironmentResponse's
        bytes holding a VectorStepResponse, the arrays views of one writable copy of the bytes; None for any other
        response (an error, say), which the caller parses in full."""
        if len(raw) == self._length and all(raw[start:stop] == gap for start, stop, gap in self._gaps):
            buffer = bytearray(raw)
            observations, outcome = {}, {}
            for start, _, dtype, count, shape, role in self._layout:
                array = np.frombuffer(buffer, dtype, count, start).reshape(shape)
                if type(role) is int:
                    observations[role] = array
                else:
                    outcome[role] = array
            return observations, outcome["rewards"], outcome["terminated"], outcome["truncated"], [], []
        regions = []
        read = _vector_step(raw, regions)
        if read is not None:
            observations, _, _, _, infos, copies = read
            if not infos and not copies and len(regions) == len(observations) + 3 and all(r is not None for r in read[1:4]):
                edges = [0] + [edge for start, stop, _, _, _, _ in regions for edge in (start, stop)] + [len(raw)]
                self._gaps = tuple((edges[i], edges[i + 1], raw[edges[i]:edges[i + 1]]) for i in range(0, len(edges), 2))
                self._layout = regions
                self._length = len(raw)
        return read


def _vector_step(raw, regions):
    buffer = bytearray(raw)
    payload = None
    for number, kind, value in _fields(buffer, 0, len(buffer)):
        if number == _EXTENSION and kind == _LENGTH:
            payload = value
        elif number == _ERROR:
            return None
    if payload is None:
        return None
    url, message = None, None
    for number, kind, value in _fields(buffer, *payload):
        if number == 1 and kind == _LENGTH:
            url = bytes(buffer[value[0]:value[1]])
        elif number == 2 and kind == _LENGTH:
            message = value
    if url != VECTOR_STEP_URL or message is None:
        return None
    observations, rewards, terminated, truncated, infos, copies = {}, None, None, None, [], []
    for number, kind, value in _fields(buffer, *message):
        if number == 1:
            uid, array = 0, None
            for entry_number, _, entry_value in _fields(buffer, *value):
                if entry_number == 1:
                    uid = entry_value
                elif entry_number == 2:
                    array = entry_value
            if array is not None:
                observations[uid] = _packed_array(buffer, *array, regions, uid)
        elif number == 2:
            rewards = _packed_array(buffer, *value, regions, "rewards")
        elif number == 3:
            terminated = _packed_array(buffer, *value, regions, "terminated")
        elif number == 4:
            truncated = _packed_array(buffer, *value, regions, "truncated")
        elif number == 5:
            infos.append(bytes(buffer[value[0]:value[1]]).decode())
        elif number == 6:
            _repeated_varint(buffer, kind, value, copies)
    return observations, rewards, terminated, truncated, infos, copies
