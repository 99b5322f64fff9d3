"""The vector step's wire reader (rlgym_client._wire) against protobuf's own parsing of the same bytes."""

import numpy as np

from rlgym_client import _wire, tensors
from rlgym_client._protocol import ext, pb


def response_bytes(observations, rewards, infos=(), copies=()):
    step = ext.VectorStepResponse(rewards=tensors.pack(rewards, pb.DOUBLE),
                                  terminated=tensors.pack(rewards > 0, pb.BOOL), truncated=tensors.pack(rewards < 0, pb.BOOL),
                                  infos=list(infos), info_copies=list(copies))
    step.observations[1].CopyFrom(tensors.pack(observations, pb.FLOAT))
    response = pb.EnvironmentResponse()
    response.extension.Pack(step)
    return response.SerializeToString()


def test_reads_what_protobuf_reads_and_reuses_the_layout_only_when_it_holds():
    reader = _wire.VectorStepReader()
    rng = np.random.default_rng(0)
    for round_ in range(3):  # the first read parses, the next ones slice the same layout
        observations = rng.random((6, 4), dtype=np.float32)
        rewards = rng.standard_normal(6)
        read = reader.read(response_bytes(observations, rewards))
        np.testing.assert_array_equal(read[0][1], observations)
        np.testing.assert_array_equal(read[1], rewards)
        assert read[2].tolist() == (rewards > 0).tolist() and read[3].tolist() == (rewards < 0).tolist()
        assert read[4:] == ([], [])
        read[0][1][0, 0] = 7.0  # writable, and a copy of the message: nothing else changes
    with_infos = reader.read(response_bytes(observations, rewards, infos=['{"a": 1}'], copies=[4]))
    assert with_infos[4:] == (['{"a": 1}'], [4])
    np.testing.assert_array_equal(with_infos[0][1], observations)
    wider = rng.random((6, 5), dtype=np.float32)  # another layout: parsed again
    np.testing.assert_array_equal(reader.read(response_bytes(wider, rewards))[0][1], wider)
    error = pb.EnvironmentResponse()
    error.error.code = 3
    error.error.message = "no"
    assert reader.read(error.SerializeToString()) is None
