//! The CLI's safety boundary: every command runs on a large stack (deeply nested source must
//! not overflow the Rust stack before the compiler's own depth limits answer), and
//! a panic anywhere is caught and turned into `ouro: internal error: ...` with exit status 70,
//! never a Rust backtrace. ouro has no CPython counterpart here: CPython reports a C crash as a
//! signal.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// The stack size of the thread that runs the compiler.
pub const COMPILER_STACK_SIZE: usize = 256 * 1024 * 1024;

/// Exit status for an internal error (BSD `EX_SOFTWARE`).
pub const EXIT_INTERNAL_ERROR: i32 = 70;

/// The location of the last panic, recorded by the hook (which prints nothing).
static LAST_PANIC_LOCATION: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the default panic hook (which prints a message and maybe a backtrace) with one
/// that only records where the panic happened.
pub fn install_quiet_panic_hook() {
    panic::set_hook(Box::new(|info| {
        if let Some(loc) = info.location() {
            if let Ok(mut slot) = LAST_PANIC_LOCATION.lock() {
                *slot = Some(format!("{}:{}:{}", loc.file(), loc.line(), loc.column()));
            }
        }
    }));
}

/// A caught panic, as one line of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalError(pub String);

impl std::fmt::Display for InternalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs `f`, turning a panic into an `InternalError` that names the panic message and place.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, InternalError> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let msg = if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_owned()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "panic with a non-text payload".to_owned()
        };
        let location = LAST_PANIC_LOCATION.lock().ok().and_then(|mut s| s.take());
        let msg = msg.replace('\n', " ");
        InternalError(match location {
            Some(loc) => format!("{msg} (at {loc})"),
            None => msg,
        })
    })
}

/// Runs `f` on a `COMPILER_STACK_SIZE` stack and exits the process with its status; a panic
/// becomes an internal error report on stderr and exit status `EXIT_INTERNAL_ERROR`. The
/// stack is a fresh segment switched to on the main thread itself (no second thread: starting
/// one, and the allocator arena a second thread gets, cost start-up time), and the process
/// exits from it: switching back would first unmap it, work the exit does anyway.
pub fn run_guarded_and_exit(f: impl FnOnce() -> i32) -> ! {
    let status = stacker::grow(COMPILER_STACK_SIZE, move || -> i32 {
        let status = match catch(f) {
            Ok(status) => status,
            Err(err) => {
                eprintln!("ouro: internal error: {err}");
                EXIT_INTERNAL_ERROR
            }
        };
        std::process::exit(status)
    });
    std::process::exit(status)
}
