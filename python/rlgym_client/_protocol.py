"""The wire protocol: Python stubs generated from the server's .proto files, and one dm_env_rpc stream.

The stubs are generated with the protoc on PATH (Debian's protobuf-compiler, matching python3-protobuf 3.21) into
``_generated/`` the first time they are needed, and again whenever a .proto file is newer than them.
"""

import os
import queue
import subprocess
import sys
import threading

import grpc

_HERE = os.path.dirname(os.path.abspath(__file__))
_REPO = os.path.dirname(os.path.dirname(_HERE))
PROTO_ROOT = os.environ.get("RLGYM_PROTO_ROOT", os.path.join(_REPO, "src", "RlGym.Server", "Protos"))
_GENERATED = os.path.join(_HERE, "_generated")
_PROTOS = ["dm_env_rpc/v1/dm_env_rpc.proto", "google/rpc/status.proto", "rlgym_rpc/v1/rlgym_extensions.proto"]
_lock = threading.Lock()


def _outputs():
    return [os.path.join(_GENERATED, p[: -len(".proto")] + "_pb2.py") for p in _PROTOS]


def _stale():
    outputs = _outputs()
    if not all(os.path.exists(o) for o in outputs):
        return True
    newest_source = max(os.path.getmtime(os.path.join(PROTO_ROOT, p)) for p in _PROTOS)
    return min(os.path.getmtime(o) for o in outputs) < newest_source


def generate():
    """Generates the Python stubs with protoc (when missing or stale) and puts them on sys.path."""
    with _lock:
        if os.path.isdir(PROTO_ROOT) and _stale():
            os.makedirs(_GENERATED, exist_ok=True)
            command = ["protoc", "-I", PROTO_ROOT, "--python_out", _GENERATED] + _PROTOS
            try:
                subprocess.run(command, check=True, capture_output=True, text=True)
            except FileNotFoundError:
                raise RuntimeError("protoc is needed to generate the client's stubs: apt-get install protobuf-compiler") from None
            except subprocess.CalledProcessError as error:
                raise RuntimeError("protoc failed: " + error.stderr.strip()) from None
        if _GENERATED not in sys.path:
            sys.path.insert(0, _GENERATED)


generate()

from dm_env_rpc.v1 import dm_env_rpc_pb2 as pb  # noqa: E402
from google.rpc import status_pb2  # noqa: E402,F401
from rlgym_rpc.v1 import rlgym_extensions_pb2 as ext  # noqa: E402

_METHOD = "/dm_env_rpc.v1.Environment/Process"
# The channel options of every connection (bench/python/bench_client.py's echo uses the same).
CHANNEL_OPTIONS = [("grpc.max_receive_message_length", 256 * 1024 * 1024), ("grpc.max_send_message_length", 256 * 1024 * 1024)]
_CODES = {3: "INVALID_ARGUMENT", 5: "NOT_FOUND", 9: "FAILED_PRECONDITION", 12: "UNIMPLEMENTED", 13: "INTERNAL", 16: "UNAUTHENTICATED"}


class RlGymError(RuntimeError):
    """A request the server refused: ``code`` is the google.rpc code, the message is the server's one line."""

    def __init__(self, code, message):
        super().__init__(f"{_CODES.get(code, code)}: {message}")
        self.code = code
        self.server_message = message


class _Requests:
    """The request side of the stream: an iterator fed one request at a time."""

    _END = object()

    def __init__(self):
        self._queue = queue.SimpleQueue()

    def put(self, request):
        self._queue.put(request)

    def close(self):
        self._queue.put(self._END)

    def __iter__(self):
        return self

    def __next__(self):
        item = self._queue.get()
        if item is self._END:
            raise StopIteration
        return item


def _serialize(request):
    """A request's wire bytes: an EnvironmentRequest is serialized, bytes (one serialized already) go as they are."""
    return request if type(request) is bytes else request.SerializeToString()


def unpack_extension(packed, response_type):
    """The RlGym extension message of type ``response_type`` inside ``packed`` (a google.protobuf.Any)."""
    result = response_type()
    if not packed.Unpack(result):
        raise RlGymError(13, f"expected {response_type.DESCRIPTOR.full_name}, got {packed.type_url}")
    return result


def extension_request(message):
    """An EnvironmentRequest carrying one of RlGym's extension messages."""
    request = pb.EnvironmentRequest()
    request.extension.Pack(message)
    return request


class Connection:
    """One dm_env_rpc stream (``Environment.Process``) to a server: send a request (an EnvironmentRequest, or its
    serialized bytes), get its response."""

    def __init__(self, address, token=None):
        self._channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        # Responses arrive as bytes and are parsed here: most are parsed whole, the vector step's read in place.
        process = self._channel.stream_stream(_METHOD, request_serializer=_serialize)
        token = token if token is not None else os.environ.get("RLGYM_TOKEN")
        metadata = [("authorization", "Bearer " + token)] if token else None
        self._requests = _Requests()
        self._responses = process(self._requests, metadata=metadata)
        self._closed = False

    def request(self, request):
        """Sends one EnvironmentRequest and returns the payload of its response; raises RlGymError on an error."""
        if self._closed:
            raise RuntimeError("the connection is closed")
        return self.payload(self.request_raw(request))

    def request_raw(self, request):
        """Sends one request (an EnvironmentRequest or its bytes) and returns the response's wire bytes, unparsed."""
        if self._closed:
            raise RuntimeError("the connection is closed")
        self._requests.put(request)
        return self._next()

    def _next(self):
        try:
            return next(self._responses)
        except grpc.RpcError as error:
            raise RlGymError(error.code().value[0], error.details()) from None

    @staticmethod
    def payload(raw):
        """The payload of a response's wire bytes; raises RlGymError when it is an error."""
        response = pb.EnvironmentResponse.FromString(raw)
        which = response.WhichOneof("payload")
        if which == "error":
            raise RlGymError(response.error.code, response.error.message)
        return getattr(response, which)

    def request_all(self, requests):
        """Sends several requests at once (no round trip between them) and returns their payloads in order; raises
        the first error after every response was read, so the stream stays in step."""
        if self._closed:
            raise RuntimeError("the connection is closed")
        for request in requests:
            self._requests.put(request)
        payloads, first_error = [], None
        for _ in requests:
            response = pb.EnvironmentResponse.FromString(self._next())
            which = response.WhichOneof("payload")
            if which == "error" and first_error is None:
                first_error = RlGymError(response.error.code, response.error.message)
            payloads.append(getattr(response, which))
        if first_error is not None:
            raise first_error
        return payloads

    def extension(self, message, response_type):
        """Sends an RlGym extension request and unpacks its response."""
        return unpack_extension(self.request(extension_request(message)), response_type)

    def close(self):
        """Ends the stream (the server frees its worlds) and closes the channel."""
        if not self._closed:
            self._closed = True
            self._requests.close()
            self._channel.close()
