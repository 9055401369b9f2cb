# Sourced by benches/run.sh and benches/rtt.sh: builds Outpost and the bulk bench, and sets
# $outpost, $bulk and $build. `bench_build 1` builds debug (the quick mode), `bench_build 0` release.
# `bench_certificates DIR NAME` makes a private CA (DIR/ca.pem) and a certificate for 127.0.0.1
# (DIR/server.pem, DIR/server.key) for the servers a benchmark starts.
bench_artifact() { # cargo args... -> path of the bulk bench executable
    cargo "$@" --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if d.get("reason") == "compiler-artifact" and d["target"]["name"] == "bulk" and d.get("executable"):
        print(d["executable"])'
}

bench_build() {
    if (($1)); then
        printf '==> building (debug)\n' >&2
        cargo build --locked --bin outpost
        cargo test --locked --bench bulk --no-run
        outpost=$root/target/debug/outpost
        bulk=$(bench_artifact test --locked --bench bulk --no-run)
        build="debug"
    else
        printf '==> building (release)\n' >&2
        cargo build --locked --release --bin outpost
        cargo bench --locked --bench bulk --no-run
        outpost=$root/target/release/outpost
        bulk=$(bench_artifact bench --locked --bench bulk --no-run)
        build="release"
    fi
}

bench_certificates() {
    (
        cd "$1"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$2" \
            -keyout ca.key -out ca.pem -addext basicConstraints=critical,CA:TRUE \
            -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >ext.cnf
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
            -extfile ext.cnf -out server.pem 2>/dev/null
        chmod 600 server.key ca.key
    )
}
