"""A slow line to a database server, as a municipality's shared server over a VPN is:
a TCP relay on 127.0.0.1 that holds every chunk of data a while before passing it
on, in both directions, so each round trip to the server costs about twice
``delay``. The time is spent in the relay's threads, not in the app's, exactly as
it is on a real slow network.

    with SlowLine("127.0.0.1", server_port, delay=0.15) as line:
        url = ...set(host="127.0.0.1", port=line.port)
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType


class SlowLine:
    def __init__(self, host: str, port: int, delay: float) -> None:
        self.target = (host, port)
        self.delay = delay
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port: int = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.open_connections = 0  # relayed connections neither side has closed yet
        threading.Thread(target=self._accept, name="slow-line", daemon=True).start()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
                self.open_connections += 1
            ends = [2]  # the connection is closed when both directions have ended
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b, ends), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, ends: list[int]) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                time.sleep(self.delay)  # the line's latency, one way
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
            with self._lock:
                ends[0] -= 1
                if ends[0] == 0:
                    self.open_connections -= 1

    def close(self) -> None:
        self._closed.set()
        with contextlib.suppress(OSError):  # wakes the thread in accept; stops listening
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for s in self._sockets:  # shut down first: that wakes a thread waiting in recv
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def __enter__(self) -> SlowLine:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()
