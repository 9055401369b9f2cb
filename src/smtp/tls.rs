//! The doctor's own TLS handshake: the same trust as sending (system roots plus the account's CA file),
//! but it keeps the server's certificate and the verification verdict so a failure can be named
//! precisely and the certificate described even when it is refused.

use std::sync::{Arc, Mutex};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use serde::Serialize;

use crate::account::{InputError, ServerSettings};
use crate::problem::ProblemKind;

/// What the report shows of a TLS session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TlsInfo {
    pub version: String,
    pub cipher: String,
    pub subject: String,
    pub issuer: String,
    /// RFC 3339.
    pub not_after: String,
}

#[derive(Debug, Default)]
struct Seen {
    end_entity: Option<Vec<u8>>,
    verdict: Option<Result<(), rustls::Error>>,
}

#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    seen: Arc<Mutex<Seen>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        let mut seen = self.seen.lock().expect("verifier lock");
        seen.end_entity = Some(end_entity.to_vec());
        seen.verdict = Some(result.as_ref().map(|_| ()).map_err(Clone::clone));
        result
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// A connector for one handshake, remembering what it saw.
pub struct Connector {
    pub connector: tokio_rustls::TlsConnector,
    seen: Arc<Mutex<Seen>>,
}

/// The system's trusted authorities, read once per process.
static SYSTEM_ROOTS: std::sync::LazyLock<Vec<CertificateDer<'static>>> =
    std::sync::LazyLock::new(|| rustls_native_certs::load_native_certs().certs);

fn roots(settings: &ServerSettings) -> Result<RootCertStore, InputError> {
    let mut store = RootCertStore::empty();
    store.add_parsable_certificates(SYSTEM_ROOTS.iter().cloned());
    if store.is_empty() {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    if let Some(path) = &settings.ca_file {
        let unusable = || InputError::CaFileUnusable {
            path: path.display().to_string(),
        };
        let pem = std::fs::read(path).map_err(|_| unusable())?;
        let mut added = 0;
        for cert in rustls_pemfile_certs(&pem) {
            store.add(cert).map_err(|_| unusable())?;
            added += 1;
        }
        if added == 0 {
            return Err(unusable());
        }
    }
    Ok(store)
}

fn rustls_pemfile_certs(pem: &[u8]) -> Vec<CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    CertificateDer::pem_slice_iter(pem)
        .filter_map(Result::ok)
        .collect()
}

impl Connector {
    pub fn new(settings: &ServerSettings) -> Result<Connector, InputError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let inner = WebPkiServerVerifier::builder_with_provider(
            Arc::new(roots(settings)?),
            provider.clone(),
        )
        .build()
        .map_err(|_| InputError::CaFileUnusable {
            path: settings
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        })?;
        let seen = Arc::new(Mutex::new(Seen::default()));
        let verifier = RecordingVerifier {
            inner,
            seen: seen.clone(),
        };
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default TLS versions")
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        Ok(Connector {
            connector: tokio_rustls::TlsConnector::from(Arc::new(config)),
            seen,
        })
    }

    /// Certificate details of what the server presented, whether or not it was trusted.
    pub fn certificate(&self) -> Option<(String, String, String)> {
        let seen = self.seen.lock().expect("verifier lock");
        let der = seen.end_entity.as_ref()?;
        let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
        let not_after = rfc3339_utc(cert.validity().not_after.timestamp());
        Some((
            cert.subject().to_string(),
            cert.issuer().to_string(),
            not_after,
        ))
    }

    /// Why the certificate was refused, if it was.
    pub fn refusal(&self) -> Option<ProblemKind> {
        let seen = self.seen.lock().expect("verifier lock");
        match seen.verdict.as_ref()? {
            Ok(()) => None,
            Err(e) => Some(classify_tls_error(e)),
        }
    }

    pub fn info(&self, conn: &rustls::ClientConnection) -> TlsInfo {
        let version = match conn.protocol_version() {
            Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_owned(),
            Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_owned(),
            Some(v) => format!("{v:?}"),
            None => String::new(),
        };
        let cipher = conn
            .negotiated_cipher_suite()
            .map(|c| format!("{:?}", c.suite()))
            .unwrap_or_default();
        let (subject, issuer, not_after) = self.certificate().unwrap_or_default();
        TlsInfo {
            version,
            cipher,
            subject,
            issuer,
            not_after,
        }
    }
}

/// Names a rustls failure.
pub fn classify_tls_error(error: &rustls::Error) -> ProblemKind {
    use rustls::Error as E;
    match error {
        E::InvalidCertificate(c) => match c {
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => ProblemKind::CertificateExpired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                ProblemKind::CertificateNameMismatch
            }
            _ => ProblemKind::CertificateUntrusted,
        },
        // A TLS hello answered by plain text ("220 ..." or "500 ..."): the port speaks plain SMTP.
        E::InvalidMessage(_)
        | E::InappropriateMessage { .. }
        | E::InappropriateHandshakeMessage { .. } => ProblemKind::ExpectsStarttls,
        _ => ProblemKind::TlsHandshakeFailed,
    }
}

/// Finds the rustls error inside an I/O error from a handshake.
pub fn rustls_error(error: &std::io::Error) -> Option<&rustls::Error> {
    error.get_ref()?.downcast_ref::<rustls::Error>()
}

/// A certificate date as RFC 3339 in UTC to the second (`2025-06-01T12:00:00Z`); empty outside the
/// years 0 to 9999, which RFC 3339 cannot write.
fn rfc3339_utc(unix: i64) -> String {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp(unix, 0)
        .filter(|t| (0..=9999).contains(&t.year()))
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_dates_are_rfc3339_utc() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339_utc(253_402_300_799), "9999-12-31T23:59:59Z");
        assert_eq!(rfc3339_utc(253_402_300_800), "");
        assert_eq!(rfc3339_utc(-62_167_219_201), "");
    }
}
