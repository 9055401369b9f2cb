#!/usr/bin/env python3
"""Writes cargo-sources.json from Cargo.lock alone (crates.io packages only), in the same form as
flatpak-cargo-generator: an archive and a .cargo-checksum.json per crate, then the vendoring
config. Needs no network: the checksums are the ones Cargo.lock records.

    packaging/flatpak/sources-from-lock.py Cargo.lock > packaging/flatpak/cargo-sources.json
"""

import json
import sys
import tomllib

REGISTRY = "registry+https://github.com/rust-lang/crates.io-index"

with open(sys.argv[1], "rb") as f:
    lock = tomllib.load(f)

sources = []
packages = [p for p in lock["package"] if p.get("source") == REGISTRY]
for p in sorted(packages, key=lambda p: (p["name"], p["version"])):
    name, version, sha = p["name"], p["version"], p["checksum"]
    dest = f"cargo/vendor/{name}-{version}"
    sources.append({
        "type": "archive",
        "archive-type": "tar-gzip",
        "url": f"https://static.crates.io/crates/{name}/{name}-{version}.crate",
        "sha256": sha,
        "dest": dest,
    })
    sources.append({
        "type": "inline",
        "contents": json.dumps({"package": sha, "files": {}}),
        "dest": dest,
        "dest-filename": ".cargo-checksum.json",
    })
others = [p for p in lock["package"] if p.get("source") not in (None, REGISTRY)]
if others:
    sys.exit("non-registry sources need flatpak-cargo-generator: "
             + ", ".join(p["name"] for p in others))
sources.append({
    "type": "inline",
    "contents": "[source.vendored-sources]\ndirectory = \"cargo/vendor\"\n\n"
                "[source.crates-io]\nreplace-with = \"vendored-sources\"\n",
    "dest": "cargo",
    "dest-filename": "config",
})
json.dump(sources, sys.stdout, indent=4)
sys.stdout.write("\n")
