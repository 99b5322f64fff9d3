"""Starting and stopping a ``rlgym serve`` process."""

import os
import select
import shutil
import subprocess
import tempfile
import threading
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(_HERE))
_READY = "rlgym serve: listening on "


def _command():
    """How to run rlgym: $RLGYM_COMMAND, the built dll (artifacts/rlgym/rlgym.dll), or the repository's ./rlgym script."""
    custom = os.environ.get("RLGYM_COMMAND")
    if custom:
        return custom.split()
    dll = os.path.join(REPO, "artifacts", "rlgym", "rlgym.dll")
    if os.path.exists(dll):
        return ["dotnet", dll]
    script = os.path.join(REPO, "rlgym")
    if os.path.exists(script):
        return [script]
    raise RuntimeError("cannot find rlgym: set RLGYM_COMMAND, or run from a clone of the repository")


class Server:
    """A ``rlgym serve`` child process on a Unix socket in a private temporary folder.

    ``Server("CatMouse-v0")`` starts it and returns once the server says it listens (or raises after ``timeout``
    seconds, with what it printed); ``close()`` (or leaving a ``with`` block) stops it and removes the folder.
    """

    def __init__(self, env_id="all", timeout=120.0, plugins=None, extra_args=()):
        self._folder = tempfile.mkdtemp(prefix="rlgym-serve-")
        socket_path = os.path.join(self._folder, "rlgym.sock")
        command = _command() + ["serve", env_id, "--socket", socket_path] + list(extra_args)
        if plugins:
            command += ["--plugins", plugins]
        self._stderr_path = os.path.join(self._folder, "stderr.txt")
        with open(self._stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL)
        try:
            self.address = self._wait_ready(timeout)
        except BaseException:
            self.close()
            raise
        # Keep reading what it prints so a full pipe never blocks it.
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        try:
            while self.process.stdout.read(4096):
                pass
        except (OSError, ValueError):
            pass

    def _wait_ready(self, timeout):
        deadline = time.monotonic() + timeout
        out = self.process.stdout
        seen = []
        buffer = b""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"rlgym serve did not say it listens within {timeout:.0f} s; it printed: {b''.join(seen)!r}")
            ready, _, _ = select.select([out], [], [], left)
            if not ready:
                continue
            chunk = os.read(out.fileno(), 4096)
            if not chunk:
                with open(self._stderr_path, "rb") as stderr:
                    error = stderr.read().decode(errors="replace").strip()
                self.process.wait()
                raise RuntimeError(f"rlgym serve exited with {self.process.returncode}: {error or b''.join(seen)!r}")
            seen.append(chunk)
            buffer += chunk
            text = buffer.decode(errors="replace")
            if _READY in text and "\n" in text[text.index(_READY):]:
                line = text[text.index(_READY) + len(_READY):].splitlines()[0]
                return line.split(" (")[0].strip()

    def close(self):
        """Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
