//! `errdocs serve`: the actix-web server that makes the language-neutral URL inside an error
//! open the help page in the reader's language. This is the only module that uses
//! actix-web; the rest of the crate sees [`Application`], [`Options`] and [`Stopper`].
//!
//! The site is rendered once at start ([`Site::load`], the same model `build` writes) and
//! answered from memory: `assets` prepares every file with its headers, ETag and compressed
//! variants, `routes` negotiates and answers, `watch` rebuilds on change and swaps the site
//! in atomically (`arc-swap`: a request keeps the site it started with), `overlay` shows a
//! failed rebuild over every page. Nothing is shared between replicas: any number of them
//! may stand behind a load balancer.

mod assets;
mod overlay;
mod routes;
mod watch;

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::dev::{Server, ServerHandle};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use arc_swap::ArcSwap;
use tokio::signal::unix::{Signal, SignalKind, signal};

use crate::progress::Bar;
use crate::site::{RenderCache, Site};
use crate::source::SiteSource;
use assets::Served;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Options {
    /// Rebuild on every change under the site directory, reload open pages, and show a
    /// failed rebuild over every page (`--watch`).
    pub watch: bool,
    /// Worker threads; `None` for one per core.
    pub workers: Option<usize>,
    /// Stop gracefully on SIGINT and SIGTERM. Tests that start several servers in one
    /// process stop them with a [`Stopper`] instead.
    pub signals: bool,
    /// Show a progress bar on a terminal while a slow site loads (see [`Bar`]).
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            watch: false,
            workers: None,
            signals: true,
            progress: false,
        }
    }
}

/// What every request reads: the site being served and, in `--watch` mode, the error of
/// the last failed rebuild.
#[derive(Debug)]
struct Live {
    served: Arc<Served>,
    error: Option<Arc<str>>,
}

/// State shared by every worker.
#[derive(Debug)]
struct State {
    live: ArcSwap<Live>,
    /// Bumped after every rebuild, good or failed; live-reload polls wait on it. It starts
    /// from the clock so that a restarted server never repeats a generation a page saw.
    generation: tokio::sync::watch::Sender<u64>,
    watch: bool,
    closing: AtomicBool,
}

impl State {
    fn new(served: Served, watch: bool) -> State {
        let start = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        State {
            live: ArcSwap::from_pointee(Live {
                served: Arc::new(served),
                error: None,
            }),
            generation: tokio::sync::watch::Sender::new(start),
            watch,
            closing: AtomicBool::new(false),
        }
    }

    /// A good rebuild: swap the new site in. Requests in flight keep the old one.
    fn swap(&self, served: Served) {
        self.live.store(Arc::new(Live {
            served: Arc::new(served),
            error: None,
        }));
        self.generation.send_modify(|g| *g = g.wrapping_add(1));
    }

    /// The site being served now.
    fn served(&self) -> Arc<Served> {
        self.live.load().served.clone()
    }

    /// A failed rebuild: keep the last good site, remember why.
    fn fail(&self, error: String) {
        let served = self.live.load().served.clone();
        self.live.store(Arc::new(Live {
            served,
            error: Some(error.into()),
        }));
        self.generation.send_modify(|g| *g = g.wrapping_add(1));
    }

    /// Shutting down: release every waiting live-reload poll so that graceful shutdown
    /// does not wait for them.
    fn close(&self) {
        self.closing.store(true, Ordering::SeqCst);
        self.generation.send_modify(|_| {});
    }
}

/// Returns the heap's free pages to the system (glibc and mimalloc keep them otherwise: a
/// load's temporaries would stay in the server's RSS for its whole life).
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands free memory back; no pointer is touched.
    unsafe {
        libc::malloc_trim(0);
    }
    // The binary's allocator (feature `mimalloc`): the same, for its heaps. Harmless when
    // another allocator is in use (a library user's): mimalloc then holds nothing.
    // mimalloc keeps free pages per thread: collect on every rendering thread too.
    #[cfg(feature = "mimalloc")]
    {
        fn collect() {
            // SAFETY: mi_collect only releases free pages; no pointer is touched.
            unsafe { libmimalloc_sys::mi_collect(true) }
        }
        rayon::broadcast(|_| collect());
        collect();
    }
}

/// With glibc malloc (the system allocator, feature `mimalloc` off), memory freed after a
/// burst (a connection flood: two buffers per connection) stays in the heap for good. A
/// background thread hands free pages back every few seconds; it costs a few milliseconds
/// of one core each time, and nothing when there is nothing to return.
fn start_trimmer() {
    #[cfg(all(target_os = "linux", target_env = "gnu", not(feature = "mimalloc")))]
    {
        let spawned = std::thread::Builder::new()
            .name("errdocs-trim".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(2));
                    release_free_memory();
                }
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the memory trimmer: {e}");
        }
    }
}

/// A bound, loaded server, ready to run.
pub struct Application {
    addr: SocketAddr,
    server: Server,
    state: Arc<State>,
    watcher: Option<watch::Watcher>,
}

/// Stops a running [`Application`] from any thread.
#[derive(Clone)]
pub struct Stopper {
    handle: ServerHandle,
    state: Arc<State>,
}

impl Stopper {
    /// Asks the server to stop. Graceful: stop accepting, let requests in flight finish.
    pub fn stop(&self, graceful: bool) {
        self.state.close();
        // The command is sent now; awaiting the returned future would only wait for it.
        drop(self.handle.stop(graceful));
    }
}

impl Application {
    /// Loads and prepares the site, and binds the server to `listener` (bind port 0 for a
    /// free port, as tests do). Must run inside an actix (tokio) runtime; call
    /// [`Application::run_until_stopped`] next.
    pub async fn build(
        listener: TcpListener,
        source: SiteSource,
        options: Options,
    ) -> anyhow::Result<Application> {
        let mut cache = RenderCache::default();
        let site = if options.progress {
            Site::load_with(&source, &mut cache, &Bar::stderr())?
        } else {
            Site::load_reusing(&source, &mut cache)?
        };
        let state = Arc::new(State::new(
            Served::new(site, options.watch, None),
            options.watch,
        ));
        let watcher = if options.watch {
            Some(watch::start(source, cache, state.clone())?)
        } else {
            // What rendering needed (sources, parsed catalogs, page bodies) is not needed to
            // serve: free it now, and hand the freed pages back to the system.
            drop((source, cache));
            release_free_memory();
            start_trimmer();
            None
        };
        let addr = listener
            .local_addr()
            .context("cannot read the bound address")?;
        let data = web::Data::from(state.clone());
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .wrap(actix_web::middleware::from_fn(routes::log_request))
                // Every answer, errors and redirects included: no browser may guess a type
                // other than the one sent.
                .wrap(
                    actix_web::middleware::DefaultHeaders::new()
                        .add((actix_web::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff")),
                )
                .configure(routes::configure)
        })
        // Requests are answered from memory: anything still running after this is stuck.
        .shutdown_timeout(10)
        // Each response is written whole: Nagle's algorithm would only hold the next one of
        // a keep-alive connection back until the client's delayed ACK (tens of ms).
        .tcp_nodelay(true);
        if let Some(n) = options.workers {
            server = server.workers(n);
        }
        server = if options.signals {
            server.shutdown_signal(shutdown_signal(state.clone())?)
        } else {
            server.disable_signals()
        };
        let server = server
            .listen(listener)
            .with_context(|| format!("cannot serve on `{addr}`"))?
            .run();
        Ok(Application {
            addr,
            server,
            state,
            watcher,
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A handle to stop the server.
    pub fn stopper(&self) -> Stopper {
        Stopper {
            handle: self.server.handle(),
            state: self.state.clone(),
        }
    }

    /// Serves until stopped (signal or [`Stopper`]); requests in flight finish first.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        // Stops the watcher thread.
        drop(self.watcher);
        result
    }
}

/// A server running on a thread of its own, for tests and for programs that embed the
/// help pages. Dropping it stops the server at once; [`Running::stop`] stops it gracefully.
pub struct Running {
    addr: SocketAddr,
    stopper: Stopper,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Running {
    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A handle to stop the server from elsewhere.
    pub fn stopper(&self) -> Stopper {
        self.stopper.clone()
    }

    /// Stops gracefully (requests in flight finish) and waits for the thread to end.
    pub fn stop(mut self) -> std::io::Result<()> {
        self.stopper.stop(true);
        self.join()
    }

    fn join(&mut self) -> std::io::Result<()> {
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(std::io::Error::other("the server thread panicked")),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.stopper.stop(false);
            let _ = self.join();
        }
    }
}

/// Loads `source` and serves it on `listener` from a new thread with its own runtime;
/// returns once the server accepts connections, or with the error that kept it from
/// starting (a broken site, say).
pub fn spawn(
    listener: TcpListener,
    source: SiteSource,
    options: Options,
) -> anyhow::Result<Running> {
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("errdocs-serve".into())
        .spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                match Application::build(listener, source, options).await {
                    Ok(app) => {
                        let _ = tx.send(Ok((app.addr(), app.stopper())));
                        app.run_until_stopped().await
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        Ok(())
                    }
                }
            })
        })
        .context("cannot start the server thread")?;
    let (addr, stopper) = rx
        .recv()
        .context("the server thread ended before starting")??;
    Ok(Running {
        addr,
        stopper,
        thread: Some(thread),
    })
}

/// Waits for SIGINT or SIGTERM, then releases live-reload polls. The handlers are installed
/// now, before the server accepts anything, so an early signal is never lost.
fn shutdown_signal(
    state: Arc<State>,
) -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    let install = |kind: SignalKind| -> anyhow::Result<Signal> {
        signal(kind).context("cannot install the SIGINT/SIGTERM handlers")
    };
    let mut interrupt = install(SignalKind::interrupt())?;
    let mut terminate = install(SignalKind::terminate())?;
    Ok(async move {
        let name = std::future::poll_fn(|cx| {
            if interrupt.poll_recv(cx).is_ready() {
                return std::task::Poll::Ready("SIGINT");
            }
            if terminate.poll_recv(cx).is_ready() {
                return std::task::Poll::Ready("SIGTERM");
            }
            std::task::Poll::Pending
        })
        .await;
        tracing::info!(signal = name, "shutting down: finishing requests in flight");
        state.close();
    })
}

/// `errdocs serve`: loads the site, listens on `addr`, serves until SIGINT or SIGTERM.
pub fn run(addr: &str, source: SiteSource, options: Options) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let listener = TcpListener::bind(addr).with_context(|| {
            format!("cannot listen on `{addr}`; is another server using it? choose another with `--addr`")
        })?;
        let started = std::time::Instant::now();
        let watch = options.watch;
        let app = Application::build(listener, source, options).await?;
        let addr = app.addr();
        tracing::info!(
            url = %format!("http://{addr}/"),
            watch,
            ms = started.elapsed().as_millis() as u64,
            "listening"
        );
        app.run_until_stopped()
            .await
            .context("the server stopped with an error")?;
        tracing::info!("stopped");
        Ok(())
    })
}
