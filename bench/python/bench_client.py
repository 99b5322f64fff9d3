"""Python-client figures for BENCHMARKS.md (run with Debian's /usr/bin/python3 from the repository root).

    /usr/bin/python3 bench/python/bench_client.py echo      # bare grpcio stream round trips over a Unix socket
    /usr/bin/python3 bench/python/bench_client.py ping      # the same, to rlgym serve itself (ping extension)
    /usr/bin/python3 bench/python/bench_client.py catmouse  # CatMouse-v0, one env, over a Unix socket
    /usr/bin/python3 bench/python/bench_client.py catmouse-noinfo  # the same with make(..., info=False)
    /usr/bin/python3 bench/python/bench_client.py catmouse-map     # the same asking for the observations map (older clients)
    /usr/bin/python3 bench/python/bench_client.py parts     # one CatMouse step's time: client encode/decode, round trips
    /usr/bin/python3 bench/python/bench_client.py vector    # CatMouse-v0, 1,024 copies per call, infos off
    /usr/bin/python3 bench/python/bench_client.py vector-info      # the same with infos
    /usr/bin/python3 bench/python/bench_client.py vector-parts     # the vector step's client encode and decode alone
    /usr/bin/python3 bench/python/bench_client.py nethack   # NetHackScore-v0, one env
    /usr/bin/python3 bench/python/bench_client.py doom      # Doom/Basic-v0, one env

Each prints one line: what, calls/s, env steps/s, seconds measured, then the CPU time each side spent per call
(the client process's and the server process's, user + system, from /proc): on a shared machine the round trips per
second swing with the load, the CPU per call much less. Each measures BENCH_SECONDS (5) after BENCH_WARMUP (2)
seconds of the same calls. The server is the built rlgym (see rlgym_client.server); the echo server is a bare grpcio
server in a child process, so neither side shares a GIL, reached through the same kind of channel (a Unix socket in a
temporary folder, the client's channel options, one stream fed by the same request queue).
"""

import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))

import grpc  # noqa: E402

import rlgym_client  # noqa: E402
from rlgym_client._protocol import CHANNEL_OPTIONS, _Requests  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
# Calls made before measuring, for at least this long: the server's JIT compiles its hot paths again (tiered
# compilation) during its first seconds, which a short warm-up would count against the steps.
WARMUP = float(os.environ.get("BENCH_WARMUP", "2"))
_METHOD = "/bench.Echo/Process"

_ECHO_SERVER = """
import sys, grpc
from concurrent import futures
def process(requests, context):
    for request in requests:
        yield request
handler = grpc.method_handlers_generic_handler("bench.Echo", {"Process": grpc.stream_stream_rpc_method_handler(process)})
server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
server.add_generic_rpc_handlers((handler,))
server.add_insecure_port(sys.argv[1])
server.start()
print("ready", flush=True)
server.wait_for_termination()
"""


def cpu_seconds(pid):
    """User + system CPU seconds of process ``pid`` so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(step, server_pid):
    """Calls step() for SECONDS (after WARMUP seconds); returns (calls, elapsed, client CPU s, server CPU s)."""
    start = time.perf_counter()
    while time.perf_counter() - start < WARMUP:
        for _ in range(50):
            step()
    calls, start = 0, time.perf_counter()
    client, server = time.process_time(), cpu_seconds(server_pid)
    while True:
        for _ in range(50):
            step()
        calls += 50
        elapsed = time.perf_counter() - start
        if elapsed >= SECONDS:
            return calls, elapsed, time.process_time() - client, cpu_seconds(server_pid) - server


def report(what, measured, steps_per_call=1):
    calls, elapsed, client, server = measured
    print(f"{what}: {calls / elapsed:,.0f} calls/s, {calls * steps_per_call / elapsed:,.0f} env steps/s ({elapsed:.1f} s, "
          f"load {os.getloadavg()[0]:.1f}); CPU per call: client {client / calls * 1e6:,.0f} us, server {server / calls * 1e6:,.0f} us")


def echo():
    folder = tempfile.mkdtemp(prefix="rlgym-echo-")
    address = "unix:" + os.path.join(folder, "echo.sock")
    server = subprocess.Popen([sys.executable, "-c", _ECHO_SERVER, address], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready"
        channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        requests = _Requests()
        responses = channel.stream_stream(_METHOD)(requests)
        payload = b"\x1a\x08\x0a\x06\x08\x01\x12\x02\x08\x02"  # about the size of a CatMouse step request

        def step():
            requests.put(payload)
            next(responses)
        measured = timed(step, server.pid)
        requests.close()
        channel.close()
        report("bare grpcio echo (stream round trip, Unix socket)", measured)
    finally:
        server.terminate()
        server.wait()


def ping():
    """Bare grpcio round trips to the rlgym server itself: a pre-serialized ping request, the response left unparsed."""
    from rlgym_client._protocol import ext, pb
    with rlgym_client.Server("CatMouse-v0") as server:
        request = pb.EnvironmentRequest()
        request.extension.Pack(ext.PingRequest(payload=b"\x08\x01\x12\x02\x08\x02"))
        payload = request.SerializeToString()
        channel = grpc.insecure_channel(server.address, options=CHANNEL_OPTIONS)
        requests = _Requests()
        responses = channel.stream_stream("/dm_env_rpc.v1.Environment/Process")(requests)

        def step():
            requests.put(payload)
            next(responses)
        measured = timed(step, server.process.pid)
        requests.close()
        channel.close()
        report("bare grpcio round trip to rlgym serve (ping extension, Unix socket)", measured)


def single(env_id, unpacked=False, **options):
    with rlgym_client.Server(env_id) as server, rlgym_client.make(env_id, address=server.address, **options) as env:
        if unpacked:
            _unpacked(env)
        env.reset(seed=0)
        env.action_space.seed(0)
        actions = [env.action_space.sample() for _ in range(1024)]
        state = {"i": 0}

        def step():
            state["i"] += 1
            _, _, terminated, truncated, _ = env.step(actions[state["i"] % len(actions)])
            if terminated or truncated:
                env.reset()
        measured = timed(step, server.process.pid)
        report(f"{env_id}, one env over a Unix socket (resets included{', infos off' if options.get('info') is False else ''}"
               f"{', observations map as older clients ask' if unpacked else ''})", measured)


def _unpacked(env):
    """Makes ``env`` ask for the observations map, as clients older than the packed step do (bench only)."""
    env._world._step.step.packed = False
    env._request.step.packed = False
    env._encoded.clear()


def parts(env_id="CatMouse-v0"):
    """Where one step's time goes: the client's encode and decode (replayed on a captured response, no network, best
    of 7 runs of 20,000), the whole step's round trip and the bare ping round trip to the same server, for the packed
    answer and for the observations map."""
    import timeit
    from rlgym_client._protocol import ext, pb
    with rlgym_client.Server(env_id) as server:
        ping = pb.EnvironmentRequest()
        ping.extension.Pack(ext.PingRequest(payload=b"\x08\x01\x12\x02\x08\x02"))
        ping = ping.SerializeToString()
        with rlgym_client.make(env_id, address=server.address) as env:
            connection = env._world.connection

            def best(call, number=20000):
                return min(timeit.repeat(call, number=number, repeat=7)) / number * 1e6

            ping_us = 1e6 / (timed(lambda: connection._requests.put(ping) or next(connection._responses), server.process.pid)[0] / SECONDS)
            for packed in (True, False):
                if not packed:
                    _unpacked(env)
                env.reset(seed=0)
                env.step(0)
                request = env._encoded[0]
                raw = connection.request(request)
                wire = pb.EnvironmentResponse(step=raw).SerializeToString()

                def decode():
                    response = pb.EnvironmentResponse.FromString(wire).step
                    if packed:
                        env._decode_packed(response.packed_observations)
                        env._packed_info(response)
                    else:
                        observations = response.observations
                        env._decode(observations)
                        observations[env._truncated].bools.array[0]
                        observations[env._discount].doubles.array[0]
                        observations[env._reward].doubles.array[0]
                        rlgym_client._world.decode_info(observations, env._info)
                encode = best(lambda: env._encoded.get(0))
                serialize = best(lambda: env._request.SerializeToString())
                decoded = best(decode)
                state = {"i": 0}

                def step():
                    state["i"] += 1
                    _, _, terminated, truncated, _ = env.step(state["i"] % 4)
                    if terminated or truncated:
                        env.reset()
                calls, elapsed, client, server_cpu = timed(step, server.process.pid)
                print(f"{env_id} {'packed' if packed else 'map (older clients)'}: request {len(request)} B, response {len(wire)} B; "
                      f"client encode {encode:.2f} us (cached bytes; {serialize:.2f} us to serialize anew), client decode {decoded:.2f} us; "
                      f"step round trip {elapsed / calls * 1e6:.0f} us ({calls / elapsed:,.0f} steps/s, resets included), ping round trip "
                      f"{ping_us:.0f} us; CPU per step: client {client / calls * 1e6:.0f} us, server {server_cpu / calls * 1e6:.0f} us "
                      f"(load {os.getloadavg()[0]:.1f})")


def vector_parts(count=1024):
    """The vector step's client work alone: one request encoded and one captured response decoded (no network; best
    of 7 runs of 2,000), by the prebuilt bytes and the in-place reader, and by protobuf's messages (the fallback path,
    which clients before the reader used)."""
    import timeit
    from rlgym_client import tensors
    from rlgym_client._protocol import ext, extension_request, unpack_extension
    with rlgym_client.Server("CatMouse-v0") as server, rlgym_client.make_vec("CatMouse-v0", count, address=server.address, info=False) as env:
        env.reset(seed=0)
        actions = np.random.default_rng(0).integers(0, 4, size=count, dtype=np.int32)
        connection = env._world.connection
        request = env._template.encode(actions)
        raw = connection.request_raw(request)

        def encode_messages():
            request = env._step
            request.actions.clear()
            for uid, packed in env._pack(actions).items():
                request.actions[uid].CopyFrom(packed)
            return extension_request(request).SerializeToString()

        def decode_messages():
            response = unpack_extension(connection.payload(raw), ext.VectorStepResponse)
            return (env._observations(response.observations), tensors.unpack(response.rewards).copy(),
                    tensors.unpack(response.terminated).copy(), tensors.unpack(response.truncated).copy(), env._infos(response))

        def decode_in_place():
            observations, rewards, terminated, truncated, infos, copies = env._reader.read(raw)
            return env._arrange({env._names[uid]: a for uid, a in observations.items()}), rewards, terminated, truncated, env._merge(infos, copies)

        def best(call):
            return min(timeit.repeat(call, number=2000, repeat=7)) / 2000 * 1e6
        print(f"CatMouse-v0, vector of {count}: request {len(request)} B, response {len(raw)} B; encode "
              f"{best(lambda: env._template.encode(actions)):.1f} us (protobuf messages {best(encode_messages):.1f} us), decode "
              f"{best(decode_in_place):.1f} us (protobuf messages {best(decode_messages):.1f} us) (load {os.getloadavg()[0]:.1f})")


def vector(count=1024, info=False):
    with rlgym_client.Server("CatMouse-v0") as server, rlgym_client.make_vec("CatMouse-v0", count, address=server.address, info=info) as env:
        env.reset(seed=0)
        rng = np.random.default_rng(0)
        batches = [rng.integers(0, 4, size=count, dtype=np.int32) for _ in range(64)]
        state = {"i": 0}

        def step():
            state["i"] += 1
            env.step(batches[state["i"] % len(batches)])
        measured = timed(step, server.process.pid)
        report(f"CatMouse-v0, vector of {count} copies over a Unix socket, infos {'on' if info else 'off'}", measured, count)


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "catmouse"
    {"echo": echo, "ping": ping, "catmouse": lambda: single("CatMouse-v0"),
     "catmouse-noinfo": lambda: single("CatMouse-v0", info=False), "vector": vector,
     "catmouse-map": lambda: single("CatMouse-v0", unpacked=True), "parts": parts, "vector-parts": vector_parts,
     "vector-info": lambda: vector(info=True),
     "nethack": lambda: single("NetHackScore-v0"), "doom": lambda: single("Doom/Basic-v0")}[what]()
