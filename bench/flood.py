#!/usr/bin/env python3
"""Connection flood for `errdocs serve` (bench/flood.sh), standard library only.

Opens and closes TOTAL connections to HOST:PORT, at most CONCURRENCY at a time. Each
connection is one of three kinds, in turn:

  full     a complete `GET PAGE` with `Connection: close`, the answer read to the end;
  partial  half a request (no blank line), then closed at once;
  idle     connect, send nothing, close.

Prints what happened as one line of `key=value`. Usage:

  flood.py HOST PORT [TOTAL] [CONCURRENCY] [PAGE]
"""

import errno
import selectors
import socket
import sys
import time


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 144_000
    concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 256
    page = sys.argv[5] if len(sys.argv) > 5 else "/fr/docs/too-many-registrations-for-this-ip/"
    full = f"GET {page} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
    partial = f"GET {page} HTTP/1.1\r\nHost: {host}\r\nAccept-Language: fr".encode()
    kinds = ("full", "partial", "idle")

    sel = selectors.DefaultSelector()
    started = 0
    counts = {"full": 0, "partial": 0, "idle": 0, "answered": 0, "errors": 0}
    t0 = time.monotonic()

    def close(sock):
        sel.unregister(sock)
        sock.close()

    def start():
        nonlocal started
        kind = kinds[started % len(kinds)]
        started += 1
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        err = sock.connect_ex((host, port))
        if err not in (0, errno.EINPROGRESS):
            counts["errors"] += 1
            sock.close()
            return
        sel.register(sock, selectors.EVENT_WRITE, [kind, "connect", bytearray()])

    while started < total or sel.get_map():
        while started < total and len(sel.get_map()) < concurrency:
            start()
        for key, events in sel.select(timeout=1.0):
            sock, state = key.fileobj, key.data
            kind, phase, buf = state
            if phase == "connect":
                if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
                    counts["errors"] += 1
                    close(sock)
                    continue
                counts[kind] += 1
                if kind == "idle":
                    close(sock)
                elif kind == "partial":
                    try:
                        sock.send(partial)
                    except OSError:
                        counts["errors"] += 1
                    close(sock)
                else:
                    try:
                        sock.send(full)
                    except OSError:
                        counts["errors"] += 1
                        close(sock)
                        continue
                    state[1] = "read"
                    sel.modify(sock, selectors.EVENT_READ, state)
            else:
                try:
                    chunk = sock.recv(65536)
                except OSError:
                    counts["errors"] += 1
                    close(sock)
                    continue
                if chunk:
                    if not buf:
                        buf.extend(chunk[:16])
                    continue
                if buf.startswith(b"HTTP/1.1 200"):
                    counts["answered"] += 1
                else:
                    counts["errors"] += 1
                close(sock)

    elapsed = time.monotonic() - t0
    print(
        f"connections={started} seconds={elapsed:.1f} per_second={started / elapsed:.0f} "
        + " ".join(f"{k}={v}" for k, v in counts.items())
    )


if __name__ == "__main__":
    main()
