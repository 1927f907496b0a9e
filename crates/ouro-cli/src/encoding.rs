//! Source decoding: turns the bytes of a `.py` file into text as CPython's tokenizer does before
//! parsing (UTF-8 byte-order mark, PEP 263 coding declarations, the `Non-UTF-8 code` and
//! null-byte errors). CPython counterpart: Parser/tokenizer.c (`check_bom`,
//! `check_coding_spec`, `get_normal_name`) and `detect_encoding` in Lib/tokenize.py.

use crate::pythonrun::SyntaxErrorReport;

/// The encodings ouro can decode itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes a source file. `display_path` is the path CPython names in its messages (the
/// absolute path of a script). On failure, returns the SyntaxError CPython raises.
pub fn decode_source(bytes: &[u8], display_path: &str) -> Result<String, SyntaxErrorReport> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf".as_slice()) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = find_coding_spec(body);
    let encoding = match &declared {
        None => Encoding::Utf8,
        Some(name) => {
            let normal = normal_name(name);
            if has_bom && normal != "utf-8" {
                return Err(SyntaxErrorReport::without_location(format!(
                    "encoding problem: {normal} with BOM"
                )));
            }
            match lookup(&normal) {
                Some(enc) => enc,
                None => {
                    return Err(SyntaxErrorReport::without_location(format!(
                        "encoding problem: {normal}"
                    )))
                }
            }
        }
    };
    let text = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(e) => {
                let at = e.valid_up_to();
                let lineno = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                let msg = if declared.is_none() {
                    format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no \
                         encoding declared; see https://peps.python.org/pep-0263/ for details",
                        body[at], display_path, lineno
                    )
                } else {
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{:02x}: invalid \
                         start byte",
                        body[at]
                    )
                };
                return Err(SyntaxErrorReport::without_location(msg));
            }
        },
        Encoding::Latin1 => body.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => {
            if let Some(pos) = body.iter().position(|&b| b >= 0x80) {
                let lineno = body[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
                let mut report = SyntaxErrorReport::without_location(format!(
                    "(unicode error) 'ascii' codec can't decode byte 0x{:02x}: ordinal not in \
                     range(128)",
                    body[pos]
                ));
                report.lineno = Some(lineno as i64);
                return Err(report);
            }
            body.iter().map(|&b| b as char).collect()
        }
    };
    if let Some(pos) = text.find('\0') {
        // CPython reports the line holding the first null byte, with the text of that line up
        // to the null byte and no caret.
        let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
        let lineno = text[..pos].matches('\n').count() + 1;
        let mut report =
            SyntaxErrorReport::without_location("source code cannot contain null bytes".into());
        report.lineno = Some(lineno as i64);
        report.offset = 0;
        report.end_lineno = Some(lineno as i64);
        report.end_offset = 0;
        report.text = Some(text[line_start..pos].to_owned());
        return Err(report);
    }
    Ok(text)
}

/// Decodes source as `compile(source_bytes, filename, "exec")` does, whose errors differ
/// from a script's: the line of an undecodable byte is given, an unknown encoding is line 0,
/// and null bytes have no line.
pub fn decode_for_compile(bytes: &[u8]) -> Result<String, SyntaxErrorReport> {
    decode_source(bytes, "").map_err(|mut report| {
        if report.msg.starts_with("Non-UTF-8 code") {
            let body = bytes
                .strip_prefix(b"\xef\xbb\xbf".as_slice())
                .unwrap_or(bytes);
            let at = std::str::from_utf8(body)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let line_start = body[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            report.msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x}: invalid start byte",
                body.get(at).copied().unwrap_or(0)
            );
            report.lineno = Some(body[..at].iter().filter(|&&b| b == b'\n').count() as i64 + 1);
            report.offset = (at - line_start) as i64 + 1;
        } else if let Some(name) = report.msg.strip_prefix("encoding problem: ") {
            if !name.ends_with(" with BOM") {
                report.msg = format!("unknown encoding: {name}");
            }
            report.lineno = Some(0);
        } else if report.msg == "source code cannot contain null bytes" {
            report.msg = "source code string cannot contain null bytes".into();
            report.lineno = None;
            report.text = None;
        }
        report
    })
}

/// The first `len` lines of `bytes`, as CPython's tokenizer reads them for a coding spec.
fn first_lines(bytes: &[u8], len: usize) -> Vec<&[u8]> {
    bytes.split_inclusive(|&b| b == b'\n').take(len).collect()
}

/// The encoding named by a PEP 263 declaration in the first line, or in the second when the
/// first is blank or a comment (CPython: `check_coding_spec`).
fn find_coding_spec(bytes: &[u8]) -> Option<String> {
    let lines = first_lines(bytes, 2);
    for (i, line) in lines.iter().enumerate() {
        if let Some(name) = coding_in_line(line) {
            return Some(name);
        }
        if i == 0 && !is_blank_or_comment(line) {
            return None;
        }
    }
    None
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    let rest: &[u8] = {
        let start = line
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .unwrap_or(line.len());
        &line[start..]
    };
    matches!(rest.first(), None | Some(b'#') | Some(b'\r') | Some(b'\n'))
}

/// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` against one line.
fn coding_in_line(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut search = 0;
    while let Some(found) = find(&comment[search..], b"coding") {
        let after = search + found + b"coding".len();
        if matches!(comment.get(after), Some(b':') | Some(b'=')) {
            let mut i = after + 1;
            while matches!(comment.get(i), Some(b' ') | Some(b'\t')) {
                i += 1;
            }
            let name_start = i;
            while comment
                .get(i)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            {
                i += 1;
            }
            if i > name_start {
                return Some(String::from_utf8_lossy(&comment[name_start..i]).into_owned());
            }
        }
        search = search + found + 1;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: folds the spellings of UTF-8 and Latin-1.
fn normal_name(name: &str) -> String {
    let folded: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if folded == "utf-8" || folded.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if folded == latin || folded.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_owned()
}

/// The codecs ouro decodes, under the aliases Python's codec registry accepts for them.
fn lookup(name: &str) -> Option<Encoding> {
    let key: String = name
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
            Some(Encoding::Utf8)
        }
        "iso_8859_1" | "iso8859_1" | "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1:1987" => Some(Encoding::Latin1),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => {
            Some(Encoding::Ascii)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_stripped() {
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "f").unwrap(),
            "x = 1\n"
        );
    }

    #[test]
    fn latin1_cookie_on_second_line() {
        let src = b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\ns = '\xe9'\n";
        assert!(decode_source(src, "f").unwrap().contains('\u{e9}'));
    }

    #[test]
    fn cookie_after_code_is_ignored() {
        assert_eq!(find_coding_spec(b"x = 1\n# coding: latin-1\n"), None);
    }

    #[test]
    fn non_utf8_without_declaration() {
        let err = decode_source(b"x = 1\ny = '\xff'\n", "/p/f.py").unwrap_err();
        assert_eq!(
            err.msg,
            "Non-UTF-8 code starting with '\\xff' in file /p/f.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(err.lineno, None);
    }

    #[test]
    fn unknown_encoding() {
        let err = decode_source(b"# coding: foobar\n", "f").unwrap_err();
        assert_eq!(err.msg, "encoding problem: foobar");
    }

    #[test]
    fn bom_with_other_encoding() {
        let err = decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(err.msg, "encoding problem: iso-8859-1 with BOM");
    }

    #[test]
    fn null_byte() {
        let err = decode_source(b"x = 1\ny = 2\x00 + 3\n", "f").unwrap_err();
        assert_eq!(err.lineno, Some(2));
        assert_eq!(err.text.as_deref(), Some("y = 2"));
    }
}
