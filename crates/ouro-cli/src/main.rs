//! `ouro`, the command-line program: reads the arguments, runs the command on a large
//! stack segment behind the panic boundary, and exits with its status. `ouro FILE`, `ouro -c
//! CODE`, `ouro -m MODULE`, a script on standard input and the REPL run programs.
//! CPython counterpart: Modules/main.c.
#![forbid(unsafe_code)]

mod boundary;
mod commands;
mod encoding;
mod pythonrun;
mod repl;

/// Python programs allocate and free many small objects (floats, strings, frames' locals,
/// list storage); mimalloc serves them from per-size free lists, as CPython's obmalloc does,
/// at a fraction of the system allocator's cost.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
usage: ouro --dis FILE                      print the bytecode of FILE as `python3.12 -m dis`
       ouro --compile FILE [-o OUT.pyc]     write __pycache__/NAME.ouro-312.pyc (or OUT.pyc)
       ouro --compile-batch LISTFILE OUTDIR compile every file listed, one JSON line each
       ouro --bench-compile LISTFILE N      compile every file listed N times, print seconds
";

/// A parsed command line.
enum Command {
    Dis(String),
    Compile(String, Option<String>),
    CompileBatch(String, String),
    BenchCompile(String, String),
    Help,
    /// A deliberate panic, so the tests can check the boundary.
    InternalPanicTest,
    /// `ouro FILE [ARGS...]`.
    RunFile(String, Vec<String>),
    /// `ouro -c CODE [ARGS...]`.
    RunCommand(String, Vec<String>),
    /// `ouro -m MODULE [ARGS...]`.
    RunModule(String, Vec<String>),
    /// `ouro` on a terminal: the interactive prompt.
    Repl,
    /// `ouro - [ARGS...]`, or no arguments with standard input not a terminal.
    RunStdin(Vec<String>),
    /// Anything else that asks to run Python code (`-c`, `-m`, the REPL).
    Run,
    Usage(String),
}

fn parse(args: &[String]) -> Command {
    let arg = |i: usize| args.get(i).cloned();
    match args.first().map(String::as_str) {
        Some("--dis") => match (arg(1), args.len()) {
            (Some(file), 2) => Command::Dis(file),
            _ => Command::Usage("--dis takes one FILE".into()),
        },
        Some("--compile") => match args.len() {
            2 => Command::Compile(args[1].clone(), None),
            4 if args[2] == "-o" => Command::Compile(args[1].clone(), Some(args[3].clone())),
            _ => Command::Usage("--compile takes FILE [-o OUT.pyc]".into()),
        },
        Some("--compile-batch") => match args.len() {
            3 => Command::CompileBatch(args[1].clone(), args[2].clone()),
            _ => Command::Usage("--compile-batch takes LISTFILE OUTDIR".into()),
        },
        Some("--bench-compile") => match args.len() {
            3 => Command::BenchCompile(args[1].clone(), args[2].clone()),
            _ => Command::Usage("--bench-compile takes LISTFILE N".into()),
        },
        Some("-h" | "--help") => Command::Help,
        Some("--internal-panic-test") => Command::InternalPanicTest,
        Some(opt) if opt.starts_with("--") => Command::Usage(format!("unknown option {opt}")),
        Some(file) if !file.starts_with('-') => {
            Command::RunFile(file.to_string(), args[1..].to_vec())
        }
        Some("-c") => match args.get(1) {
            Some(code) => Command::RunCommand(code.clone(), args[2..].to_vec()),
            None => Command::Usage("Argument expected for the -c option".into()),
        },
        Some("-") => Command::RunStdin(args.to_vec()),
        Some("-m") => match args.get(1) {
            Some(module) => Command::RunModule(module.clone(), args[2..].to_vec()),
            None => Command::Usage("Argument expected for the -m option".into()),
        },
        None if !std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            Command::RunStdin(Vec::new())
        }
        None => Command::Repl,
        _ => Command::Run,
    }
}

fn main() {
    boundary::install_quiet_panic_hook();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = match parse(&args) {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Usage(msg) => {
            eprint!("ouro: {msg}\n{USAGE}");
            2
        }
        Command::Run => {
            eprintln!("ouro: running programs is not implemented yet");
            2
        }
        Command::RunCommand(code, rest) => boundary::run_guarded_and_exit(move || {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            commands::run_source(&code, "<string>", argv)
        }),
        Command::RunModule(module, rest) => {
            boundary::run_guarded_and_exit(move || commands::run_module(&module, &rest))
        }
        Command::Repl => boundary::run_guarded_and_exit(repl::run),
        Command::RunStdin(rest) => {
            boundary::run_guarded_and_exit(move || commands::run_stdin(&rest))
        }
        Command::RunFile(file, rest) => {
            boundary::run_guarded_and_exit(move || commands::run(&file, &rest))
        }
        Command::Dis(file) => boundary::run_guarded_and_exit(move || commands::dis(&file)),
        Command::Compile(file, out) => {
            boundary::run_guarded_and_exit(move || commands::compile(&file, out.as_deref()))
        }
        Command::CompileBatch(list, outdir) => {
            boundary::run_guarded_and_exit(move || commands::compile_batch(&list, &outdir))
        }
        Command::BenchCompile(list, n) => {
            boundary::run_guarded_and_exit(move || commands::bench_compile(&list, &n))
        }
        Command::InternalPanicTest => {
            boundary::run_guarded_and_exit(|| panic!("deliberate panic for the tests"))
        }
    };
    std::process::exit(status);
}
