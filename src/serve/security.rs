//! The workspace's guard, applied to every request before a page sees it: the Host header must
//! name this server (DNS rebinding), the one-time token is exchanged for an HttpOnly,
//! SameSite=Strict session cookie, every POST carries the CSRF token, a body over the upload
//! limit is refused before it is read; every answer carries a strict Content-Security-Policy.
//! `confined` keeps file names inside `--out`.

use super::state::{random_hex, AppState};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

pub(crate) const SESSION_COOKIE: &str = "grantbook_session";

/// Pages: own scripts and styles only, no network, no framing by others.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'";

/// Compares secrets in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub(crate) fn refuse(status: StatusCode, text: &str) -> Response {
    let mut r = (status, format!("grantbook: {text}\n")).into_response();
    harden(r.headers_mut(), CSP);
    r
}

fn harden(h: &mut HeaderMap, csp: &str) {
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(csp).expect("ascii policy"),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// The browser a request comes from: its session cookie, put on the request by the guard, so
/// a page keeps each browser's work apart (the reviews in progress).
#[derive(Clone)]
pub(crate) struct Browser(pub String);

pub(crate) async fn guard(
    State(app): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let ip_literal = app.any_ip_port.is_some_and(|port| {
        host.parse::<std::net::SocketAddr>()
            .is_ok_and(|a| a.port() == port)
    });
    if !ip_literal && !app.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return refuse(
            StatusCode::FORBIDDEN,
            "this workspace answers only to its own address (Host header refused)",
        );
    }
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    if path.starts_with("/assets/") {
        let mut r = next.run(req).await;
        harden(r.headers_mut(), CSP);
        return r;
    }
    let session = cookie(req.headers(), SESSION_COOKIE)
        .filter(|s| {
            app.sessions
                .lock()
                .expect("session lock")
                .iter()
                .any(|k| same(k, s))
        })
        .map(str::to_string);
    let Some(session) = session else {
        return match query_param(&query, "token") {
            Some(t) if same(t, &app.token) => start_session(&app, &path, &query),
            _ => refuse(
                StatusCode::UNAUTHORIZED,
                "open the address `grantbook serve` printed (it carries the token)",
            ),
        };
    };
    req.extensions_mut().insert(Browser(session));
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let given = req
            .headers()
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .or_else(|| query_param(&query, "csrf"));
        if !given.is_some_and(|t| same(t, &app.csrf)) {
            return refuse(
                StatusCode::FORBIDDEN,
                "the form has no valid CSRF token; reload the page and send it again",
            );
        }
        let length = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if length.is_some_and(|n| n > app.upload_limit) {
            // Said in the visitor's language: a reviewer's too large workbook ends here.
            let lang =
                chosen_lang(req.headers()).unwrap_or_else(|| app.current().project.default_lang);
            let mb = i64::try_from(app.upload_limit >> 20).unwrap_or(i64::MAX);
            let text = crate::i18n::Msg::new("serve-upload-too-large")
                .arg("mb", mb)
                .text(lang);
            return refuse(StatusCode::PAYLOAD_TOO_LARGE, &text);
        }
    }
    let mut r = next.run(req).await;
    harden(r.headers_mut(), CSP);
    r
}

/// A valid token: a new session, and the same page again without the token in the address.
fn start_session(app: &AppState, path: &str, query: &str) -> Response {
    let id = random_hex(24);
    app.sessions
        .lock()
        .expect("session lock")
        .insert(id.clone());
    let rest: Vec<&str> = query
        .split('&')
        .filter(|kv| !kv.starts_with("token=") && !kv.is_empty())
        .collect();
    let to = if rest.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", rest.join("&"))
    };
    let mut r = Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, to)
        .header(
            header::SET_COOKIE,
            format!("{SESSION_COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/"),
        )
        .body(Body::empty())
        .expect("valid response");
    harden(r.headers_mut(), CSP);
    r
}

/// A file name inside `dir`: one plain component, no separators, no `..`; `None` otherwise.
pub(crate) fn confined(dir: &Path, name: &str) -> Option<PathBuf> {
    let p = Path::new(name);
    let mut parts = p.components();
    match (parts.next(), parts.next()) {
        (Some(Component::Normal(n)), None) if !name.contains(['/', '\\']) => Some(dir.join(n)),
        _ => None,
    }
}

/// The language the visitor chose (cookie), else the project's.
pub(crate) fn chosen_lang(headers: &HeaderMap) -> Option<crate::model::project::Lang> {
    cookie(headers, "grantbook_lang").and_then(crate::model::project::Lang::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confined_refuses_every_way_out() {
        let d = Path::new("/p/out");
        assert_eq!(
            confined(d, "claim-2020-Q3.xlsx"),
            Some(d.join("claim-2020-Q3.xlsx"))
        );
        for bad in ["../x", "..", "/etc/passwd", "a/b", "a\\b", "", "."] {
            assert_eq!(confined(d, bad), None, "{bad}");
        }
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
    }
}
