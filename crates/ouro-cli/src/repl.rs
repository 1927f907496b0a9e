//! The interactive prompt: `ouro` with no arguments on a terminal. Reads statements with the
//! `>>> ` and `... ` prompts, compiles each in `single` mode (expression values are echoed
//! through `sys.displayhook`), runs it in `__main__`, prints tracebacks, and exits on end of
//! file or `SystemExit`. A statement continues while brackets are open, a line ends with `:`
//! or `\`, or an indented block has not been closed by an empty line (CPython:
//! Python/pythonrun.c `PyRun_InteractiveLoopFlags`, Lib/codeop.py for the continuation rule).

use std::io::{BufRead, Write};

/// Whether the buffered source needs more lines before it can be compiled.
fn needs_more(source: &str, last_line: &str) -> bool {
    let mut depth: i32 = 0;
    let mut quote: Option<char> = None;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => {
                    for d in chars.by_ref() {
                        if d == '\n' {
                            break;
                        }
                    }
                }
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    if depth > 0 {
        return true;
    }
    let trimmed = last_line.trim_end();
    if trimmed.ends_with(':') || trimmed.ends_with('\\') {
        return true;
    }
    // Inside a block: continue until an empty line.
    let first = source.lines().next().unwrap_or("");
    let in_block = source.lines().count() > 1 || first.trim_end().ends_with(':');
    in_block && !last_line.trim().is_empty()
}

fn prompt(text: &str) {
    let mut err = std::io::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Runs the read-eval-print loop; returns the exit status.
pub fn run() -> i32 {
    ouro_vm::pyhash::init_from_env(ouro_vm::initconfig::hash_seed_env().as_deref());
    let vm = ouro_vm::Vm::new();
    let session = ouro_vm::pythonrun::Interactive::new(&vm);
    eprintln!(
        "Ouroboros {} (Python 3.12 compatible) on {}\nType \"exit()\" or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        prompt(">>> ");
        let mut source = String::new();
        let mut line = match lines.next() {
            Some(Ok(l)) => l,
            _ => {
                eprintln!();
                ouro_vm::pythonrun::finalize(&vm);
                return 0;
            }
        };
        loop {
            source.push_str(&line);
            source.push('\n');
            if !needs_more(&source, &line) {
                break;
            }
            prompt("... ");
            line = match lines.next() {
                Some(Ok(l)) => l,
                _ => String::new(),
            };
            if line.is_empty() && source.ends_with("\n") && !needs_more(&source, "") {
                break;
            }
        }
        if source.trim().is_empty() {
            continue;
        }
        match ouro_compiler::compile(&source, "<stdin>", ouro_compiler::Mode::Single, 0) {
            Ok(code) => {
                if let Some(status) = session.run(&vm, code) {
                    ouro_vm::pythonrun::finalize(&vm);
                    return status;
                }
            }
            Err(err) => {
                let report = crate::pythonrun::SyntaxErrorReport::from_compile_error(&err, &source);
                eprint!("{}", report.display("<stdin>"));
            }
        }
    }
}
