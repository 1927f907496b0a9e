//! `cargo run --release -p ouro-compiler --example fuzz -- [options]`: feeds random and mutated
//! Python source to `ouro_compiler::compile_module` (or to the parser and limits alone) and
//! reports every panic, hang and abort (stack overflow), de-duplicated by panic location, with
//! the shortest input for each saved in a crash folder.
//!
//! Inputs run in a worker process (this program with `--worker`), each on a thread with a
//! fixed stack under `catch_unwind`; the supervisor sends inputs over a pipe, restarts the
//! worker when it dies (an abort such as a stack overflow) and kills it when an input takes
//! longer than the time limit (a hang).
//!
//! Options: `--minutes M` (default 1), `--inputs N` (stop after N inputs), `--seed S`,
//! `--target compile|parse`, `--lib DIR` (seed sources; default: CPython 3.12's Lib),
//! `--max-seeds K` (default 400), `--crashes DIR` (default `fuzz-crashes`),
//! `--timeout-secs T` (default 10), `--stack-mb MB` (default 8).

mod engine;

use engine::{Outcome, Rng, Summary, Target};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

struct Options {
    minutes: f64,
    inputs: Option<usize>,
    seed: u64,
    target: String,
    lib: Option<PathBuf>,
    max_seeds: usize,
    crashes: PathBuf,
    timeout: Duration,
    stack: usize,
    worker: bool,
}

fn parse_options() -> Result<Options, String> {
    let mut o = Options {
        minutes: 1.0,
        inputs: None,
        seed: 1,
        target: "compile".into(),
        lib: None,
        max_seeds: 400,
        crashes: PathBuf::from("fuzz-crashes"),
        timeout: Duration::from_secs(10),
        stack: 8 << 20,
        worker: false,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        if flag == "--worker" {
            o.worker = true;
            i += 1;
            continue;
        }
        let value = args
            .get(i + 1)
            .ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = || format!("bad value for {flag}: {value}");
        match flag {
            "--minutes" => o.minutes = value.parse().map_err(|_| bad())?,
            "--inputs" => o.inputs = Some(value.parse().map_err(|_| bad())?),
            "--seed" => o.seed = value.parse().map_err(|_| bad())?,
            "--target" => o.target = value.clone(),
            "--lib" => o.lib = Some(PathBuf::from(value)),
            "--max-seeds" => o.max_seeds = value.parse().map_err(|_| bad())?,
            "--crashes" => o.crashes = PathBuf::from(value),
            "--timeout-secs" => {
                o.timeout = Duration::from_secs_f64(value.parse().map_err(|_| bad())?)
            }
            "--stack-mb" => o.stack = value.parse::<usize>().map_err(|_| bad())? << 20,
            _ => return Err(format!("unknown option {flag}")),
        }
        i += 2;
    }
    if !matches!(o.target.as_str(), "compile" | "parse") {
        return Err(format!("unknown target {}", o.target));
    }
    Ok(o)
}

fn target_of(name: &str) -> Target {
    if name == "parse" {
        engine::target_parse
    } else {
        engine::target_compile
    }
}

/// The worker: reads length-prefixed inputs from stdin, answers one line per input.
fn worker(o: &Options) {
    let target = target_of(&o.target);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    loop {
        let mut len = [0u8; 4];
        if input.read_exact(&mut len).is_err() {
            return;
        }
        let mut buf = vec![0u8; u32::from_le_bytes(len) as usize];
        if input.read_exact(&mut buf).is_err() {
            return;
        }
        let src = String::from_utf8_lossy(&buf).into_owned();
        let line = match engine::run_one(target, src, o.stack, o.timeout * 2) {
            Outcome::Ok => "O".to_string(),
            Outcome::Error(kind) => format!("E {kind}"),
            Outcome::Panic { location, message } => {
                format!("P {location}\t{}", message.replace(['\n', '\r'], " "))
            }
            Outcome::Hang | Outcome::Crash => "H".to_string(),
        };
        if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
            return;
        }
    }
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
}

fn start_worker(o: &Options) -> Result<Worker, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .args([
            "--worker",
            "--target",
            &o.target,
            "--stack-mb",
            &(o.stack >> 20).to_string(),
            "--timeout-secs",
            &o.timeout.as_secs_f64().to_string(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let stdin = child.stdin.take().ok_or("no stdin")?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    Ok(Worker {
        child,
        stdin,
        lines,
    })
}

fn stop_worker(w: &mut Worker) {
    let _ = w.child.kill();
    let _ = w.child.wait();
}

fn save(o: &Options, summary: &Summary) {
    if summary.failures.is_empty() {
        return;
    }
    let _ = std::fs::create_dir_all(&o.crashes);
    for (key, (_, input)) in &summary.failures {
        let name: String = key
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .take(120)
            .collect();
        let _ = std::fs::write(o.crashes.join(format!("{name}.py")), input);
    }
    let _ = std::fs::write(o.crashes.join("summary.txt"), summary.report());
}

fn main() {
    let o = match parse_options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("fuzz: {e}");
            std::process::exit(2);
        }
    };
    if o.worker {
        worker(&o);
        return;
    }
    let lib = o
        .lib
        .clone()
        .unwrap_or_else(|| PathBuf::from("/root/.pyenv/versions/3.12.1/lib/python3.12"));
    let mut seeds = engine::load_seeds(&lib, o.max_seeds);
    eprintln!("fuzz: {} seed files from {}", seeds.len(), lib.display());
    seeds.extend(engine::builtin_seeds());
    let mut rng = Rng::new(o.seed);
    let mut summary = Summary::default();
    let deadline = Instant::now() + Duration::from_secs_f64(o.minutes * 60.0);
    let mut w = match start_worker(&o) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("fuzz: cannot start a worker: {e}");
            std::process::exit(2);
        }
    };
    let mut last_report = Instant::now();
    while Instant::now() < deadline && o.inputs.is_none_or(|n| summary.inputs < n) {
        let input = engine::make_input(&mut rng, &seeds);
        let bytes = input.as_bytes();
        let sent = w
            .stdin
            .write_all(&(bytes.len() as u32).to_le_bytes())
            .and_then(|_| w.stdin.write_all(bytes))
            .and_then(|_| w.stdin.flush());
        let outcome = match sent.map(|_| w.lines.recv_timeout(o.timeout)) {
            Ok(Ok(line)) => match line.split_at(1) {
                ("O", _) => Outcome::Ok,
                ("E", kind) => Outcome::Error(kind.trim().to_string()),
                ("H", _) => Outcome::Hang,
                (_, rest) => {
                    let (location, message) = rest.trim().split_once('\t').unwrap_or((rest, ""));
                    Outcome::Panic {
                        location: location.to_string(),
                        message: message.to_string(),
                    }
                }
            },
            Ok(Err(mpsc::RecvTimeoutError::Timeout)) => {
                stop_worker(&mut w);
                Outcome::Hang
            }
            _ => {
                // The worker died: an abort (stack overflow, out of memory).
                stop_worker(&mut w);
                Outcome::Crash
            }
        };
        let new_failure = !matches!(outcome, Outcome::Ok | Outcome::Error(_));
        summary.record(&outcome, &input);
        if new_failure {
            save(&o, &summary);
            if w.child.try_wait().map(|s| s.is_some()).unwrap_or(true)
                || matches!(outcome, Outcome::Hang)
            {
                match start_worker(&o) {
                    Ok(nw) => w = nw,
                    Err(e) => {
                        eprintln!("fuzz: cannot restart the worker: {e}");
                        break;
                    }
                }
            }
        }
        if last_report.elapsed() > Duration::from_secs(30) {
            last_report = Instant::now();
            eprintln!(
                "fuzz: {} inputs, {} panics, {} hangs, {} crashes",
                summary.inputs, summary.panics, summary.hangs, summary.crashes
            );
        }
    }
    stop_worker(&mut w);
    save(&o, &summary);
    println!("{}", summary.report());
    if !summary.failures.is_empty() {
        println!("failing inputs saved in {}", o.crashes.display());
    }
}
