//! TLS with libpq's meaning of `sslmode`, on rustls: `disable`, `allow` (plain first, TLS if the
//! server insists), `prefer` (TLS if the server offers it), `require` (encrypted; verified as
//! `verify-ca` when a root certificate is at hand, libpq's rule), `verify-ca` (the chain up to a
//! trusted root), `verify-full` (and the host name). Roots from `sslrootcert` (a PEM file, or
//! `system` for the operating system's store), else `~/.postgresql/root.crt`; a client
//! certificate from `sslcert`/`sslkey`, else `~/.postgresql/postgresql.{crt,key}` when both
//! exist. The `PGSSL*` environment variables stand in for parameters the URL leaves out.
use crate::db::url::PgUrl;
use crate::error::Fail;
use anyhow::{Context, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, Error as TlsError, RootCertStore, SignatureScheme};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(v: &str) -> Result<SslMode, Fail> {
        Ok(match v {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => {
                return Err(
                    Fail::usage(format!("invalid sslmode {v:?}")).hint("use disable, allow, prefer, require, verify-ca or verify-full")
                )
            }
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// The `postgres` crate's mode for the first attempt.
    pub fn first_attempt(self) -> postgres::config::SslMode {
        match self {
            SslMode::Disable | SslMode::Allow => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => postgres::config::SslMode::Require,
        }
    }
}

/// How to verify the server, as resolved from the URL, the environment and the files present.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Roots {
    None,
    File(PathBuf),
    System,
}

#[derive(Clone)]
pub struct Tls {
    pub mode: SslMode,
    /// What is verified, when it is not what the mode's name says (`require` with a root
    /// certificate verifies the CA).
    /// What the server's certificate is checked against (`verify-ca` or `verify-full` in
    /// effect), for messages.
    pub checks: &'static str,
    pub connector: tokio_postgres_rustls::MakeRustlsConnect,
}

fn setting(url: &PgUrl, param: &str, env: &str) -> Option<String> {
    url.param(param).map(str::to_string).or_else(|| std::env::var(env).ok().filter(|v| !v.is_empty()))
}

fn home_file(name: &str) -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".postgresql").join(name))
}

/// Resolve `sslmode` and the certificates, and build the connector.
pub fn configure(url: &PgUrl) -> Result<Tls> {
    let mode = SslMode::parse(&setting(url, "sslmode", "PGSSLMODE").unwrap_or_else(|| "prefer".into()))?;
    let roots = match setting(url, "sslrootcert", "PGSSLROOTCERT") {
        Some(v) if v == "system" => Roots::System,
        Some(v) => Roots::File(PathBuf::from(v)),
        None => home_file("root.crt").filter(|p| p.is_file()).map_or(Roots::None, Roots::File),
    };
    if matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) && roots == Roots::None {
        return Err(Fail::usage(format!("sslmode={} needs a root certificate to verify the server against, and none was given", mode.as_str()))
            .hint("set sslrootcert=/path/to/root.crt (or PGSSLROOTCERT), sslrootcert=system for the system's store, or put it in ~/.postgresql/root.crt")
            .into());
    }
    // libpq: `sslrootcert=system` implies verify-full; a root file makes `require` verify the CA.
    let (verify, checks) = match (mode, &roots) {
        (SslMode::VerifyFull, _) | (_, Roots::System) if mode != SslMode::Disable => (Verify::Full, "verify-full"),
        (SslMode::VerifyCa, _) => (Verify::Ca, "verify-ca"),
        (SslMode::Require, Roots::File(_)) => (Verify::Ca, "verify-ca"),
        _ => (Verify::Nothing, "no verification"),
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier: Arc<dyn ServerCertVerifier> = match verify {
        Verify::Nothing => Arc::new(Unverified(provider.clone())),
        Verify::Ca | Verify::Full => {
            let store = load_roots(&roots)?;
            let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone())
                .build()
                .context("cannot use the root certificates")?;
            Arc::new(Checked { webpki, host_name: verify == Verify::Full })
        }
    };
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match client_identity(url)? {
        Some((certs, key)) => {
            builder.with_client_auth_cert(certs, key).context("cannot use the client certificate (sslcert) with its key (sslkey)")?
        }
        None => builder.with_no_client_auth(),
    };
    Ok(Tls { mode, checks, connector: tokio_postgres_rustls::MakeRustlsConnect::new(config) })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verify {
    Nothing,
    Ca,
    Full,
}

fn load_roots(roots: &Roots) -> Result<RootCertStore> {
    let mut store = RootCertStore::empty();
    match roots {
        Roots::None => {}
        Roots::System => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = store.add_parsable_certificates(found.certs);
            if added == 0 {
                return Err(Fail::error("sslrootcert=system: no certificates in the system's trust store").into());
            }
        }
        Roots::File(path) => {
            for cert in pem_certs(path, "sslrootcert")? {
                store.add(cert).with_context(|| format!("sslrootcert {}: not a usable CA certificate", path.display()))?;
            }
        }
    }
    Ok(store)
}

fn pem_certs(path: &Path, what: &str) -> Result<Vec<CertificateDer<'static>>> {
    let bytes = std::fs::read(path).map_err(|e| Fail::error(format!("{what} {}: {e}", path.display())))?;
    let certs: Vec<_> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| Fail::error(format!("{what} {}: {e}", path.display())))?;
    if certs.is_empty() {
        return Err(Fail::error(format!("{what} {}: no PEM certificate in the file", path.display())).into());
    }
    Ok(certs)
}

/// The client certificate chain and key, when configured (or both default files exist).
fn client_identity(url: &PgUrl) -> Result<Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>> {
    let cert = setting(url, "sslcert", "PGSSLCERT").map(PathBuf::from);
    let key = setting(url, "sslkey", "PGSSLKEY").map(PathBuf::from);
    let (cert, key) = match (cert, key) {
        (Some(c), Some(k)) => (c, k),
        (Some(c), None) => (c, home_file("postgresql.key").unwrap_or_default()),
        (None, Some(k)) => (home_file("postgresql.crt").unwrap_or_default(), k),
        (None, None) => match (home_file("postgresql.crt"), home_file("postgresql.key")) {
            (Some(c), Some(k)) if c.is_file() && k.is_file() => (c, k),
            _ => return Ok(None),
        },
    };
    let certs = pem_certs(&cert, "sslcert")?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).map_err(|e| Fail::error(format!("sslkey {}: {e}", key.display())))?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(Fail::error(format!("sslkey {}: the private key is readable by others (mode {:o})", key.display(), mode & 0o777))
                .hint(format!("chmod 600 {}", key.display()))
                .into());
        }
    }
    let pem = std::fs::read(&key).map_err(|e| Fail::error(format!("sslkey {}: {e}", key.display())))?;
    let key_der = PrivateKeyDer::from_pem_slice(&pem).map_err(|e| Fail::error(format!("sslkey {}: {e}", key.display())))?;
    Ok(Some((certs, key_der)))
}

/// `require` without a root certificate: encrypt, verify nothing (libpq does the same).
#[derive(Debug)]
struct Unverified(Arc<CryptoProvider>);

impl ServerCertVerifier for Unverified {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca` (the chain to a trusted root, any host name) or `verify-full` (and the name).
#[derive(Debug)]
struct Checked {
    webpki: Arc<WebPkiServerVerifier>,
    host_name: bool,
}

impl ServerCertVerifier for Checked {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        match self.webpki.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(TlsError::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }))
                if !self.host_name =>
            {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}
