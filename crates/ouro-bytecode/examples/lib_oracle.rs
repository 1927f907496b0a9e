//! Compares ouro-bytecode with CPython 3.12 over a directory written by
//! tools/bytecode_oracle.py: for each file, `marshal::loads` then `dis::disassemble` must give
//! CPython's `dis` text, and `marshal::dumps_code` must give CPython's marshal bytes back.
//!
//!     PYTHONHASHSEED=0 python3.12 tools/bytecode_oracle.py /tmp/liboracle --lib
//!     cargo run --release -p ouro-bytecode --example lib_oracle -- /tmp/liboracle [-v] [NAME]

use ouro_bytecode::{dis, marshal};
use std::path::Path;

/// Replaces every `0x` followed by hex digits with `0x0`, as the oracle script does.
fn normalise_addresses(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 2 < b.len() && b[i + 1] == b'x' && b[i + 2].is_ascii_hexdigit() {
            let mut j = i + 2;
            while j < b.len() && matches!(b[j], b'0'..=b'9' | b'a'..=b'f') {
                j += 1;
            }
            if j > i + 2 {
                out.push_str("0x0");
                i = j;
                continue;
            }
        }
        let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  cpython: {x}\n  ouro:    {y}", i + 1);
        }
    }
    format!(
        "lengths differ: {} vs {} lines",
        a.lines().count(),
        b.lines().count()
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: lib_oracle DIR [-v] [NAME]");
        std::process::exit(2);
    };
    let verbose = args.iter().any(|a| a == "-v");
    let only: Option<&String> = args.iter().skip(1).find(|a| *a != "-v");
    let dir = Path::new(dir);
    let manifest = std::fs::read_to_string(dir.join("MANIFEST")).expect("MANIFEST");
    let (mut total, mut dis_ok, mut marshal_ok, mut load_fail, mut rebuilt) = (0, 0, 0, 0, 0);
    for rel in manifest.lines() {
        if let Some(o) = only {
            if !rel.contains(o.as_str()) {
                continue;
            }
        }
        total += 1;
        let name = rel.replace('/', "__");
        let data = std::fs::read(dir.join(format!("{name}.marshal"))).expect("marshal file");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.dis"))).expect("dis file");
        // Where CPython's own listing changes once the code has been through marshal, ouro
        // (which reads the marshal data) is held to the listing of the loaded code.
        let loaded = std::fs::read_to_string(dir.join(format!("{name}.loaded.dis"))).ok();
        if loaded.is_some() {
            rebuilt += 1;
        }
        let expected = loaded.unwrap_or(expected);
        let code = match marshal::loads_code(&data) {
            Ok(c) => c,
            Err(e) => {
                load_fail += 1;
                println!("LOAD FAIL {rel}: {}", e.0);
                continue;
            }
        };
        let text = normalise_addresses(&dis::disassemble(&code));
        if text == expected {
            dis_ok += 1;
        } else if verbose {
            println!("DIS DIFF {rel}: {}", first_difference(&expected, &text));
        }
        let again = marshal::dumps_code(&code);
        if again == data {
            marshal_ok += 1;
        } else if verbose {
            let _ = std::fs::write(format!("/tmp/ouro_marshal_{name}"), &again);
            let at = again
                .iter()
                .zip(&data)
                .position(|(a, b)| a != b)
                .unwrap_or(again.len().min(data.len()));
            println!(
                "MARSHAL DIFF {rel}: first differing byte {at} (lengths {} vs {})",
                data.len(),
                again.len()
            );
        }
    }
    println!("files: {total}");
    println!("dis text identical: {dis_ok}/{total}");
    println!("marshal round trip identical: {marshal_ok}/{total}");
    println!("marshal load failures: {load_fail}");
    println!("files whose CPython listing changes through marshal (compared with the loaded listing): {rebuilt}");
}
