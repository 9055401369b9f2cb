"""A real SMTP server for Outpost's tests: aiosmtpd on 127.0.0.1 in one of three modes.

    python smtpd.py --mode plain|starttls|tls --spool DIR [--cert PEM --key PEM]
                    [--auth USER:PASSWORD] [--auth-require-tls yes|no] [--max-size N]
                    [--slow-answer N:SECONDS]

Binds 127.0.0.1:0 itself, prints "READY <port>" and serves until its stdin reaches EOF or it gets
SIGTERM, so it never outlives the test that started it.

Every accepted message is stored in the spool as <n>.eml (the DATA bytes exactly as received, after
dot-unstuffing only) and then <n>.json ({"mail_from", "rcpt_tos", "auth_user", "mail_options"}),
each written to a temp file and renamed, json last: a reader that sees n.json knows n.eml is
complete. n counts from 1.

  plain     no TLS at all
  starttls  STARTTLS offered and required before MAIL (and before AUTH unless --auth-require-tls no)
  tls       implicit TLS from the first byte
  --auth    AUTH PLAIN and LOGIN, exactly USER:PASSWORD accepted, required before MAIL;
            wrong credentials get "535 5.7.8 Authentication credentials invalid"
  --xoauth2 URL
            AUTH XOAUTH2 (required before MAIL): the bearer token is checked with the mock identity
            provider at URL (GET URL?token=T answers {"user", "smtp_disabled"} or 404) and must
            belong to the user named in the XOAUTH2 string. Refusals as the providers answer them:
            --xoauth2-style gmail: 334 with a JSON challenge, then (after the client's empty line)
                                   535 5.7.8;
            --xoauth2-style microsoft: 535 5.7.3 for a bad token or another account's token,
                                   535 5.7.139 when the provider says SMTP sign-in is disabled.
  --slow-answer N:SECONDS
            the Nth message is stored at once, as every message is, but its "250" goes out only
            SECONDS later (a client that dies meanwhile never hears it: its outcome is unknown).
"""

import argparse
import asyncio
import base64
import urllib.error
import urllib.parse
import urllib.request
import json
import logging
import os
import signal
import socket
import ssl
import sys
import threading
import warnings

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
        os.rename(tmp, os.path.join(self.directory, name))

    def store(self, envelope, auth_user):
        self.count += 1
        n = self.count
        self._write("%d.eml" % n, envelope.original_content)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "auth_user": auth_user,
            "mail_options": list(envelope.mail_options),
        }
        self._write("%d.json" % n, json.dumps(meta).encode())
        return n


class Handler:
    def __init__(self, spool, slow_answer=None):
        self.spool = spool
        self.slow_answer = slow_answer

    async def handle_DATA(self, server, session, envelope):
        auth = session.auth_data
        user = auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else None
        n = self.spool.store(envelope, user)
        if self.slow_answer and self.slow_answer[0] == n:
            await asyncio.sleep(self.slow_answer[1])
        return "250 2.0.0 Ok: queued as OUTPOST%d" % n


class OAuthHandler(Handler):
    """Adds AUTH XOAUTH2 (aiosmtpd offers every handler method named auth_<MECHANISM>)."""

    def __init__(self, spool, introspect, style):
        super().__init__(spool)
        self.introspect = introspect
        self.style = style

    def verdict(self, token):
        url = self.introspect + "?" + urllib.parse.urlencode({"token": token})
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError:
            return None

    async def auth_XOAUTH2(self, server, args):
        if len(args) == 2:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except Exception:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        parts = blob.split(b"\x01")
        user = parts[0][5:] if parts[0].startswith(b"user=") else b""
        token = b""
        for p in parts[1:]:
            if p.startswith(b"auth=Bearer "):
                token = p[len(b"auth=Bearer "):]
        if len(parts) < 3 or parts[-1] != b"" or parts[-2] != b"" or not token:
            await server.push("501 5.5.2 Malformed XOAUTH2 response")
            return AuthResult(success=False, handled=True)
        verdict = self.verdict(token.decode("ascii", "replace"))
        if verdict is not None and verdict["user"].encode() == user:
            if verdict.get("smtp_disabled"):
                return AuthResult(
                    success=False,
                    handled=False,
                    message="535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
                    "is disabled for the Tenant.",
                )
            return AuthResult(success=True, auth_data=LoginPassword(user, b""))
        if self.style == "gmail":
            challenge = json.dumps(
                {"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"}
            )
            reply = await server.challenge_auth(challenge)
            if reply != b"":
                return AuthResult(success=False, handled=True)
            return AuthResult(
                success=False,
                handled=False,
                message="535 5.7.8 Username and Password not accepted. For more information, go "
                "to https://support.google.com/mail/?p=BadCredentials",
            )
        return AuthResult(
            success=False, handled=False, message="535 5.7.3 Authentication unsuccessful"
        )


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        # handled=False with no message: aiosmtpd answers "535 5.7.8 Authentication credentials
        # invalid" on failure and "235 2.7.0 Authentication successful" on success.
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    return authenticate


def main():
    # aiosmtpd warns about AUTH without TLS (which some tests want) and about its own deprecations;
    # keep stderr for real errors, which the Rust side shows when the peer fails.
    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    p = argparse.ArgumentParser(description="aiosmtpd test peer on 127.0.0.1")
    p.add_argument("--mode", choices=["plain", "starttls", "tls"], required=True)
    p.add_argument("--spool", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth", metavar="USER:PASSWORD")
    p.add_argument("--auth-require-tls", choices=["yes", "no"], default="yes")
    p.add_argument("--max-size", type=int, default=33554432)
    p.add_argument("--xoauth2", metavar="INTROSPECT_URL")
    p.add_argument("--xoauth2-style", choices=["gmail", "microsoft"], default="microsoft")
    p.add_argument("--slow-answer", metavar="N:SECONDS")
    args = p.parse_args()
    slow_answer = None
    if args.slow_answer:
        n, seconds = args.slow_answer.split(":", 1)
        slow_answer = (int(n), float(seconds))

    context = None
    if args.mode != "plain":
        if not (args.cert and args.key):
            p.error("--mode %s needs --cert and --key" % args.mode)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    options = dict(
        data_size_limit=args.max_size,
        decode_data=False,
        hostname="localhost",
        enable_SMTPUTF8=True,
    )
    if args.mode == "starttls":
        options.update(tls_context=context, require_starttls=True)
    if args.auth:
        if ":" not in args.auth:
            p.error("--auth takes USER:PASSWORD")
        user, password = args.auth.split(":", 1)
        options.update(
            authenticator=authenticator_for(user, password),
            auth_required=True,
            # aiosmtpd only counts STARTTLS as encryption; on an implicit-TLS port all of it is.
            auth_require_tls=args.auth_require_tls == "yes" and args.mode != "tls",
        )
    elif args.xoauth2:
        options.update(
            auth_required=True,
            auth_require_tls=args.auth_require_tls == "yes" and args.mode != "tls",
            auth_exclude_mechanism=["PLAIN", "LOGIN"],
        )
    else:
        options.update(auth_require_tls=False)

    if args.xoauth2:
        handler = OAuthHandler(Spool(args.spool), args.xoauth2, args.xoauth2_style)
    else:
        handler = Handler(Spool(args.spool), slow_answer)

    async def serve():
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        server = await loop.create_server(
            lambda: SMTP(handler, **options),
            sock=sock,
            ssl=context if args.mode == "tls" else None,
        )
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)

        def watch_stdin():
            # os.read on the raw fd, not sys.stdin: a daemon thread blocked inside a buffered
            # reader holds its lock and makes interpreter shutdown abort after SIGTERM.
            try:
                while os.read(0, 65536):
                    pass
            except OSError:
                pass
            loop.call_soon_threadsafe(stop.set)

        threading.Thread(target=watch_stdin, daemon=True).start()
        sys.stdout.write("READY %d\n" % sock.getsockname()[1])
        sys.stdout.flush()
        await stop.wait()
        server.close()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
