use super::*;

fn kind(code: u16, text: &str, step: Step) -> ProblemKind {
    classify_reply(&Reply::new(code, text), step)
}

#[test]
fn names_match_serde() {
    for k in ProblemKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
    }
}

#[test]
fn provider_quota_replies_are_rate_limited() {
    use ProblemKind::*;
    for (code, text, step) in [
        (
            554,
            "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
            Step::Data,
        ),
        (
            550,
            "5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852",
            Step::Data,
        ),
        (
            550,
            "5.4.5 Daily user sending quota exceeded.",
            Step::RcptTo,
        ),
        (554, "Message rejected: Sending quota exceeded.", Step::Data),
        (
            454,
            "Throttling failure: Maximum sending rate exceeded.",
            Step::MailFrom,
        ),
        (
            550,
            "5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. WASCL UserAction verdict is not None. Actual verdict is RefuseQuota",
            Step::Data,
        ),
        (
            554,
            "5.2.0 STOREDRV.Submission.Exception:RecipientThresholdExceededException",
            Step::Data,
        ),
        (
            451,
            "4.7.500 Server busy, MessageRateLimitExceeded",
            Step::Data,
        ),
        (
            451,
            "Authentication failed: Maximum credits exceeded",
            Step::Auth,
        ),
        (
            421,
            "4.7.0 Try again later, closing connection. (hourly limit reached)",
            Step::MailFrom,
        ),
    ] {
        assert_eq!(kind(code, text, step), RateLimited, "{code} {text}");
    }
    // Not quotas: a full mailbox belongs to the recipient, spam refusals are something else.
    assert_ne!(kind(552, "5.2.2 Mailbox full", Step::RcptTo), RateLimited);
    assert_ne!(
        kind(
            554,
            "5.2.0 STOREDRV.Submission.Exception:OutboundSpamException",
            Step::Data
        ),
        RateLimited
    );
}

#[test]
fn refused_tokens_are_named() {
    let refused = |reply: &str| {
        let (code, text) = reply.split_once(' ').unwrap();
        let r = Reply::new(code.parse().unwrap(), text);
        let mut p = Problem::new(classify_reply(&r, Step::Auth), Step::Auth).with_reply(reply);
        classify_token_refusal(&mut p);
        p.kind
    };
    assert_eq!(
        refused("535 5.7.3 Authentication unsuccessful"),
        ProblemKind::WrongAccountSignedIn
    );
    assert_eq!(
        refused(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
        ),
        ProblemKind::AuthDisabledByProvider
    );
    assert_eq!(
        refused("535 5.7.8 Username and Password not accepted."),
        ProblemKind::AuthFailed
    );
}

#[test]
fn provider_replies() {
    use ProblemKind::*;
    let gmail_app = "5.7.9 Application-specific password required. For more information, go to https://support.google.com/mail/?p=InvalidSecondFactor";
    assert_eq!(kind(534, gmail_app, Step::Auth), AppPasswordRequired);
    assert_eq!(
        kind(
            534,
            "5.7.14 <https://accounts.google.com/signin/continue?...> Please log in via your web browser and then try again.",
            Step::Auth
        ),
        WebLoginRequired
    );
    assert_eq!(
        kind(535, "5.7.8 Username and Password not accepted.", Step::Auth),
        AuthFailed
    );
    assert_eq!(
        kind(
            535,
            "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
            Step::Auth
        ),
        AuthDisabledByProvider
    );
    assert_eq!(
        kind(
            535,
            "5.7.139 Authentication unsuccessful, basic authentication is disabled.",
            Step::Auth
        ),
        AuthDisabledByProvider
    );
    assert_eq!(
        kind(550, "5.4.5 Daily user sending limit exceeded.", Step::Data),
        RateLimited
    );
    assert_eq!(
        kind(
            454,
            "Throttling failure: Maximum sending rate exceeded.",
            Step::Data
        ),
        RateLimited
    );
    assert_eq!(
        kind(
            554,
            "Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@b.c",
            Step::Data
        ),
        SenderRejected
    );
    assert_eq!(
        kind(
            550,
            "5.7.60 SMTP; Client does not have permissions to send as this sender",
            Step::Data
        ),
        SenderRejected
    );
    assert_eq!(
        kind(554, "5.7.1 <x@y.z>: Relay access denied", Step::RcptTo),
        RecipientRejected
    );
    assert_eq!(
        kind(
            550,
            "5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
            Step::Data
        ),
        RecipientRejected
    );
    assert_eq!(
        kind(
            553,
            "5.7.1 <a@b.c>: Sender address rejected: not owned by user x",
            Step::MailFrom
        ),
        SenderRejected
    );
    assert_eq!(
        kind(530, "5.7.0 Must issue a STARTTLS command first", Step::Auth),
        EncryptionRequired
    );
    assert_eq!(
        kind(530, "5.7.0 Authentication Required", Step::MailFrom),
        AuthRequired
    );
    assert_eq!(
        kind(
            530,
            "5.7.57 Client not authenticated to send mail.",
            Step::MailFrom
        ),
        AuthRequired
    );
    assert_eq!(
        kind(
            538,
            "5.7.11 Encryption required for requested authentication mechanism",
            Step::Auth
        ),
        EncryptionRequired
    );
    assert_eq!(
        kind(552, "5.3.4 Message size exceeds fixed limit", Step::Data),
        MessageTooLarge
    );
    assert_eq!(
        kind(
            421,
            "4.7.0 Try again later, closing connection.",
            Step::Greeting
        ),
        ServerBusy
    );
    assert_eq!(
        kind(554, "5.7.1 You are not allowed to connect.", Step::Greeting),
        GreetingRejected
    );
    assert_eq!(
        kind(451, "4.3.0 Temporary local problem", Step::Data),
        ServerBusy
    );
    assert_eq!(
        kind(500, "5.5.1 Unrecognized command", Step::Ehlo),
        UnexpectedReply
    );
}

#[test]
fn temporary_kinds() {
    assert!(ProblemKind::ServerBusy.is_temporary());
    assert!(!ProblemKind::AuthFailed.is_temporary());
}
