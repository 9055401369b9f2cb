"""The Python smtplib side of Outpost's benchmarks (benches/run.sh, issue 7).

    smtplib_peer.py check  --port P --user U --password-file F --ca-file CA
        connect, EHLO, STARTTLS (verifying against CA), EHLO, AUTH (LOGIN/PLAIN), QUIT
    smtplib_peer.py bulk   --port P --count N --body-bytes B
        N messages of ~B bytes on one persistent plain connection; prints one JSON line
    smtplib_peer.py attach --port P --file PATH
        one message with PATH attached (MIME built with the email package), plain SMTP
Only ever connects to 127.0.0.1.
"""

import argparse
import json
import smtplib
import ssl
import time
from email.message import EmailMessage
from email.utils import make_msgid, formatdate

HOST = "127.0.0.1"


def body(n):
    line = "The quick brown fox jumps over the lazy dog, again and again, for bench.\n"
    return (line * (n // len(line) + 1))[:n]


def message(subject, text):
    m = EmailMessage()
    m["From"] = "Bench Sender <sender@example.com>"
    m["To"] = "rcpt@example.org"
    m["Subject"] = subject
    m["Date"] = formatdate(localtime=False)
    m["Message-ID"] = make_msgid(domain="example.com")
    m.set_content(text)
    return m


def check(a):
    password = open(a.password_file).readline().rstrip("\n")
    ctx = ssl.create_default_context(cafile=a.ca_file)
    with smtplib.SMTP(HOST, a.port, timeout=10) as s:
        s.ehlo()
        s.starttls(context=ctx)
        s.ehlo()
        s.login(a.user, password)
        s.quit()


def bulk(a):
    text = body(a.body_bytes)
    started = time.perf_counter()
    with smtplib.SMTP(HOST, a.port, timeout=30) as s:
        for i in range(a.count):
            s.send_message(message("Bulk message %d" % i, text))
        s.quit()
    secs = time.perf_counter() - started
    print(json.dumps({"sent": a.count, "seconds": round(secs, 4), "per_second": round(a.count / secs, 1)}))


def attach(a):
    m = message("Large attachment", "See the attachment.")
    with open(a.file, "rb") as f:
        data = f.read()
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename="big.bin")
    with smtplib.SMTP(HOST, a.port, timeout=120) as s:
        s.send_message(m)
        s.quit()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["check", "bulk", "attach"])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user")
    p.add_argument("--password-file")
    p.add_argument("--ca-file")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--body-bytes", type=int, default=2048)
    p.add_argument("--file")
    a = p.parse_args()
    {"check": check, "bulk": bulk, "attach": attach}[a.mode](a)


if __name__ == "__main__":
    main()
