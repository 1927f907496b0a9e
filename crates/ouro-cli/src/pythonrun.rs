//! How the top level reports a SyntaxError (and its subclasses IndentationError and TabError)
//! that stops a script before it runs: the `File "...", line N` header, the offending source
//! line without its indentation, the caret line and `SyntaxError: msg`, byte for byte as
//! `python3.12 FILE` prints them. CPython counterpart: Python/pythonrun.c
//! (`print_exception_file_and_line`, `print_error_text`, `parse_syntax_error`).

use ouro_compiler::CompileError;

/// The attributes of a SyntaxError instance that the display uses. Offsets are 1-based as in
/// the exception (`offset`, `end_offset`); `-1` stands for `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorReport {
    pub type_name: &'static str,
    pub msg: String,
    pub lineno: Option<i64>,
    pub offset: i64,
    pub end_lineno: Option<i64>,
    pub end_offset: i64,
    pub text: Option<String>,
}

impl SyntaxErrorReport {
    /// A SyntaxError with only a message (e.g. a decoding problem): CPython prints just the
    /// last line.
    pub fn without_location(msg: String) -> SyntaxErrorReport {
        SyntaxErrorReport {
            type_name: "SyntaxError",
            msg,
            lineno: None,
            offset: -1,
            end_lineno: None,
            end_offset: -1,
            text: None,
        }
    }

    /// The report for a compiler error; `source` is the decoded source, from which the text
    /// of the line is taken as CPython takes it from the file.
    pub fn from_compile_error(err: &CompileError, source: &str) -> SyntaxErrorReport {
        let type_name = err.kind.name();
        let lineno = (err.lineno >= 1).then_some(err.lineno as i64);
        SyntaxErrorReport {
            type_name,
            msg: err.msg.clone(),
            lineno,
            offset: err.offset as i64,
            end_lineno: (err.end_lineno >= 1).then_some(err.end_lineno as i64),
            end_offset: err.end_offset as i64,
            text: lineno.and_then(|n| source_line(source, n)),
        }
    }

    /// The text CPython writes to stderr for this error. `filename` is the name shown in the
    /// header (for a script, its absolute path).
    pub fn display(&self, filename: &str) -> String {
        let mut out = String::new();
        if let Some(lineno) = self.lineno {
            out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
            // Only SyntaxError itself carries an end position; for its subclasses CPython
            // uses the start line and no end offset.
            let (end_lineno, mut end_offset) = if self.type_name == "SyntaxError" {
                (self.end_lineno.unwrap_or(lineno), self.end_offset)
            } else {
                (lineno, -1)
            };
            if let Some(text) = &self.text {
                let line_size = text.len() as i64;
                // An error spanning several lines is underlined to the end of its first line.
                if end_lineno > lineno {
                    end_offset = line_size;
                }
                // The carets never run past the text.
                if end_offset > line_size + 1 {
                    end_offset = line_size + 1;
                }
                print_error_text(&mut out, self.offset, end_offset, text);
            }
        }
        out.push_str(self.type_name);
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

/// Line `lineno` (1-based) of `source` with a `\n` end, as the tokenizer hands it to the
/// SyntaxError (universal newlines translated).
fn source_line(source: &str, lineno: i64) -> Option<String> {
    let mut current = 1;
    let mut start = 0;
    let bytes = source.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        let newline = !at_end && (bytes[i] == b'\n' || bytes[i] == b'\r');
        if at_end || newline {
            if current == lineno {
                if at_end && start == i {
                    return None;
                }
                let mut line = source[start..i].to_owned();
                line.push('\n');
                return Some(line);
            }
            if at_end {
                return None;
            }
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            current += 1;
            start = i + 1;
        }
        i += 1;
    }
    None
}

/// The source line and caret line. The offsets are the exception's (character counts) but,
/// as in CPython, they are applied to the UTF-8 bytes of the text.
/// CPython: pythonrun.c `print_error_text`.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut bytes = text.as_bytes();
    let mut offset = offset - 1;
    while let Some(b' ' | b'\t' | b'\x0c') = bytes.first() {
        bytes = &bytes[1..];
        offset -= 1;
    }
    let mut len = bytes.len() as i64;
    if bytes.last() == Some(&b'\n') {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // Lines before the one the offset falls in are skipped.
    while let Some(nl) = bytes.iter().position(|&b| b == b'\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        bytes = &bytes[(nl + 1) as usize..];
        len -= nl + 1;
        offset -= nl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(bytes));
    if bytes.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(
        type_name: &'static str,
        msg: &str,
        pos: (i64, i64, i64, i64),
        text: &str,
    ) -> SyntaxErrorReport {
        SyntaxErrorReport {
            type_name,
            msg: msg.into(),
            lineno: Some(pos.0),
            offset: pos.1,
            end_lineno: Some(pos.2),
            end_offset: pos.3,
            text: Some(text.into()),
        }
    }

    // Each expected text below was printed by python3.12 for the same exception attributes.
    #[test]
    fn range_is_underlined() {
        let r = report(
            "SyntaxError",
            "'return' outside function",
            (1, 1, 1, 9),
            "return 5\n",
        );
        assert_eq!(
            r.display("/t/e.py"),
            "  File \"/t/e.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"
        );
    }

    #[test]
    fn indentation_is_stripped() {
        let r = report(
            "SyntaxError",
            "no binding for nonlocal 'q' found",
            (2, 5, 2, 15),
            "    nonlocal q\n",
        );
        assert_eq!(
            r.display("k.py"),
            "  File \"k.py\", line 2\n    nonlocal q\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'q' found\n"
        );
    }

    #[test]
    fn subclass_has_single_caret() {
        let r = report(
            "IndentationError",
            "unindent does not match any outer indentation level",
            (3, 8, 3, -1),
            "  x = 2\n",
        );
        assert_eq!(
            r.display("c.py"),
            "  File \"c.py\", line 3\n    x = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"
        );
    }

    #[test]
    fn caret_left_of_text_is_not_printed() {
        let r = report(
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            (3, 1, 3, 0),
            "        y = 2\n",
        );
        assert_eq!(
            r.display("d.py"),
            "  File \"d.py\", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"
        );
    }

    #[test]
    fn offsets_count_bytes_of_text() {
        let r = report(
            "SyntaxError",
            "invalid syntax",
            (1, 12, 1, 17),
            "x = \"\u{e9}\" + yield\n",
        );
        assert_eq!(
            r.display("g.py"),
            "  File \"g.py\", line 1\n    x = \"\u{e9}\" + yield\n               ^^^^^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn no_location() {
        let r = SyntaxErrorReport::without_location("encoding problem: foobar".into());
        assert_eq!(r.display("x.py"), "SyntaxError: encoding problem: foobar\n");
    }

    #[test]
    fn lines_of_source() {
        assert_eq!(source_line("a\r\nb\rc", 2).as_deref(), Some("b\n"));
        assert_eq!(source_line("a\r\nb\rc", 3).as_deref(), Some("c\n"));
        assert_eq!(source_line("a\n", 2), None);
    }
}
