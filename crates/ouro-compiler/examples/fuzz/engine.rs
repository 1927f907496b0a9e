//! The fuzzing engine shared by the `fuzz` example and the smoke test: a seeded random
//! generator, source mutators (byte, line, token and indentation edits, splices, deep
//! nesting, odd characters), a grammar-based random program generator, and a runner that
//! executes each input on a thread with a fixed stack under `catch_unwind` and a watchdog.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Mutex, Once};
use std::time::Duration;

/// SplitMix64: small, seedable, good enough for fuzzing.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A size skewed towards small values, sometimes large.
    pub fn size(&mut self, max: usize) -> usize {
        match self.below(4) {
            0 => self.below(4),
            1 => self.below(32),
            2 => self.below(400),
            _ => self.below(max + 1),
        }
    }
}

/// Fragments that often matter to a Python tokenizer or parser.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "!=",
    "\\\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "    ",
    "#",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"",
    "rf'",
    "b'",
    "u'",
    "f'{",
    "}'",
    "{x!r:>{w}}",
    "if",
    "elif",
    "else",
    "for",
    "in",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "yield from",
    "lambda",
    "lambda x:",
    "await",
    "async",
    "try:",
    "except",
    "except*",
    "finally:",
    "with",
    "as",
    "match",
    "case",
    "_",
    "import",
    "from",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "raise",
    "assert",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "False",
    "type",
    "x",
    "0",
    "1_000",
    "0x1f",
    "1e10",
    "1j",
    "1.5",
    "__debug__",
    "__class__",
    "super()",
    "print",
    "*args",
    "**kw",
    "\\",
    "\u{a0}",
    "\u{feff}",
    "é",
    "\u{2028}",
    "€",
    "𝔘",
    "\0",
    "\x0c",
    "\x1b",
];

/// Constructs that nest without brackets, or with them, for deep-nesting insertions.
const NESTERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("-", ""),
    ("~", ""),
    ("not ", ""),
    ("lambda: ", ""),
    ("lambda a=", ":1"),
    ("a if b else ", ""),
    ("x**", ""),
    ("f'{", "}'"),
    ("f\"{", "}\""),
    ("await ", ""),
    ("yield ", ""),
    ("*", ""),
    ("a.", ""),
    ("x[", "]"),
    ("f(", ")"),
    ("1+", ""),
    ("(yield ", ")"),
    ("[x for x in ", "]"),
    ("{**", "}"),
];

fn char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A random position in `s` on a character boundary.
fn position(rng: &mut Rng, s: &str) -> usize {
    char_boundary(s, rng.below(s.len() + 1))
}

fn deep(rng: &mut Rng) -> String {
    let (open, close) = *rng.pick(NESTERS);
    let n = match rng.below(6) {
        0 => rng.below(50),
        1 => 95 + rng.below(10),
        2 => 145 + rng.below(10),
        3 => 195 + rng.below(10),
        4 => 2980 + rng.below(30),
        _ => rng.below(8000),
    };
    let mut s = open.repeat(n);
    s.push('x');
    if !close.is_empty() && !rng.chance(8) {
        s.push_str(&close.repeat(n));
    }
    s
}

fn deep_blocks(rng: &mut Rng) -> String {
    let n = if rng.chance(2) {
        95 + rng.below(10)
    } else {
        rng.below(130)
    };
    let unit = if rng.chance(4) { "\t" } else { " " };
    let head = *rng.pick(&[
        "if 1:",
        "def f():",
        "for x in y:",
        "while 1:",
        "with a:",
        "try:",
    ]);
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&unit.repeat(i));
        s.push_str(head);
        s.push('\n');
    }
    s.push_str(&unit.repeat(n));
    s.push_str("pass\n");
    s
}

/// Applies one random mutation to `src` (`other` is a second seed for splices).
pub fn mutate(rng: &mut Rng, src: &str, other: &str) -> String {
    let mut s = src.to_string();
    match rng.below(14) {
        0 => {
            // Byte-level flip; invalid UTF-8 is decoded lossily, as the CLI would reject it.
            let mut bytes = s.into_bytes();
            for _ in 0..1 + rng.size(8) {
                if bytes.is_empty() {
                    break;
                }
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            s = String::from_utf8_lossy(&bytes).into_owned();
        }
        1 => {
            let a = position(rng, &s);
            let b = char_boundary(&s, a + rng.size(200));
            s.replace_range(a..b, "");
        }
        2 => {
            let at = position(rng, &s);
            let tok = *rng.pick(TOKENS);
            s.insert_str(at, tok);
        }
        3 => {
            // Duplicate a range (a token, a line, a block).
            let a = position(rng, &s);
            let b = char_boundary(&s, a + rng.size(300));
            let piece = s[a..b].repeat(1 + rng.size(20));
            let at = position(rng, &s);
            s.insert_str(at, &piece);
        }
        4 => {
            let mut lines: Vec<&str> = s.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let i = rng.below(lines.len());
                let j = rng.below(lines.len());
                if rng.chance(2) {
                    lines.insert(j, lines[i]);
                } else {
                    lines.swap(i, j);
                }
            }
            s = lines.concat();
        }
        5 => {
            // Splice: a prefix of one source and a suffix of the other.
            let a = position(rng, &s);
            let b = position(rng, other);
            s = format!("{}{}", &s[..a], &other[b..]);
        }
        6 => {
            // Re-indent a random run of lines.
            let mut lines: Vec<String> = s.split_inclusive('\n').map(String::from).collect();
            let n = lines.len();
            if n > 0 {
                let start = rng.below(n);
                let count = 1 + rng.size(20);
                let edit = rng.below(4);
                for line in lines.iter_mut().skip(start).take(count) {
                    match edit {
                        0 => line.insert_str(0, " "),
                        1 => line.insert(0, '\t'),
                        2 => {
                            let trimmed = line.trim_start_matches([' ', '\t']).to_string();
                            *line = trimmed;
                        }
                        _ => {
                            let w = line.len() - line.trim_start_matches(' ').len();
                            if w > 0 {
                                line.replace_range(..w.min(4), "\t");
                            }
                        }
                    }
                }
            }
            s = lines.concat();
        }
        7 => {
            let at = position(rng, &s);
            s.insert_str(at, &deep(rng));
        }
        8 => {
            // Deep blocks at the start of a line.
            let at = s[..position(rng, &s)]
                .rfind('\n')
                .map(|i| i + 1)
                .unwrap_or(0);
            s.insert_str(at, &deep_blocks(rng));
        }
        9 => {
            // Random characters, including non-ASCII and control characters.
            for _ in 0..1 + rng.size(10) {
                let c = match rng.below(4) {
                    0 => char::from_u32(rng.below(0x80) as u32),
                    1 => char::from_u32(rng.below(0x800) as u32),
                    2 => char::from_u32(rng.below(0x11_0000) as u32),
                    _ => Some(*rng.pick(&['\0', '\r', '\x0c', '\u{feff}', '\u{85}', '\u{3000}'])),
                };
                if let Some(c) = c {
                    let at = position(rng, &s);
                    s.insert(at, c);
                }
            }
        }
        10 => {
            // Line-ending changes.
            s = match rng.below(3) {
                0 => s.replace('\n', "\r\n"),
                1 => s.replace('\n', "\r"),
                _ => s.replace("\r\n", "\n"),
            };
        }
        11 => {
            // Truncate.
            let at = position(rng, &s);
            s.truncate(at);
        }
        12 => {
            // Replace a word with another token.
            let at = position(rng, &s);
            let end = s[at..]
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .map(|i| at + i)
                .unwrap_or(s.len());
            let tok = *rng.pick(TOKENS);
            s.replace_range(at..end, tok);
        }
        _ => {
            // A grammar-generated fragment inserted at a line start.
            let at = s[..position(rng, &s)]
                .rfind('\n')
                .map(|i| i + 1)
                .unwrap_or(0);
            let mut g = Gen { rng, depth: 0 };
            let block = g.block(0);
            s.insert_str(at, &block);
        }
    }
    s
}

/// A grammar-based generator of (mostly) valid Python 3.12 programs.
pub struct Gen<'r> {
    pub rng: &'r mut Rng,
    pub depth: usize,
}

impl Gen<'_> {
    fn name(&mut self) -> String {
        self.rng
            .pick(&[
                "x", "y", "z", "a", "b", "f", "g", "self", "cls", "_", "é", "__x", "i",
            ])
            .to_string()
    }

    pub fn expr(&mut self) -> String {
        self.depth += 1;
        let leaf = self.depth > 6 || self.rng.chance(3);
        let e = if leaf {
            match self.rng.below(9) {
                0 => self.rng.below(1000).to_string(),
                1 => self
                    .rng
                    .pick(&[
                        "1.5", "1e300", "0x10", "0b101", "1_0", "2j", "0o7", "10**100",
                    ])
                    .to_string(),
                2 => self
                    .rng
                    .pick(&["'s'", "b'b'", "r'\\d'", "'''t'''", "\"é\"", "'a' 'b'"])
                    .to_string(),
                3 => self.rng.pick(&["None", "True", "False", "..."]).to_string(),
                _ => self.name(),
            }
        } else {
            let (a, b) = (self.expr(), self.expr());
            match self.rng.below(26) {
                0 => format!(
                    "({a} {} {b})",
                    self.rng.pick(&[
                        "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"
                    ])
                ),
                1 => format!("({} {a})", self.rng.pick(&["-", "+", "~", "not"])),
                2 => format!("({a} {} {b})", self.rng.pick(&["and", "or"])),
                3 => format!(
                    "({a} {} {b})",
                    self.rng
                        .pick(&["<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not"])
                ),
                4 => format!("{a}({b})"),
                5 => format!("{a}({b}, *{a}, k={b}, **{a})"),
                6 => format!("{a}.{}", self.name()),
                7 => format!("{a}[{b}]"),
                8 => format!("{a}[{b}:{a}:]"),
                9 => format!("({a}, {b})"),
                10 => format!("[{a}, *{b}]"),
                11 => format!("{{{a}: {b}, **{a}}}"),
                12 => format!("{{{a}, {b}}}"),
                13 => format!("[{a} for {} in {b} if {a}]", self.name()),
                14 => format!("{{{a}: {b} for {} in {a}}}", self.name()),
                15 => format!("({a} for {} in {b})", self.name()),
                16 => format!("(lambda {}, *a, k=1, **kw: {a})", self.name()),
                17 => format!("({a} if {b} else {a})"),
                18 => format!("({} := {a})", self.name()),
                19 => format!("f'{{{a}}} {{{b}!r:>{{{a}}}}}'"),
                20 => format!("f\"{{f'{{{a}}}'}}\""),
                21 => format!("(yield {a})"),
                22 => format!("(await {a})"),
                23 => format!("(yield from {a})"),
                24 => format!("{a}.{}({b})", self.name()),
                _ => format!("*{a}"),
            }
        };
        self.depth -= 1;
        e
    }

    fn simple(&mut self, ind: &str) -> String {
        let (a, b) = (self.expr(), self.expr());
        let n = self.name();
        let s = match self.rng.below(20) {
            0 => format!("{n} = {a}"),
            1 => format!("{n}, *{n} = {a}"),
            2 => format!("{n} += {a}"),
            3 => format!("{n}: {a} = {b}"),
            4 => format!("return {a}"),
            5 => format!("yield {a}"),
            6 => "pass".into(),
            7 => "break".into(),
            8 => "continue".into(),
            9 => format!("raise {a} from {b}"),
            10 => format!("assert {a}, {b}"),
            11 => format!("del {n}, {n}.{n}"),
            12 => format!("global {n}"),
            13 => format!("nonlocal {n}"),
            14 => format!("import {n}.{n} as {n}"),
            15 => format!("from .{n} import ({n}, {n} as {n})"),
            16 => format!("type {n}[T] = {a}"),
            17 => format!("{n}[{a}] = {n}.{n} = {b}"),
            _ => a,
        };
        format!("{ind}{s}\n")
    }

    /// A block of statements at indentation `level`.
    pub fn block(&mut self, level: usize) -> String {
        let ind = "    ".repeat(level);
        let mut out = String::new();
        for _ in 0..1 + self.rng.below(3) {
            if level > 4 || self.rng.chance(2) {
                out.push_str(&self.simple(&ind));
                continue;
            }
            let a = self.expr();
            let n = self.name();
            let head = match self.rng.below(12) {
                0 => format!("if {a}:"),
                1 => format!("while {a}:"),
                2 => format!("for {n} in {a}:"),
                3 => format!("async for {n} in {a}:"),
                4 => format!("def {n}({n}, /, {n}=1, *, k: int = 2, **kw) -> {a}:"),
                5 => format!("async def {n}[T: int, *Ts, **P]({n}):"),
                6 => format!("class {n}({a}, metaclass={n}):"),
                7 => format!("with {a} as {n}, {a}:"),
                8 => "try:".into(),
                9 => format!("@{a}\n{ind}def {n}():"),
                10 => format!("match {a}:"),
                _ => format!("async with {a}:"),
            };
            out.push_str(&format!("{ind}{head}\n"));
            if head.starts_with("match") {
                let inner = "    ".repeat(level + 1);
                for _ in 0..1 + self.rng.below(3) {
                    let pat = self.rng.pick(&[
                        "1 | 2",
                        "[x, *rest]",
                        "{'k': v, **kw}",
                        "Point(x=0, y=_)",
                        "str() as s",
                        "(a, b) if a > b",
                        "None",
                        "-1",
                        "1+2j",
                        "a.b.c",
                        "_",
                    ]);
                    out.push_str(&format!("{inner}case {pat}:\n"));
                    out.push_str(&self.block(level + 2));
                }
                continue;
            }
            out.push_str(&self.block(level + 1));
            match self.rng.below(5) {
                0 if head.starts_with("if") => {
                    let c = self.expr();
                    out.push_str(&format!("{ind}elif {c}:\n"));
                    out.push_str(&self.block(level + 1));
                    out.push_str(&format!("{ind}else:\n"));
                    out.push_str(&self.block(level + 1));
                }
                _ if head == "try:" => {
                    let star = if self.rng.chance(3) { "*" } else { "" };
                    out.push_str(&format!("{ind}except{star} {a} as {n}:\n"));
                    out.push_str(&self.block(level + 1));
                    out.push_str(&format!("{ind}finally:\n"));
                    out.push_str(&self.block(level + 1));
                }
                _ => {}
            }
        }
        out
    }
}

/// What running one input did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// The compiler returned an error (the exception's type name).
    Error(String),
    /// A panic, at `location` with `message`.
    Panic {
        location: String,
        message: String,
    },
    /// No answer within the time limit.
    Hang,
    /// The process running the input died (an abort such as a stack overflow).
    Crash,
}

static HOOK: Once = Once::new();
static LAST_PANIC: Mutex<Option<(String, String)>> = Mutex::new(None);

/// Installs a panic hook that records where a panic happened, quietly.
pub fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some("fuzz-input") {
                previous(info);
                return;
            }
            let location = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_else(|| "<unknown>".into());
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if let Ok(mut slot) = LAST_PANIC.lock() {
                *slot = Some((location, message));
            }
        }));
    });
}

/// The compiler entry point under test.
pub type Target = fn(&str) -> Result<(), String>;

pub fn target_compile(src: &str) -> Result<(), String> {
    ouro_compiler::compile_module(src, "<fuzz>", 0)
        .map(|_| ())
        .map_err(|e| e.kind.name().to_string())
}

pub fn target_parse(src: &str) -> Result<(), String> {
    ouro_compiler::limits::with_stack(src, || match ouro_compiler::limits::parse_module(src) {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(_)) => Err("SyntaxError".to_string()),
        Err(e) => Err(e.kind.name().to_string()),
    })
}

/// Runs `target` on `src` on a fresh thread with `stack` bytes of stack, waiting at most
/// `timeout`. A hung thread is left behind (it cannot be stopped from outside).
pub fn run_one(target: Target, src: String, stack: usize, timeout: Duration) -> Outcome {
    install_panic_hook();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("fuzz-input".into())
        .stack_size(stack)
        .spawn(move || {
            let result = panic::catch_unwind(AssertUnwindSafe(|| target(&src)));
            let outcome = match result {
                Ok(Ok(())) => Outcome::Ok,
                Ok(Err(kind)) => Outcome::Error(kind),
                Err(_) => {
                    let (location, message) = LAST_PANIC
                        .lock()
                        .ok()
                        .and_then(|mut g| g.take())
                        .unwrap_or_else(|| ("<unknown>".into(), String::new()));
                    Outcome::Panic { location, message }
                }
            };
            let _ = tx.send(outcome);
        });
    if spawned.is_err() {
        return Outcome::Error("could not start a thread".into());
    }
    rx.recv_timeout(timeout).unwrap_or(Outcome::Hang)
}

/// Seeds: the given sources plus a few built-in ones.
pub fn builtin_seeds() -> Vec<String> {
    let mut rng = Rng::new(7);
    let mut seeds: Vec<String> = vec![
        "x = 1\nprint(x + 2)\n".into(),
        "def f(a, *b, c=1, **d):\n    return [i for i in b if i] or {c: d}\n".into(),
        "class C(B):\n    def m(self):\n        return super().m() + f'{self!r:>10}'\n".into(),
        "try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    del x\n".into(),
        "match p:\n    case [1, *r] | {'k': _}:\n        pass\n    case C(x=1) if x:\n        pass\n"
            .into(),
        "async def g():\n    async with a as b:\n        await b\n    async for i in c:\n        yield i\n"
            .into(),
        "x = lambda a, /, b=2: (a if b else -a) ** 2\n".into(),
        "@dec\ndef f[T](x: T) -> T:\n    global g\n    g = x\n    return x\n".into(),
    ];
    for _ in 0..8 {
        let mut g = Gen {
            rng: &mut rng,
            depth: 0,
        };
        seeds.push(g.block(0));
    }
    seeds
}

/// Loads up to `max` `.py` files (each at most 256 KB) from a directory tree, sorted by path.
pub fn load_seeds(dir: &std::path::Path, max: usize) -> Vec<String> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                if !p.ends_with("site-packages") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    let step = (paths.len() / max.max(1)).max(1);
    paths
        .iter()
        .step_by(step)
        .take(max)
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            if bytes.len() > 256 * 1024 {
                return None;
            }
            String::from_utf8(bytes).ok()
        })
        .collect()
}

/// Makes the `i`-th input from the seeds.
pub fn make_input(rng: &mut Rng, seeds: &[String]) -> String {
    if seeds.is_empty() || rng.chance(6) {
        let mut g = Gen { rng, depth: 0 };
        return g.block(0);
    }
    let mut s = rng.pick(seeds).clone();
    let rounds = 1 + rng.size(6);
    for _ in 0..rounds {
        let other = rng.pick(seeds).clone();
        s = mutate(rng, &s, &other);
    }
    s
}

/// Counts for a run, with the first input seen for each distinct failure.
#[derive(Default)]
pub struct Summary {
    pub inputs: usize,
    pub ok: usize,
    pub errors: BTreeMap<String, usize>,
    pub panics: usize,
    pub hangs: usize,
    pub crashes: usize,
    /// Distinct failure key (panic location, "hang", "crash") -> (count, first input).
    pub failures: BTreeMap<String, (usize, String)>,
    /// The first panic message seen at each location.
    pub messages: BTreeMap<String, String>,
}

impl Summary {
    pub fn record(&mut self, outcome: &Outcome, input: &str) {
        self.inputs += 1;
        let key = match outcome {
            Outcome::Ok => {
                self.ok += 1;
                return;
            }
            Outcome::Error(kind) => {
                *self.errors.entry(kind.clone()).or_default() += 1;
                return;
            }
            Outcome::Panic { location, message } => {
                self.panics += 1;
                self.messages
                    .entry(format!("panic {location}"))
                    .or_insert_with(|| message.clone());
                format!("panic {location}")
            }
            Outcome::Hang => {
                self.hangs += 1;
                "hang".to_string()
            }
            Outcome::Crash => {
                self.crashes += 1;
                "crash".to_string()
            }
        };
        let entry = self
            .failures
            .entry(key)
            .or_insert_with(|| (0, input.to_string()));
        entry.0 += 1;
        // Keep the shortest reproducer.
        if input.len() < entry.1.len() {
            entry.1 = input.to_string();
        }
    }

    pub fn report(&self) -> String {
        let mut s =
            format!(
            "inputs: {}\nok: {}\nerrors: {:?}\npanics: {} ({} distinct)\nhangs: {}\ncrashes: {}\n",
            self.inputs,
            self.ok,
            self.errors,
            self.panics,
            self.failures.keys().filter(|k| k.starts_with("panic")).count(),
            self.hangs,
            self.crashes,
        );
        for (key, (count, input)) in &self.failures {
            let message = self.messages.get(key).map(String::as_str).unwrap_or("");
            s.push_str(&format!(
                "  {count:>6} x {key}: {message:.160}  (shortest input {} bytes)\n",
                input.len()
            ));
        }
        s
    }
}
