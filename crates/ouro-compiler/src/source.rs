//! Source positions: turns the parser's byte offsets into CPython's locations
//! (1-based line numbers, 0-based UTF-8 byte columns).

use crate::instruction_sequence::Location;
use ruff_text_size::{TextRange, TextSize};

/// The start offset of every line of a source text.
#[derive(Clone, Debug)]
pub struct SourceIndex {
    line_starts: Vec<u32>,
    /// The source text itself (code generation needs it to find keywords the AST does not
    /// locate, such as the `def` of a decorated function).
    text: Box<str>,
}

impl SourceIndex {
    pub fn new(source: &str) -> SourceIndex {
        let mut line_starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceIndex {
            line_starts,
            text: source.into(),
        }
    }

    /// (1-based line, 0-based byte column) of an offset.
    pub fn line_col(&self, offset: TextSize) -> (i32, i32) {
        let off = u32::from(offset);
        let line = self.line_starts.partition_point(|&s| s <= off) - 1;
        (line as i32 + 1, (off - self.line_starts[line]) as i32)
    }

    pub fn location(&self, range: TextRange) -> Location {
        let (lineno, col_offset) = self.line_col(range.start());
        let (end_lineno, end_col_offset) = self.line_col(range.end());
        Location {
            lineno,
            end_lineno,
            col_offset,
            end_col_offset,
        }
    }

    /// The source text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte offset where the 1-based `lineno` starts.
    pub fn line_start(&self, lineno: i32) -> u32 {
        self.line_starts[(lineno - 1) as usize]
    }
}
