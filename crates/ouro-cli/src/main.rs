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
usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...
       options as python3.12's: -b -B -d -E -I -O -OO -P -q -R -s -S -u -v -V -W arg -X opt
       ouro --dis FILE                      print the bytecode of FILE as `python3.12 -m dis`
       ouro --compile FILE [-o OUT.pyc]     write __pycache__/NAME.ouro-312.pyc (or OUT.pyc)
       ouro --compile-batch LISTFILE OUTDIR compile every file listed, one JSON line each
       ouro --bench-compile LISTFILE N      compile every file listed N times, print seconds
";

use ouro_vm::initconfig::Options;

/// A parsed command line.
enum Command {
    Dis(String),
    Compile(String, Option<String>),
    CompileBatch(String, String),
    BenchCompile(String, String),
    Help,
    /// A deliberate panic, so the tests can check the boundary.
    InternalPanicTest,
    /// `ouro [OPTIONS] FILE [ARGS...]`.
    RunFile(Options, String, Vec<String>),
    /// `ouro [OPTIONS] -c CODE [ARGS...]`.
    RunCommand(Options, String, Vec<String>),
    /// `ouro [OPTIONS] -m MODULE [ARGS...]`.
    RunModule(Options, String, Vec<String>),
    /// `ouro [OPTIONS]` on a terminal: the interactive prompt.
    Repl(Options),
    /// `ouro [OPTIONS] - [ARGS...]`, or no script with standard input not a terminal.
    RunStdin(Options, Vec<String>),
    /// `-V`, `--version`.
    Version,
    /// A bad interpreter option: CPython's message, then a usage line.
    BadOption(String),
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
        Some("--internal-panic-test") => Command::InternalPanicTest,
        _ => parse_python(args),
    }
}

/// The command line as `python3.12` reads it: option letters, alone or several behind one
/// dash (`-IS`), those taking a value (`-c`, `-m`, `-W`, `-X`) from the rest of their word or
/// the next one, until a script, `-`, `--`, `-c` or `-m`. The options go to
/// `ouro_vm::initconfig`. CPython: Python/getopt.c, Python/initconfig.c config_parse_cmdline.
fn parse_python(args: &[String]) -> Command {
    let mut o = ouro_vm::initconfig::Options::default();
    let mut i = 0;
    while let Some(word) = args.get(i) {
        if word == "--" {
            i += 1;
            break;
        }
        if word == "--help" {
            return Command::Help;
        }
        if word == "--version" {
            return Command::Version;
        }
        if word.starts_with("--") {
            return Command::Usage(format!("unknown option {word}"));
        }
        if !word.starts_with('-') || word == "-" {
            break;
        }
        let letters: Vec<char> = word[1..].chars().collect();
        let mut j = 0;
        while let Some(&c) = letters.get(j) {
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                let rest: String = letters[j + 1..].iter().collect();
                let value = if !rest.is_empty() {
                    rest
                } else {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            return Command::BadOption(format!(
                                "Argument expected for the -{c} option"
                            ))
                        }
                    }
                };
                match c {
                    'c' => return Command::RunCommand(o, value, args[i + 1..].to_vec()),
                    'm' => return Command::RunModule(o, value, args[i + 1..].to_vec()),
                    'W' => o.warnoptions.push(value),
                    _ => o.xoptions.push(value),
                }
                break;
            }
            match c {
                'I' => o.isolated = true,
                'E' => o.ignore_environment = true,
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'B' => o.dont_write_bytecode = true,
                'P' => o.safe_path = true,
                'u' => o.unbuffered = true,
                'q' => o.quiet = true,
                'v' => o.verbose += 1,
                'b' => o.bytes_warning += 1,
                'd' => o.debug += 1,
                // Random string hashes even when PYTHONHASHSEED fixes them.
                'R' => o.random_hash = true,
                'h' | '?' => return Command::Help,
                'V' => return Command::Version,
                'O' => o.optimize += 1,
                'i' | 'x' => {
                    return Command::Usage(format!("the -{c} option is not supported yet"))
                }
                _ => return Command::BadOption(format!("Unknown option: -{c}")),
            }
            j += 1;
        }
        i += 1;
    }
    match args.get(i).map(String::as_str) {
        Some("-") => Command::RunStdin(o, args[i..].to_vec()),
        Some(file) => Command::RunFile(o, file.to_string(), args[i + 1..].to_vec()),
        None if !std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
            Command::RunStdin(o, Vec::new())
        }
        None => Command::Repl(o),
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
        Command::BadOption(msg) => {
            eprintln!("{msg}");
            eprintln!("usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `ouro -h' for more information.");
            2
        }
        Command::Version => {
            println!("Python 3.12.1");
            0
        }
        Command::RunCommand(o, code, rest) => boundary::run_guarded_and_exit(move || {
            ouro_vm::initconfig::set(o);
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            commands::run_source(&code, "<string>", argv)
        }),
        Command::RunModule(o, module, rest) => boundary::run_guarded_and_exit(move || {
            ouro_vm::initconfig::set(o);
            commands::run_module(&module, &rest)
        }),
        Command::Repl(o) => boundary::run_guarded_and_exit(move || {
            ouro_vm::initconfig::set(o);
            repl::run()
        }),
        Command::RunStdin(o, rest) => boundary::run_guarded_and_exit(move || {
            ouro_vm::initconfig::set(o);
            commands::run_stdin(&rest)
        }),
        Command::RunFile(o, file, rest) => boundary::run_guarded_and_exit(move || {
            ouro_vm::initconfig::set(o);
            commands::run(&file, &rest)
        }),
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
