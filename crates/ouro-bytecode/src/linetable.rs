//! The 3.12 location table (`co_linetable`): encoding a list of instruction locations as the
//! assembler writes it, and decoding it back into `co_positions()` and `co_lines()` form.
//! CPython counterparts: Objects/locations.md, Python/assemble.c (`write_location_info_*`),
//! Objects/codeobject.c (`advance`, `advance_with_locations`, `lineiter_next`).

/// A source location as the location table stores it: 1-based lines, 0-based UTF-8 byte
/// columns, and -1 for "unknown". `lineno == -1` means "no location at all".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Loc {
    /// The location of instructions that have none (CPython: NO_LOCATION).
    pub const NONE: Loc = Loc {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };

    pub fn new(lineno: i32, end_lineno: i32, col_offset: i32, end_col_offset: i32) -> Loc {
        Loc {
            lineno,
            end_lineno,
            col_offset,
            end_col_offset,
        }
    }
}

/// The entry kinds, the four bits 3..=6 of an entry's first byte.
const CODE_ONE_LINE0: u8 = 10;
const CODE_NO_COLUMNS: u8 = 13;
const CODE_LONG: u8 = 14;
const CODE_NONE: u8 = 15;

/// Builds a location table entry by entry, as the assembler does.
struct Writer {
    out: Vec<u8>,
    /// The line the previous entry ended on (CPython: `a_lineno`).
    lineno: i32,
}

impl Writer {
    fn first_byte(&mut self, code: u8, units: u32) {
        self.out.push(0x80 | (code << 3) | ((units - 1) as u8 & 7));
    }

    /// An unsigned varint: 6-bit chunks, least significant first, bit 6 marks "more follows".
    fn varint(&mut self, mut v: u32) {
        while v >= 64 {
            self.out.push(0x40 | (v & 63) as u8);
            v >>= 6;
        }
        self.out.push(v as u8);
    }

    fn signed_varint(&mut self, v: i32) {
        let u = if v < 0 {
            ((v.unsigned_abs()) << 1) | 1
        } else {
            (v as u32) << 1
        };
        self.varint(u);
    }

    /// One entry covering 1..=8 code units.
    // CPython: assemble.c write_location_info_entry
    fn entry(&mut self, loc: Loc, units: u32) {
        if loc.lineno < 0 {
            self.first_byte(CODE_NONE, units);
            return;
        }
        let line_delta = loc.lineno.wrapping_sub(self.lineno);
        let column = loc.col_offset;
        let end_column = loc.end_col_offset;
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.first_byte(CODE_NO_COLUMNS, units);
                self.signed_varint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                // The short forms: the column's high bits select the code.
                self.first_byte((column >> 3) as u8, units);
                self.out
                    .push((((column & 7) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(CODE_ONE_LINE0 + line_delta as u8, units);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(CODE_LONG, units);
        self.signed_varint(line_delta);
        self.varint(loc.end_lineno.wrapping_sub(loc.lineno) as u32);
        self.varint(loc.col_offset.wrapping_add(1) as u32);
        self.varint(loc.end_col_offset.wrapping_add(1) as u32);
        self.lineno = loc.lineno;
    }

    // CPython: assemble.c assemble_emit_location
    fn emit(&mut self, loc: Loc, mut units: u32) {
        while units > 8 {
            self.entry(loc, 8);
            units -= 8;
        }
        if units > 0 {
            self.entry(loc, units);
        }
    }
}

/// Encodes `co_linetable` from each instruction's size in code units (the instruction, its
/// `EXTENDED_ARG` prefixes and its caches) and location, in order. Consecutive instructions
/// with the same location share entries, and runs longer than 8 code units are split, as
/// CPython's assembler does.
// CPython: assemble.c assemble_location_info
pub fn encode_locations(entries: &[(u32, Loc)], firstlineno: i32) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        lineno: firstlineno,
    };
    let mut current = Loc::NONE;
    let mut size = 0u32;
    for &(units, loc) in entries {
        if loc != current {
            w.emit(current, size);
            current = loc;
            size = 0;
        }
        size += units;
    }
    w.emit(current, size);
    w.out
}

/// One decoded entry of the table: the code units it covers and its location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    /// First code unit covered.
    pub start: u32,
    /// One past the last code unit covered.
    pub end: u32,
    pub loc: Loc,
}

/// A malformed location table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineTableError(pub String);

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LineTableError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| LineTableError("location table ends inside an entry".into()))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u32, LineTableError> {
        let mut b = self.byte()?;
        let mut v = (b & 63) as u32;
        let mut shift = 0u32;
        while b & 64 != 0 {
            b = self.byte()?;
            shift += 6;
            if shift >= 32 {
                return Err(LineTableError("varint too long".into()));
            }
            v |= ((b & 63) as u32) << shift;
        }
        Ok(v)
    }

    fn signed_varint(&mut self) -> Result<i32, LineTableError> {
        let u = self.varint()?;
        Ok(if u & 1 != 0 {
            -((u >> 1) as i32)
        } else {
            (u >> 1) as i32
        })
    }
}

/// Decodes every entry of `co_linetable`, with the full location of each.
// CPython: codeobject.c advance_with_locations
pub fn decode_entries(
    table: &[u8],
    firstlineno: i32,
) -> Result<Vec<LocationEntry>, LineTableError> {
    let mut r = Reader {
        data: table,
        pos: 0,
    };
    let mut line = firstlineno;
    let mut unit = 0u32;
    let mut out = Vec::new();
    while r.pos < table.len() {
        let first = r.byte()?;
        if first & 0x80 == 0 {
            return Err(LineTableError(format!(
                "byte {} of the location table does not start an entry",
                r.pos - 1
            )));
        }
        let code = (first >> 3) & 15;
        let units = (first & 7) as u32 + 1;
        let loc = match code {
            CODE_NONE => Loc::NONE,
            CODE_LONG => {
                line = line.wrapping_add(r.signed_varint()?);
                let end_line = line.wrapping_add(r.varint()? as i32);
                let col = (r.varint()? as i32).wrapping_sub(1);
                let end_col = (r.varint()? as i32).wrapping_sub(1);
                Loc::new(line, end_line, col, end_col)
            }
            CODE_NO_COLUMNS => {
                line = line.wrapping_add(r.signed_varint()?);
                Loc::new(line, line, -1, -1)
            }
            10..=12 => {
                line += (code - CODE_ONE_LINE0) as i32;
                let col = r.byte()? as i32;
                let end_col = r.byte()? as i32;
                Loc::new(line, line, col, end_col)
            }
            _ => {
                let second = r.byte()? as i32;
                let col = ((code as i32) << 3) | ((second >> 4) & 7);
                Loc::new(line, line, col, col + (second & 15))
            }
        };
        out.push(LocationEntry {
            start: unit,
            end: unit + units,
            loc,
        });
        unit += units;
    }
    Ok(out)
}

/// `co_positions()`: one `(lineno, end_lineno, col_offset, end_col_offset)` per code unit,
/// `None` where unknown.
pub type Position = (Option<i32>, Option<i32>, Option<i32>, Option<i32>);

fn known(v: i32) -> Option<i32> {
    if v == -1 {
        None
    } else {
        Some(v)
    }
}

/// `co_positions()` for a code object whose `co_code` has `code_units` units: code units the
/// table does not cover get no position, as CPython does.
// CPython: codeobject.c positionsiter_next
pub fn positions(
    table: &[u8],
    firstlineno: i32,
    code_units: u32,
) -> Result<Vec<Position>, LineTableError> {
    let entries = decode_entries(table, firstlineno)?;
    let mut out = Vec::with_capacity(code_units as usize);
    for e in &entries {
        // CPython reports -1 for all four fields of a "no location" entry; a long-form entry
        // may carry a line with unknown columns.
        let p = (
            known(e.loc.lineno),
            known(e.loc.end_lineno),
            known(e.loc.col_offset),
            known(e.loc.end_col_offset),
        );
        for _ in e.start..e.end {
            if out.len() as u32 >= code_units {
                return Ok(out);
            }
            out.push(p);
        }
    }
    while (out.len() as u32) < code_units {
        out.push((None, None, None, None));
    }
    Ok(out)
}

/// `co_lines()`: `(start, end, line)` byte-offset ranges, consecutive entries on the same line
/// merged, `None` for instructions with no line.
// CPython: codeobject.c lineiter_next, advance
pub fn lines(
    table: &[u8],
    firstlineno: i32,
) -> Result<Vec<(u32, u32, Option<i32>)>, LineTableError> {
    let entries = decode_entries(table, firstlineno)?;
    let mut out: Vec<(u32, u32, Option<i32>)> = Vec::new();
    let mut prev: Option<Option<i32>> = None;
    for e in &entries {
        let line = known(e.loc.lineno);
        let (start, end) = (e.start * 2, e.end * 2);
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if p == line => last.1 = end,
            _ => out.push((start, end, line)),
        }
        prev = Some(line);
    }
    Ok(out)
}

/// The `(offset, line)` pairs where a new source line starts, as `dis.findlinestarts` gives.
pub fn line_starts(table: &[u8], firstlineno: i32) -> Result<Vec<(u32, i32)>, LineTableError> {
    let mut out = Vec::new();
    let mut last = None;
    for (start, _, line) in lines(table, firstlineno)? {
        if let Some(l) = line {
            if Some(l) != last {
                last = Some(l);
                out.push((start, l));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_all_forms() {
        let locs = [
            (1, Loc::new(1, 1, 0, 5)),       // short form
            (3, Loc::new(2, 2, 4, 100)),     // one-line form
            (2, Loc::new(2, 2, 200, 210)),   // long form (columns too large)
            (20, Loc::new(7, 9, 3, 1)),      // long form, several lines, split
            (1, Loc::NONE),                  // no location
            (1, Loc::new(3, 3, -1, -1)),     // no columns, negative delta
            (1, Loc::new(1000, 1000, 1, 2)), // long form, big delta
        ];
        let table = encode_locations(&locs, 1);
        let entries = decode_entries(&table, 1).unwrap();
        let mut unit = 0;
        let mut expanded = Vec::new();
        for &(n, l) in &locs {
            for _ in 0..n {
                expanded.push(l);
            }
            unit += n;
        }
        let mut got = Vec::new();
        for e in &entries {
            for _ in e.start..e.end {
                got.push(e.loc);
            }
        }
        assert_eq!(got.len() as u32, unit);
        assert_eq!(got, expanded);
    }

    #[test]
    fn short_form_bytes() {
        // `x = 1` at column 0..5 on the first line, one code unit: code 0, length 1.
        assert_eq!(
            encode_locations(&[(1, Loc::new(1, 1, 0, 5))], 1),
            vec![0x80, 0x05]
        );
    }
}
