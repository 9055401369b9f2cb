//! The autoconfig reader with arbitrary documents: providers' servers and the ISPDB are not ours.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outpost::discover::autoconfig::outgoing_servers;

fuzz_target!(|data: &[u8]| {
    let Ok(xml) = std::str::from_utf8(data) else {
        return;
    };
    // The placeholders (%EMAILLOCALPART%...) are filled from the address, so it matters too.
    for email in ["jane.doe@example.org", "no-at-sign", "@", "a@b@c.example"] {
        for server in outgoing_servers(xml, email) {
            assert!(server.port > 0);
            assert!(!server.host.contains('%'));
        }
    }
});
