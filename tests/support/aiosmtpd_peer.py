"""A real SMTP server for Outpost's tests: aiosmtpd on 127.0.0.1 in one of three modes.

    python aiosmtpd_peer.py --mode plain|starttls|tls --spool DIR [--cert PEM --key PEM]
                            [--auth USER:PASSWORD] [--auth-require-tls yes|no] [--max-size N]

Binds 127.0.0.1:0, prints "READY <port>" and serves until its stdin closes (so it never outlives the
test that started it). Every accepted message is stored as <n>.eml (the DATA bytes exactly as
received) and then <n>.json (the envelope), each written to a temp file and renamed, so a reader
that sees n.json knows n.eml is complete.
"""

import argparse
import asyncio
import json
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Spool:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        os.makedirs(directory, exist_ok=True)

    def _write(self, name, data):
        tmp = os.path.join(self.directory, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, os.path.join(self.directory, name))

    def store(self, envelope, auth_user):
        self.count += 1
        n = self.count
        self._write(f"{n}.eml", envelope.original_content)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "auth_user": auth_user,
            "mail_options": list(envelope.mail_options),
        }
        self._write(f"{n}.json", json.dumps(meta).encode())


class Handler:
    def __init__(self, spool):
        self.spool = spool

    async def handle_DATA(self, server, session, envelope):
        user = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        self.spool.store(envelope, user)
        return "250 2.0.0 Ok: queued as OUTPOST%d" % self.spool.count


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    return authenticate


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=["plain", "starttls", "tls"], required=True)
    p.add_argument("--spool", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth")
    p.add_argument("--auth-require-tls", default="yes")
    p.add_argument("--max-size", type=int, default=33554432)
    args = p.parse_args()

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    options = dict(
        data_size_limit=args.max_size,
        decode_data=False,
        hostname="outpost-test",
        enable_SMTPUTF8=True,
    )
    if args.mode == "starttls":
        options.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, password = args.auth.split(":", 1)
        options.update(
            authenticator=authenticator_for(user, password),
            auth_required=True,
            # aiosmtpd only counts STARTTLS as encryption; on an implicit-TLS port everything is.
            auth_require_tls=args.auth_require_tls == "yes" and args.mode != "tls",
        )
    else:
        options.update(auth_require_tls=False)

    spool = Spool(args.spool)
    handler = Handler(spool)

    async def serve():
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        server = await loop.create_server(
            lambda: SMTP(handler, **options),
            sock=sock,
            ssl=context if args.mode == "tls" else None,
        )
        print("READY %d" % sock.getsockname()[1], flush=True)
        stop = asyncio.Event()

        def watch_stdin():
            sys.stdin.read()
            loop.call_soon_threadsafe(stop.set)

        threading.Thread(target=watch_stdin, daemon=True).start()
        await stop.wait()
        server.close()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
