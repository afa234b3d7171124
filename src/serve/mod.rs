//! `grantbook serve`: a local web workspace over the same engine as the command line — the
//! overview, findings, claims, burn, review and rules pages, in Latvian and English, built from
//! the same report models the commands write, so every figure equals the command's json.
//!
//! One file per concern: `state` (the loaded project and its inputs, reloaded when a file
//! changes), `security` (token → session cookie, Host check, CSRF, CSP, upload limit, path
//! confinement), `sessions` (each browser's review in progress), `pages` (the tera engine and
//! the shared layout), `routes` (the router) and one file per page (`review_plan` reads the
//! review's sampling options). Nothing here computes a figure: pages format report models.

mod burn;
mod claim;
mod findings;
mod overview;
mod pages;
mod review;
mod review_plan;
mod routes;
mod rules;
mod security;
mod sessions;
mod state;

use crate::cli::Global;
use crate::i18n::{Msg, MsgContext};
use clap::Args;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// The port to listen on [default: a free port]
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port: u16,
    /// The address to listen on; anything but loopback lets other machines reach the workspace
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub listen: IpAddr,
    /// Open the workspace in the default browser
    #[arg(long)]
    pub open: bool,
    /// The largest upload accepted, in MB
    #[arg(long, value_name = "MB", default_value_t = 100)]
    pub max_upload_mb: u64,
}

pub const AFTER_HELP: &str = "The first line printed is the address to open, with its one-time token:\n  grantbook: serving http://127.0.0.1:PORT/?token=TOKEN\nCtrl-C stops the server.\n\nExamples:\n  grantbook serve\n  grantbook serve --port 8080 --open\n  grantbook serve --project budgets/p.toml --out reports/";

pub fn run(g: &Global, a: &ServeArgs) -> anyhow::Result<u8> {
    let mut g = g.clone();
    g.quiet = true;
    g.verbose = false;
    // The project loads before the port opens: bad input stops here with the usual message.
    let loaded = state::Loaded::load(&g)?;
    if !a.listen.is_loopback() {
        eprintln!(
            "grantbook: warning: listening on {} — other machines can reach this workspace; anyone with the token sees the project's data",
            a.listen
        );
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .msg_context(|| Msg::new("err-web-start"))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(a.listen, a.port))
            .await
            .msg_context(|| {
                Msg::new("err-web-listen")
                    .arg("address", a.listen.to_string())
                    .arg("port", a.port.to_string())
            })?;
        let port = listener.local_addr()?.port();
        let shown = if a.listen.is_unspecified() {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        } else {
            a.listen
        };
        let app = Arc::new(state::AppState::new(g, loaded, a, shown, port));
        let url = format!("http://{}/?token={}", host_port(shown, port), app.token);
        println!("grantbook: serving {url}");
        if a.open {
            open_browser(&url);
        }
        let router = routes::router(app.clone());
        axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .msg_context(|| Msg::new("err-web-stopped"))?;
        println!("grantbook: stopped");
        anyhow::Ok(())
    })?;
    Ok(0)
}

/// `127.0.0.1:8080`, `[::1]:8080`: the authority a browser sends as Host.
fn host_port(ip: IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(v4) => format!("{v4}:{port}"),
        IpAddr::V6(v6) => format!("[{v6}]:{port}"),
    }
}

/// Best effort: the platform's opener; the printed address works either way.
fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(cmd).arg(url).spawn().is_err() {
        eprintln!("grantbook: cannot open a browser ({cmd}); open the address above");
    }
}
