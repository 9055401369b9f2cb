"""The Python smtplib side of Outpost's round-trip benchmark (benches/rtt.sh).

    smtplib_rtt.py fresh --ports P1,P2,... --runs N --ca-file CA [--user U --password-file F]
        N times, going through the ports in turn: one whole session in this process (connect,
        EHLO, STARTTLS, EHLO, [AUTH], one message, QUIT), timed from connect to QUIT's reply.
        Prints {"seconds": [[P1 times...], [P2 times...], ...]}.
    smtplib_rtt.py kept --ports P1,P2,... --count M --runs R --ca-file CA [--body-bytes B]
        R times, going through the ports in turn: a session that sends 1 message and one that
        sends M messages on the same connection (connect, EHLO, STARTTLS, EHLO, messages, QUIT;
        no AUTH). Prints {"one": [[P1...], [P2...], ...], "many": [...]}.
    smtplib_rtt.py ehlo --port P --ca-file CA
        Prints what the server advertises before and after STARTTLS, as JSON.
    smtplib_rtt.py calibrate --proxy PATH [--delay-ms 25]
        Starts an echo server and PATH (benches/delay_proxy.py) in front of it, and measures what
        the proxy really adds: connect-to-first-byte and the median of 30 ping-pongs, in ms.

smtplib does not pipeline: MAIL, RCPT and DATA each wait for their reply. It uses AUTH PLAIN
with the initial response when the server offers it. Only ever connects to 127.0.0.1.
"""

import argparse
import json
import smtplib
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
# The same messages as the throughput benchmark: one definition, in the peer beside this file.
from smtplib_peer import HOST, body, message


def session(port, ctx, count, text, login=None):
    """One connection, `count` messages; returns the seconds from connect to QUIT's reply."""
    msgs = [message("RTT message %d" % i, text) for i in range(count)]  # built before the clock
    started = time.perf_counter()
    s = smtplib.SMTP(HOST, port, timeout=30)
    s.ehlo()
    s.starttls(context=ctx)
    s.ehlo()
    if login:
        s.login(*login)
    for m in msgs:
        refused = s.send_message(m)
        if refused:
            raise SystemExit("refused: %r" % refused)
    s.quit()
    return time.perf_counter() - started


def context(a):
    return ssl.create_default_context(cafile=a.ca_file)


def fresh(a):
    ports = [int(p) for p in a.ports.split(",")]
    login = None
    if a.user:
        login = (a.user, open(a.password_file).readline().rstrip("\n"))
    ctx = context(a)
    text = "Round-trip benchmark.\n"
    for p in ports:  # warm-up (server processes, TLS code paths)
        session(p, ctx, 1, text, login)
    out = [[] for _ in ports]
    for _ in range(a.runs):
        for i, p in enumerate(ports):
            out[i].append(round(session(p, ctx, 1, text, login), 6))
    print(json.dumps({"seconds": out}))


def kept(a):
    ports = [int(p) for p in a.ports.split(",")]
    ctx = context(a)
    text = body(a.body_bytes)
    for p in ports:
        session(p, ctx, 1, text)
    one = [[] for _ in ports]
    many = [[] for _ in ports]
    for _ in range(a.runs):
        for i, p in enumerate(ports):
            one[i].append(round(session(p, ctx, 1, text), 6))
            many[i].append(round(session(p, ctx, a.count, text), 6))
    print(json.dumps({"one": one, "many": many}))


def ehlo(a):
    s = smtplib.SMTP(HOST, a.port, timeout=30)
    before = s.ehlo()[1].decode(errors="replace").split("\n")
    s.starttls(context=context(a))
    after = s.ehlo()[1].decode(errors="replace").split("\n")
    tls = s.sock.version()
    s.quit()
    print(json.dumps({"banner_host": before[0], "before_starttls": before[1:], "after_starttls": after[1:], "tls": tls}))


def calibrate(a):
    srv = socket.socket()
    srv.bind((HOST, 0))
    srv.listen(8)
    port = srv.getsockname()[1]

    def serve():
        while True:
            c, _ = srv.accept()
            c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            c.sendall(b"220 hello\r\n")
            while True:
                d = c.recv(65536)
                if not d:
                    break
                c.sendall(d)
            c.close()

    threading.Thread(target=serve, daemon=True).start()
    proxy = subprocess.Popen([sys.executable, a.proxy, "--to", str(port), "--delay-ms", str(a.delay_ms)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        pport = int(proxy.stdout.readline().split()[1])
        greet, rtts = [], []
        for _ in range(5):
            t = time.perf_counter()
            s = socket.create_connection((HOST, pport))
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.recv(100)
            greet.append((time.perf_counter() - t) * 1000)
            for _ in range(6):
                t = time.perf_counter()
                s.sendall(b"x" * 64)
                got = 0
                while got < 64:
                    got += len(s.recv(1000))
                rtts.append((time.perf_counter() - t) * 1000)
            s.close()
        print(json.dumps({"greeting_ms": round(statistics.median(greet), 2),
                          "rtt_ms": round(statistics.median(rtts), 2),
                          "rtt_min_ms": round(min(rtts), 2), "rtt_max_ms": round(max(rtts), 2)}))
    finally:
        proxy.stdin.close()
        proxy.wait(timeout=10)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["fresh", "kept", "ehlo", "calibrate"])
    p.add_argument("--ports")
    p.add_argument("--port", type=int)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--count", type=int, default=20)
    p.add_argument("--body-bytes", type=int, default=2048)
    p.add_argument("--user")
    p.add_argument("--password-file")
    p.add_argument("--ca-file")
    p.add_argument("--proxy")
    p.add_argument("--delay-ms", type=float, default=25.0)
    a = p.parse_args()
    {"fresh": fresh, "kept": kept, "ehlo": ehlo, "calibrate": calibrate}[a.mode](a)


if __name__ == "__main__":
    main()
