#!/usr/bin/env python3
"""Peak memory of Outpost against a hostile server that never ends its reply line (issue 20).

    benches/endless_line.py OUTPOST_BINARY [--seconds 10] [--json]

Two cases, each on 127.0.0.1 only: `outpost check` against a greeting that never ends, and
`outpost send --no-queue` against a MAIL FROM reply "250-" followed by an endless line. The server
streams until the client hangs up or the time is up; the client's peak resident memory is its
ru_maxrss as wait4 reports it. Prints one line per case (or JSON lines with --json).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

CHUNK = b"x" * 65536


def serve(sock, case, stop, streamed):
    conn, _ = sock.accept()
    conn.settimeout(30)
    try:
        if case == "greeting":
            conn.sendall(b"220-")
        else:
            conn.sendall(b"220 hostile.test ESMTP\r\n")
            f = conn.makefile("rb")
            f.readline()  # EHLO
            conn.sendall(b"250-hostile.test\r\n250 8BITMIME\r\n")
            f.readline()  # MAIL FROM
            conn.sendall(b"250-")
        while not stop.is_set():
            conn.sendall(CHUNK)
            streamed[0] += len(CHUNK)
    except OSError:
        pass
    finally:
        conn.close()


def run(binary, case, seconds):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    port = sock.getsockname()[1]
    stop = threading.Event()
    streamed = [0]
    t = threading.Thread(target=serve, args=(sock, case, stop, streamed), daemon=True)
    t.start()
    home = tempfile.mkdtemp(prefix="outpost-endless-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config",
               XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache", LANG="C")
    server = ["--host", "127.0.0.1", "--port", str(port), "--security", "none",
              "--timeout", str(seconds)]
    if case == "greeting":
        args = [binary, "check", "--json", *server]
    else:
        args = [binary, "send", "--json", "--no-queue", *server, "--from", "a@example.com",
                "--to", "b@example.org", "--subject", "s", "--body", "b"]
    started = time.monotonic()
    p = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    # The child's own peak (ru_maxrss from wait4), so a client that stops at once is measured too.
    peak, killed, out = 0, False, b""
    reader = threading.Thread(target=lambda: out_box.append(p.stdout.read()), daemon=True)
    out_box = []
    reader.start()
    while True:
        pid, _, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            peak = usage.ru_maxrss
            break
        if time.monotonic() - started > seconds + 5:
            p.kill()
            killed = True
        time.sleep(0.01)
    p.returncode = 0
    reader.join(5)
    out = out_box[0] if out_box else b""
    elapsed = time.monotonic() - started
    stop.set()
    sock.close()
    try:
        problem = json.loads(out)["problem"]
        kind = f'{problem["kind"]} at {problem["step"]}'
    except (ValueError, KeyError, TypeError):
        kind = "killed" if killed else "no JSON"
    return {"case": case, "peak_mb": round(peak / 1024, 1), "seconds": round(elapsed, 2),
            "streamed_mb": round(streamed[0] / 1e6, 1), "outcome": kind}


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    binary = sys.argv[1]
    seconds = int(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 10
    for case in ("greeting", "mail"):
        r = run(binary, case, seconds)
        if "--json" in sys.argv:
            print(json.dumps(r))
        else:
            print(f'{case:9} peak {r["peak_mb"]:8.1f} MB  {r["seconds"]:6.2f} s  '
                  f'server streamed {r["streamed_mb"]:8.1f} MB  → {r["outcome"]}')


if __name__ == "__main__":
    main()
