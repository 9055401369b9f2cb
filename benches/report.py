"""Renders target/bench/results.jsonl (written by benches/run.sh) as the Markdown report."""

import json
import os
import platform
import sys
import time

results_path, build, command = sys.argv[1:4]
rows = [json.loads(line) for line in open(results_path) if line.strip()]
PEERS = ["smtplib", "swaks", "Thunderbird", "mailmerge", "imaplib"]


def fmt(v, unit):
    if v is None:
        return "—"
    if unit == "s":
        return "%.3f s" % v if v < 10 else "%.1f s" % v
    if unit == "MB":
        return "%.1f MB" % v
    if unit == "ms":
        return "%.1f ms" % v
    if unit == "RTT":
        return "%.1f RTT" % v
    return "%.0f %s" % (v, unit)


def verdict(r):
    o, peers, t = r["outpost"], {k: v for k, v in r["peers"].items() if v is not None}, r["target"]
    if o is None:
        return "—", "—", "—"
    ratio, best = "—", None
    if peers:
        best = min(peers.values()) if r["better"] == "lower" else max(peers.values())
        ratio = "%.2f× best" % (o / best) if best else "—"
    if t == "le_best":
        return ratio, "≤ fastest peer", ("yes" if best is not None and o <= best else "**no**")
    if t.startswith("le_abs:"):
        # the issue's own targets (round trips: within half a round trip of a whole number)
        limit = float(t.split(":")[1])
        slack = 0.5 if r["unit"] == "RTT" else 0
        return ratio, "≤ " + fmt(limit, r["unit"]), "yes" if o <= limit + slack else "**no**"
    if t.startswith("le_half:"):
        # at most half the named peer's figure (issue 23: the merge's dry run against mailmerge)
        peer = t.split(":")[1]
        ref = peers.get(peer)
        return ratio, "≤ ½ " + peer, "yes" if ref is not None and o <= ref / 2 else "**no**"
    if t.startswith("le_") or t.startswith("ge_"):
        peer = t[3:]
        ref = peers.get(peer)
        # round trips come whole: under half a round trip apart is measurement noise, not a loss
        slack = 0.5 if r["unit"] == "RTT" else 0
        ok = ref is not None and (o <= ref + slack if t.startswith("le_") else o >= ref - slack)
        return ratio, ("≤ " if t.startswith("le_") else "≥ ") + peer + (" (± 0.5)" if slack else ""), "yes" if ok else "**no**"
    if t.startswith("lt_abs:"):
        limit = float(t.split(":")[1])
        return ratio, "< " + fmt(limit, r["unit"]), "yes" if o < limit else "**no**"
    return ratio, "(info)", "—"


def machine():
    cpu = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    osname = "?"
    try:
        osname = next(l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME"))
    except (OSError, StopIteration):
        pass
    rustc = os.environ.get("OUTPOST_BENCH_RUSTC", "rustc ?")
    return "%d cores (%s), %.1f GB RAM, %s, kernel %s, %s" % (
        os.cpu_count(), cpu, mem_kb / 1024 / 1024, osname, platform.release(), rustc)


print("# Outpost benchmarks\n")
print("- Date: %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
print("- Machine: %s" % machine())
print("- Command: `%s` (Outpost %s build)" % (command, build))
isolated = os.environ.get("OUTPOST_BENCH_GUI_ISOLATED") == "1"
if any(not r["id"].startswith(("rtt", "merge")) for r in rows):
    print("- Everything on 127.0.0.1; the SMTP server is aiosmtpd 1.4.6 (tests/support/smtpd.py) "
          "with its spool on tmpfs; GUIs under Xvfb %s.\n"
          % ("inside `unshare -n` (no network)" if isolated
             else "without a network namespace (`unshare -n` was not allowed here)"))
if any(r["id"].startswith("rtt") for r in rows):
    print("- Round-trip rows (`rtt-*`, benches/rtt.sh): a private Postfix instance (Debian package) on "
          "127.0.0.1 with STARTTLS and Dovecot SASL, discarding every message, reached directly and "
          "through benches/delay_proxy.py (25 ms each way, TCP handshake emulated); RTT = seconds ÷ 0.050.\n")
if any(r["id"].startswith("merge") for r in rows):
    print("- Mail merge rows (`merge-*`, benches/merge.sh): the same CSV (benches/merge_data.py) and "
          "template for Outpost and PyPI's mailmerge, each writing its output to a file; nothing is "
          "sent (dry runs, and a merge queued to start tomorrow on an account whose server is a "
          "closed loopback port).\n")
peers = [p for p in PEERS if any(p in r["peers"] for r in rows)] or PEERS[:1]
print("| measure | Outpost | " + " | ".join(peers) + " | ratio (Outpost ÷ best peer) | target | met? |")
print("|---|---|" + "---|" * len(peers) + "---|---|---|")
notes = []
for r in rows:
    ratio, target, met = verdict(r)
    cells = [r["measure"], fmt(r["outpost"], r["unit"])]
    cells += [fmt(r["peers"].get(p), r["unit"]) for p in peers]
    cells += [ratio, target, met]
    print("| " + " | ".join(cells) + " |")
    if r.get("note"):
        notes.append("- %s: %s" % (r["measure"], r["note"]))
print()
print("For msg/s higher is better (ratio > 1 is faster); for s, MB and RTT lower is better (ratio < 1 is better).\n")
print("\n".join(notes))
