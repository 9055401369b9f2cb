//! When to try a message again: exponential backoff with jitter, capped, for a bounded time.

use std::time::Duration;

use crate::problem::ProblemKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Wait after the first failure.
    pub first: Duration,
    /// The longest wait between two attempts.
    pub cap: Duration,
    /// After this long in the outbox a message stops being retried and waits for the user.
    pub give_up_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            first: Duration::from_secs(60),
            cap: Duration::from_secs(3600),
            give_up_after: Duration::from_secs(2 * 24 * 3600),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempts + 1`, given `attempts` failures so far; `jitter` in 0..1
    /// spreads retries of many messages (±20 %).
    pub fn delay(&self, attempts: u32, jitter: f64) -> Duration {
        let exp = attempts.saturating_sub(1).min(20);
        let base = self.first.saturating_mul(1u32 << exp).min(self.cap);
        let factor = 0.8 + 0.4 * jitter.clamp(0.0, 1.0);
        base.mul_f64(factor)
    }
}

/// Whether trying again later, unchanged, can work.
pub fn is_retryable(kind: ProblemKind) -> bool {
    kind.is_temporary()
        || matches!(
            kind,
            ProblemKind::DnsNotFound
                | ProblemKind::NetworkUnavailable
                | ProblemKind::ConnectionRefused
                | ProblemKind::TlsHandshakeFailed
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let p = RetryPolicy::default();
        let mins = |a| p.delay(a, 0.5).as_secs() / 60;
        assert_eq!([mins(1), mins(2), mins(3), mins(4)], [1, 2, 4, 8]);
        assert_eq!(mins(7), 60);
        assert_eq!(mins(30), 60);
        assert_eq!(p.delay(1, 0.0), Duration::from_secs(48));
        assert_eq!(p.delay(1, 1.0), Duration::from_secs(72));
    }

    #[test]
    fn temporary_problems_are_retried() {
        assert!(is_retryable(ProblemKind::ServerBusy));
        assert!(is_retryable(ProblemKind::ConnectionLost));
        assert!(is_retryable(ProblemKind::RateLimited));
        assert!(is_retryable(ProblemKind::NetworkUnavailable));
        assert!(!is_retryable(ProblemKind::AuthFailed));
        assert!(!is_retryable(ProblemKind::RecipientRejected));
        assert!(!is_retryable(ProblemKind::MessageTooLarge));
    }
}
