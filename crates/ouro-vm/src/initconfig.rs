//! The interpreter's command-line options (`-I`, `-E`, `-s`, `-S`, `-B`, `-P`, `-O`, `-u`,
//! `-q`, `-v`, `-b`, `-d`, `-R`, `-W`, `-X`), set once by the command line before the interpreter starts
//! and read by `sys` (`sys.flags`, `sys._xoptions`, `sys.warnoptions`, `sys.path[0]`,
//! `sys.dont_write_bytecode`), start-up (`-S` skips the site builtins) and whatever reads
//! `PYTHON*` environment variables (`-E` and `-I` make them unset). CPython:
//! Python/initconfig.c.

use std::sync::OnceLock;

/// What the command line asked of the interpreter (all off by default).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-I`: isolated mode (implies `-E`, `-s` and `-P`).
    pub isolated: bool,
    /// `-E`: `PYTHON*` environment variables ignored.
    pub ignore_environment: bool,
    /// `-s`: no user site directory.
    pub no_user_site: bool,
    /// `-S`: no `site` (no `exit`, `quit`, `help`... in builtins).
    pub no_site: bool,
    /// `-B`: no `.pyc` files written.
    pub dont_write_bytecode: bool,
    /// `-P`: the script's directory (or the current one) is not put first on `sys.path`.
    pub safe_path: bool,
    /// `-u`: unbuffered standard streams.
    pub unbuffered: bool,
    /// `-q`: no banner in the interactive prompt.
    pub quiet: bool,
    /// `-v`, counted.
    pub verbose: u32,
    /// `-b`, counted.
    pub bytes_warning: u32,
    /// `-O`, counted: asserts (and, at 2, docstrings) compiled out, `__debug__`
    /// false.
    pub optimize: u32,
    /// `-R`: string hashes random whatever `PYTHONHASHSEED` says.
    pub random_hash: bool,
    /// `-d`, counted.
    pub debug: u32,
    /// `-W` arguments, in order.
    pub warnoptions: Vec<String>,
    /// `-X` arguments, in order.
    pub xoptions: Vec<String>,
}

static OPTIONS: OnceLock<Options> = OnceLock::new();

/// Sets the options (the first call wins; the command line makes it before the interpreter).
/// `-I` implies `-E`, `-s` and `-P`, as in CPython's config, so readers look at those alone.
pub fn set(mut options: Options) {
    if options.isolated {
        options.ignore_environment = true;
        options.no_user_site = true;
        options.safe_path = true;
    }
    let _ = OPTIONS.set(options);
}

/// The options in force.
pub fn get() -> &'static Options {
    OPTIONS.get_or_init(Options::default)
}

/// The environment variable `name` (a `PYTHON*` one), unless `-E` or `-I` says to ignore
/// them.
pub fn python_env(name: &str) -> Option<String> {
    if get().ignore_environment {
        return None;
    }
    std::env::var(name).ok()
}

/// `PYTHONHASHSEED` as it applies: none under `-R`, `-E` or `-I`.
pub fn hash_seed_env() -> Option<String> {
    if get().random_hash {
        return None;
    }
    python_env("PYTHONHASHSEED")
}

/// `sys.warnoptions`, lowest precedence first: the dev mode's `default`, `PYTHONWARNINGS`,
/// the `-W` options, then the filter `-b` (`default::BytesWarning`) or `-bb`
/// (`error::BytesWarning`) asks for. CPython: initconfig.c config_init_warnoptions.
pub fn warnoptions() -> Vec<String> {
    let o = get();
    let mut w = Vec::new();
    if xoption("dev").is_some() {
        w.push("default".to_string());
    }
    if let Some(env) = python_env("PYTHONWARNINGS") {
        w.extend(env.split(',').filter(|s| !s.is_empty()).map(str::to_string));
    }
    w.extend(o.warnoptions.iter().cloned());
    match o.bytes_warning {
        0 => {}
        1 => w.push("default::BytesWarning".to_string()),
        _ => w.push("error::BytesWarning".to_string()),
    }
    w
}

/// `-X name` or `-X name=value`: the value (`""` without one), if given.
pub fn xoption(name: &str) -> Option<&'static str> {
    get()
        .xoptions
        .iter()
        .rev()
        .find_map(|x| match x.split_once('=') {
            Some((k, v)) if k == name => Some(v),
            None if x == name => Some(""),
            _ => None,
        })
}
