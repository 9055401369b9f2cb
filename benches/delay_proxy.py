"""A TCP proxy on loopback that adds a fixed one-way delay, for Outpost's round-trip benchmark
(benches/rtt.sh). Only ever listens on and connects to 127.0.0.1.

    delay_proxy.py --to PORT [--listen PORT] [--delay-ms 25] [--no-handshake] [--trace FILE]

Listens on 127.0.0.1:--listen (0: any free port), forwards every connection to 127.0.0.1:--to, and
prints "READY <port>" on stdout once it listens. Runs until its stdin closes (or it is killed).

Every chunk read on one side is written to the other side --delay-ms later (25 ms each way: a
50 ms round trip). Each direction has its own FIFO of (deadline, bytes) between a reader thread and
a writer thread: the reader stamps and queues each chunk as soon as it arrives, the writer sends
each one at its deadline. So order is kept, chunks are neither merged nor held back behind each
other (bandwidth is not limited by the delay), and a reply the client waits for costs exactly
2 x delay more than on loopback. End of stream is delayed the same way. Both sockets have
TCP_NODELAY, so the proxy itself adds no Nagle wait. Threads and nanosleep rather than asyncio:
the event loop's timers are only millisecond-accurate.

The TCP handshake is emulated too: a real client's connect() takes one round trip, and the server
accepts (and sends its greeting) when the client's ACK arrives, 1.5 round trips after the SYN left.
Here connect() to the proxy returns at once, so the proxy opens the upstream connection 3 x delay
after accepting. A server-first protocol such as SMTP then sees its greeting 2 round trips after
connect() started, as on a real link (--no-handshake turns this off).

--trace FILE appends one JSON line per chunk: {"c": conn, "t": seconds since accept when read,
"d": "c>s" or "s>c", "n": bytes, "late": ms written after its deadline}. It shows each side's
flights and how exactly the delay was kept.
"""

import argparse
import json
import queue
import socket
import sys
import threading
import time

lock = threading.Lock()


def nodelay(s):
    try:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


class Trace:
    def __init__(self, path):
        self.f = open(path, "a", buffering=1) if path else None

    def log(self, **row):
        if self.f:
            with lock:
                self.f.write(json.dumps(row) + "\n")


def reader(src, q, delay):
    """Reads chunks as they come and queues each with its deadline; None marks end of stream."""
    while True:
        try:
            data = src.recv(65536)
        except OSError:
            data = b""
        now = time.monotonic()
        q.put((now, now + delay, data or None))
        if not data:
            return


def writer(dst, q, conn, t0, direction, trace):
    while True:
        read_at, deadline, data = q.get()
        wait = deadline - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        late = time.monotonic() - deadline
        if data is None:
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            return
        trace.log(c=conn, t=round(read_at - t0, 6), d=direction, n=len(data), late=round(late * 1000, 3))
        try:
            dst.sendall(data)
        except OSError:
            # the other side is gone: drain what the reader still queues, then stop
            while q.get()[2] is not None:
                pass
            return


def relay(client, conn, a, trace):
    t0 = time.monotonic()
    delay = a.delay_ms / 1000.0
    nodelay(client)
    up, down = queue.Queue(), queue.Queue()
    threads = [threading.Thread(target=reader, args=(client, up, delay), daemon=True)]
    threads[0].start()  # the client's bytes are stamped from now on, even before upstream is open
    if not a.no_handshake:
        time.sleep(3 * delay)
    try:
        server = socket.create_connection(("127.0.0.1", a.to))
    except OSError:
        client.close()
        return
    nodelay(server)
    threads += [
        threading.Thread(target=writer, args=(server, up, conn, t0, "c>s", trace), daemon=True),
        threading.Thread(target=reader, args=(server, down, delay), daemon=True),
        threading.Thread(target=writer, args=(client, down, conn, t0, "s>c", trace), daemon=True),
    ]
    for t in threads[1:]:
        t.start()
    for t in threads:
        t.join()
    server.close()
    client.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--to", type=int, required=True)
    p.add_argument("--listen", type=int, default=0)
    p.add_argument("--delay-ms", type=float, default=25.0)
    p.add_argument("--no-handshake", action="store_true")
    p.add_argument("--trace")
    a = p.parse_args()
    trace = Trace(a.trace)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", a.listen))
    listener.listen(64)
    print("READY", listener.getsockname()[1], flush=True)

    def accept():
        n = 0
        while True:
            client, _ = listener.accept()
            n += 1
            threading.Thread(target=relay, args=(client, n, a, trace), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        sys.stdin.read()  # until stdin closes
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
