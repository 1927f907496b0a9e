//! Control-flow code generation against CPython 3.12: for every `tests/codegen_control/NAME.py`,
//! the raw instruction sequence of the module's code unit (opcode, argument, jump targets as
//! instruction indices, and locations), its constants and names must equal
//! `NAME.json`, which `make_expected.py` wrote from `_testinternalcapi.compiler_codegen`; or
//! the SyntaxError must match. Files named `tla_*.py` are compiled with top-level `await`
//! allowed (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`), to reach `async for`/`async with` in a
//! module-level code unit.

use ouro_bytecode::Constant;
use ouro_compiler::codegen::codegen_module_unit;
use std::collections::BTreeMap;
use std::path::Path;

// ----- A small JSON reader (the expected files are plain JSON) -------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

struct Reader<'s> {
    s: &'s [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn value(&mut self) -> Json {
        self.ws();
        match self.s[self.i] {
            b'{' => {
                self.i += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b'}' {
                        self.i += 1;
                        break;
                    }
                    let Json::Str(k) = self.value() else {
                        panic!("bad key")
                    };
                    self.ws();
                    assert_eq!(self.s[self.i], b':');
                    self.i += 1;
                    let v = self.value();
                    m.insert(k, v);
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                Json::Obj(m)
            }
            b'[' => {
                self.i += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    v.push(self.value());
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                Json::Arr(v)
            }
            b'"' => {
                self.i += 1;
                let mut out = String::new();
                loop {
                    let c = self.s[self.i];
                    self.i += 1;
                    match c {
                        b'"' => break,
                        b'\\' => {
                            let e = self.s[self.i];
                            self.i += 1;
                            match e {
                                b'n' => out.push('\n'),
                                b't' => out.push('\t'),
                                b'r' => out.push('\r'),
                                b'b' => out.push('\u{8}'),
                                b'f' => out.push('\u{c}'),
                                b'u' => {
                                    let hex =
                                        std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                                    self.i += 4;
                                    let mut cp = u32::from_str_radix(hex, 16).unwrap();
                                    if (0xD800..0xDC00).contains(&cp) {
                                        let lo =
                                            std::str::from_utf8(&self.s[self.i + 2..self.i + 6])
                                                .unwrap();
                                        self.i += 6;
                                        let lo = u32::from_str_radix(lo, 16).unwrap();
                                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                                    }
                                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                                }
                                other => out.push(other as char),
                            }
                        }
                        _ => {
                            // Copy a whole UTF-8 sequence.
                            let start = self.i - 1;
                            let mut end = self.i;
                            while end < self.s.len() && (self.s[end] & 0xC0) == 0x80 {
                                end += 1;
                            }
                            out.push_str(std::str::from_utf8(&self.s[start..end]).unwrap());
                            self.i = end;
                        }
                    }
                }
                Json::Str(out)
            }
            b't' => {
                self.i += 4;
                Json::Bool(true)
            }
            b'f' => {
                self.i += 5;
                Json::Bool(false)
            }
            b'n' => {
                self.i += 4;
                Json::Null
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && b"+-0123456789.eE".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let t = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                Json::Num(t.parse().unwrap())
            }
        }
    }
}

fn parse_json(text: &str) -> Json {
    Reader {
        s: text.as_bytes(),
        i: 0,
    }
    .value()
}

impl Json {
    fn get(&self, k: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.get(k),
            _ => None,
        }
    }
    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(v) => v,
            _ => &[],
        }
    }
    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            _ => "",
        }
    }
    fn int(&self) -> i64 {
        match self {
            Json::Num(n) => *n as i64,
            _ => i64::MIN,
        }
    }
}

// ----- Python reprs of our constants ------------------------------------------------------

fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    if (-4..16).contains(&exp) {
        let r = format!("{f}");
        if r.contains('.') {
            r
        } else {
            format!("{r}.0")
        }
    } else {
        format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

fn py_repr(c: &Constant) -> (String, String) {
    match c {
        Constant::None => ("NoneType".into(), "None".into()),
        Constant::Ellipsis => ("ellipsis".into(), "Ellipsis".into()),
        Constant::Bool(b) => ("bool".into(), if *b { "True" } else { "False" }.into()),
        Constant::Int(i) => ("int".into(), i.to_string()),
        Constant::BigInt(s) => ("int".into(), s.to_string()),
        Constant::Float(f) => ("float".into(), py_float_repr(*f)),
        Constant::Complex { real, imag } => {
            let im = py_float_repr(*imag);
            let im = im.strip_suffix(".0").unwrap_or(&im).to_string();
            if *real == 0.0 && real.is_sign_positive() {
                ("complex".into(), format!("{im}j"))
            } else {
                let re = py_float_repr(*real);
                let re = re.strip_suffix(".0").unwrap_or(&re).to_string();
                let sign = if im.starts_with('-') { "" } else { "+" };
                ("complex".into(), format!("({re}{sign}{im}j)"))
            }
        }
        Constant::Str(s) => ("str".into(), py_str_repr(s)),
        Constant::SurrogateStr(_) => ("str".into(), ouro_bytecode::repr::constant_repr(c)),
        Constant::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => out.push_str(&format!("\\x{x:02x}")),
                }
            }
            out.push('\'');
            ("bytes".into(), out)
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|c| py_repr(c).1).collect();
            let r = if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            };
            ("tuple".into(), r)
        }
        Constant::FrozenSet(_) => ("frozenset".into(), "?".into()),
        Constant::Code(_) => ("code".into(), "?".into()),
    }
}

// ----- The comparison ----------------------------------------------------------------------

/// Compares one corpus file; returns a description of the first difference.
fn check(name: &str, source: &str, expected: &Json) -> Result<(), String> {
    // Files named tla_*.py are compiled with top-level `await` allowed.
    let result = codegen_module_unit(source, name, 0, name.starts_with("tla_"));
    if let Some(err) = expected.get("error") {
        let want = (
            err.get("msg").map(Json::str).unwrap_or("").to_string(),
            err.get("lineno").map(Json::int).unwrap_or(0),
            err.get("offset").map(Json::int).unwrap_or(0),
            err.get("end_lineno").map(Json::int).unwrap_or(0),
            err.get("end_offset").map(Json::int).unwrap_or(0),
        );
        return match result {
            Ok(_) => Err(format!("expected SyntaxError {want:?}, compiled fine")),
            Err(e) => {
                let got = (
                    e.msg.clone(),
                    e.lineno as i64,
                    e.offset as i64,
                    e.end_lineno as i64,
                    e.end_offset as i64,
                );
                if got == want {
                    Ok(())
                } else {
                    Err(format!("error {got:?}, expected {want:?}"))
                }
            }
        };
    }
    let (seq, meta) = result.map_err(|e| format!("unexpected error: {e} ({e:?})"))?;
    let got: Vec<(String, i64, i64, i64, i64, i64)> = seq
        .instrs
        .iter()
        .map(|ins| {
            let arg = if ins.opcode.has_target() {
                seq.label_map
                    .get(ins.oparg as usize)
                    .copied()
                    .flatten()
                    .map_or(-1, |i| i as i64)
            } else {
                ins.oparg as i64
            };
            (
                ins.opcode.name().to_string(),
                arg,
                ins.loc.lineno as i64,
                ins.loc.end_lineno as i64,
                ins.loc.col_offset as i64,
                ins.loc.end_col_offset as i64,
            )
        })
        .collect();
    let want: Vec<(String, i64, i64, i64, i64, i64)> = expected
        .get("instructions")
        .map(Json::arr)
        .unwrap_or(&[])
        .iter()
        .map(|i| {
            let v = i.arr();
            (
                v[0].str().to_string(),
                v[1].int(),
                v[2].int(),
                v[3].int(),
                v[4].int(),
                v[5].int(),
            )
        })
        .collect();
    for (k, (g, w)) in got.iter().zip(want.iter()).enumerate() {
        if g != w {
            return Err(format!("instruction {k}: got {g:?}, expected {w:?}"));
        }
    }
    if got.len() != want.len() {
        return Err(format!(
            "{} instructions, expected {} (first extra: {:?})",
            got.len(),
            want.len(),
            got.get(want.len()).or(want.get(got.len()))
        ));
    }
    let got_consts: Vec<(String, String)> = meta.consts.iter().map(py_repr).collect();
    let want_consts: Vec<(String, String)> = expected
        .get("consts")
        .map(Json::arr)
        .unwrap_or(&[])
        .iter()
        .map(|c| (c.arr()[0].str().to_string(), c.arr()[1].str().to_string()))
        .collect();
    if got_consts != want_consts {
        return Err(format!("consts {got_consts:?}, expected {want_consts:?}"));
    }
    let got_names: Vec<&str> = meta.names.iter().map(|n| &**n).collect();
    let want_names: Vec<&str> = expected
        .get("names")
        .map(Json::arr)
        .unwrap_or(&[])
        .iter()
        .map(Json::str)
        .collect();
    if got_names != want_names {
        return Err(format!("names {got_names:?}, expected {want_names:?}"));
    }
    Ok(())
}

#[test]
fn codegen_control_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen_control");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py") && p.with_extension("json").exists())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {}", dir.display());
    let mut failures = Vec::new();
    let mut xfails = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(path).unwrap();
        let expected = parse_json(&std::fs::read_to_string(path.with_extension("json")).unwrap());
        // A file that cannot pass yet says so in a `# xfail: reason` comment.
        let xfail = source.lines().find_map(|l| l.strip_prefix("# xfail:"));
        match (check(&name, &source, &expected), xfail) {
            (Ok(()), Some(_)) => println!("  XPASS {name}: remove its xfail comment"),
            (Ok(()), None) => {}
            (Err(msg), Some(reason)) => xfails.push(format!("{name}:{reason} ({msg})")),
            (Err(msg), None) => failures.push(format!("{name}: {msg}")),
        }
    }
    let passed = files.len() - failures.len() - xfails.len();
    println!(
        "codegen_control: {passed}/{} files match CPython 3.12, {} expected failures",
        files.len(),
        xfails.len()
    );
    for f in &xfails {
        println!("  xfail {f}");
    }
    for f in &failures {
        println!("  FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus files differ",
        failures.len(),
        files.len()
    );
}
