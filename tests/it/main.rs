//! The integration tests, one module per area, linked into one test binary: each binary
//! links every dependency and the ICU4X data, so twelve of them cost minutes of link time
//! and gigabytes of disk (CI ran out of space linking them, stop 18).

mod common;
mod redis_server;

mod acme_clients;
#[cfg(feature = "acme-front")]
mod acme_front;
mod build;
mod check;
mod cli;
mod export;
mod facts;
mod hostile;
mod hosts;
mod limiter_config;
mod negotiation;
mod output_guard;
mod pipelining;
mod problem_api;
mod process;
mod serve;
mod site_links;
mod watch;
