//! `systems probe`: liveness of each registered URL (HTTP(S): status code and latency, and for
//! HTTPS the expiry of the server's certificate) and host (`host:port`: TCP connect and
//! latency), several systems at a time, each with a timeout. The results are stored as activity
//! of kind `probe`, one row per system and day; a probe proves that a system is up, not that
//! anyone uses it. The certificate is read, not trusted: an expired or self-signed certificate
//! is reported with its expiry, as old government systems often have them.
use crate::db::systems::{DayActivity, Merge, System, SystemFilter};
use crate::db::{Counts, Store};
use crate::domain::systems::split_list;
use crate::error::Fail;
use anyhow::Result;
use jiff::Timestamp;
use serde::Serialize;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct ProbeOptions {
    /// Systems to probe; empty with `all` for every system in service.
    pub ids: Vec<String>,
    pub all: bool,
    pub timeout: Duration,
    pub concurrency: usize,
    pub dry_run: bool,
}

/// One target's result.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub target: String,
    /// `http`, `https` or `tcp`.
    pub check: &'static str,
    pub ok: bool,
    pub status: Option<u16>,
    pub latency_ms: Option<u64>,
    /// HTTPS: when the server's certificate expires.
    pub cert_expires: Option<Timestamp>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SystemProbe {
    pub system: String,
    /// Every target answered (HTTP below 500, or a TCP connection).
    pub ok: bool,
    pub targets: Vec<Target>,
}

#[derive(Debug, Serialize)]
pub struct ProbeReport {
    pub dry_run: bool,
    pub up: usize,
    pub down: usize,
    /// Systems with no URL or host to probe.
    pub unprobed: Vec<String>,
    pub systems: Vec<SystemProbe>,
}

/// `scheme://host[:port]/path` → (scheme, host, port, path).
fn split_url(url: &str) -> Option<(&str, &str, u16, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let default = match scheme {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (h, rest) = v6.split_once(']')?;
        match rest.strip_prefix(':') {
            Some(p) => (h, p.parse().ok()?),
            None if rest.is_empty() => (h, default),
            None => return None,
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, p.parse().ok()?),
            None => (authority, default),
        }
    };
    Some((scheme, host, port, path))
}

fn connect(host: &str, port: u16, timeout: Duration) -> Result<TcpStream, String> {
    let addrs = (host, port).to_socket_addrs().map_err(|e| format!("cannot resolve {host}: {e}"))?;
    let mut last = format!("no address for {host}");
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(s) => return Ok(s),
            Err(e) => last = e.to_string(),
        }
    }
    Err(last)
}

fn ms(d: Duration) -> Option<u64> {
    Some(d.as_millis().min(u128::from(u64::MAX)) as u64)
}

/// Read the status code of an HTTP answer.
fn status_line<S: Read + Write>(stream: &mut S, host: &str, port: u16, path: &str) -> Result<u16, String> {
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: mzctl-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut head = [0u8; 64];
    let mut got = 0;
    while got < 12 {
        match stream.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(e.to_string()),
        }
    }
    let line = String::from_utf8_lossy(&head[..got]);
    line.strip_prefix("HTTP/")
        .and_then(|r| r.split(' ').nth(1))
        .and_then(|c| c.parse::<u16>().ok())
        .ok_or_else(|| "no HTTP status line in the answer".to_string())
}

/// GET the URL (over TLS for https) and read the status line and, for https, the certificate.
fn http(url: &str, tls: bool, host: &str, port: u16, path: &str, timeout: Duration) -> Target {
    let started = Instant::now();
    let check = if tls { "https" } else { "http" };
    let fail = |e: String, cert_expires| Target {
        target: url.to_string(),
        check,
        ok: false,
        status: None,
        latency_ms: None,
        cert_expires,
        error: Some(e),
    };
    let mut stream = match connect(host, port, timeout) {
        Ok(s) => s,
        Err(e) => return fail(e, None),
    };
    let _ = stream.set_read_timeout(Some(timeout));
    let _ = stream.set_write_timeout(Some(timeout));
    let (status, cert_expires) = if tls {
        let mut conn = match tls_client(host) {
            Ok(c) => c,
            Err(e) => return fail(e, None),
        };
        let status = status_line(&mut rustls::Stream::new(&mut conn, &mut stream), host, port, path);
        let expires = conn.peer_certificates().and_then(|c| c.first()).and_then(|c| crate::domain::systems::cert_not_after(c.as_ref()));
        (status, expires)
    } else {
        (status_line(&mut stream, host, port, path), None)
    };
    match status {
        Ok(code) => Target {
            target: url.to_string(),
            check,
            ok: code < 500,
            status: Some(code),
            latency_ms: ms(started.elapsed()),
            cert_expires,
            error: None,
        },
        Err(e) => fail(e, cert_expires),
    }
}

/// Accepts any certificate (still checking the handshake signatures): a probe reports the
/// certificate, it does not trust it.
#[derive(Debug)]
struct ReadAnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for ReadAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

fn tls_client(host: &str) -> Result<rustls::ClientConnection, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(ReadAnyCertificate(provider)))
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|e| format!("{host}: {e}"))?;
    rustls::ClientConnection::new(Arc::new(config), name).map_err(|e| e.to_string())
}

fn tcp(target: &str, host: &str, port: u16, timeout: Duration) -> Target {
    let started = Instant::now();
    match connect(host, port, timeout) {
        Ok(_) => Target {
            target: target.to_string(),
            check: "tcp",
            ok: true,
            status: None,
            latency_ms: ms(started.elapsed()),
            cert_expires: None,
            error: None,
        },
        Err(e) => Target {
            target: target.to_string(),
            check: "tcp",
            ok: false,
            status: None,
            latency_ms: None,
            cert_expires: None,
            error: Some(e),
        },
    }
}

/// Probe every URL and host of one system.
pub fn probe_system(s: &System, timeout: Duration) -> SystemProbe {
    let mut targets = Vec::new();
    for url in split_list(&s.urls) {
        targets.push(match split_url(url) {
            Some((scheme, host, port, path)) => http(url, scheme == "https", host, port, path, timeout),
            None => Target {
                target: url.to_string(),
                check: "http",
                ok: false,
                status: None,
                latency_ms: None,
                cert_expires: None,
                error: Some("not an http(s) URL".into()),
            },
        });
    }
    for hp in split_list(&s.hosts) {
        let parsed = hp.rsplit_once(':').and_then(|(h, p)| Some((h.trim_start_matches('[').trim_end_matches(']'), p.parse::<u16>().ok()?)));
        targets.push(match parsed {
            Some((host, port)) => tcp(hp, host, port, timeout),
            None => Target {
                target: hp.to_string(),
                check: "tcp",
                ok: false,
                status: None,
                latency_ms: None,
                cert_expires: None,
                error: Some("not host:port".into()),
            },
        });
    }
    SystemProbe { system: s.id.clone(), ok: !targets.is_empty() && targets.iter().all(|t| t.ok), targets }
}

pub fn probe(store: &mut Store, opts: &ProbeOptions) -> Result<(ProbeReport, Counts)> {
    if opts.ids.is_empty() != opts.all {
        return Err(Fail::usage("name the systems to probe, or pass --all").into());
    }
    let systems: Vec<System> = if opts.all {
        store
            .systems(&SystemFilter::default())?
            .into_iter()
            .filter(|s| !matches!(s.state.as_str(), "offline" | "data" | "released" | "retired"))
            .collect()
    } else {
        opts.ids.iter().map(|id| super::get(store, id)).collect::<Result<_>>()?
    };
    let (probed, unprobed): (Vec<System>, Vec<System>) =
        systems.into_iter().partition(|s| !split_list(&s.urls).is_empty() || !split_list(&s.hosts).is_empty());
    let concurrency = opts.concurrency.max(1);
    let mut results = Vec::with_capacity(probed.len());
    for chunk in probed.chunks(concurrency) {
        let timeout = opts.timeout;
        let done: Vec<SystemProbe> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunk.iter().map(|s| scope.spawn(move || probe_system(s, timeout))).collect();
            handles
                .into_iter()
                .zip(chunk)
                .map(|(h, s)| h.join().unwrap_or_else(|_| SystemProbe { system: s.id.clone(), ok: false, targets: Vec::new() }))
                .collect()
        });
        results.extend(done);
    }
    let now = crate::clock::now()?;
    let day = now.to_zoned(crate::clock::CST.to_time_zone()).date();
    let rows: Vec<DayActivity> = results
        .iter()
        .map(|p| DayActivity {
            system: p.system.clone(),
            day,
            kind: "probe".into(),
            requests: 1,
            clients: 0,
            users: 0,
            last_at: Some(now),
            details: serde_json::json!({ "ok": p.ok, "targets": p.targets }).to_string(),
        })
        .collect();
    if !opts.dry_run {
        store.put_activity(&rows, Merge::Add)?;
    }
    let up = results.iter().filter(|p| p.ok).count();
    let report = ProbeReport {
        dry_run: opts.dry_run,
        up,
        down: results.len() - up,
        unprobed: unprobed.into_iter().map(|s| s.id).collect(),
        systems: results,
    };
    Ok((report, Counts::from([("system_activity.probes".to_string(), rows.len() as i64)])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split() {
        assert_eq!(split_url("http://127.0.0.1:8080/a?b"), Some(("http", "127.0.0.1", 8080, "/a?b")));
        assert_eq!(split_url("https://127.0.0.1"), Some(("https", "127.0.0.1", 443, "/")));
        assert_eq!(split_url("http://[::1]:81/"), Some(("http", "::1", 81, "/")));
        assert_eq!(split_url("http://[::1]/x"), Some(("http", "::1", 80, "/x")));
        assert_eq!(split_url("ftp://127.0.0.1/"), None);
    }
}
