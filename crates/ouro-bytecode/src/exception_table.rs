//! The 3.12 exception table (`co_exceptiontable`): encoding handler ranges as the assembler
//! writes them and decoding them for `dis` and the eval loop.
//! CPython counterparts: Python/assemble.c (`assemble_exception_table`), Lib/dis.py
//! (`_parse_exception_table`), InternalDocs/exception_handling.md.

/// One entry: instructions in code units `start..end` are covered by the handler at `target`
/// (a code unit), entered with the value stack cut to `depth` items, plus `lasti` when set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// The handler of one instruction before the table is built (CPython: `_PyCompile_ExceptHandlerInfo`):
/// its target in code units, the stack depth at the handler's entry as the compiler computed
/// it (`h_startdepth`, counting the pushed exception) and whether `lasti` is pushed too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub target: u32,
    pub startdepth: u32,
    pub preserve_lasti: bool,
}

const CONTINUATION: u8 = 64;
const ENTRY_START: u8 = 128;

/// One value: 6-bit chunks, most significant first, bit 6 marks "more follows"; `msb`
/// (bit 7) marks the first byte of an entry.
// CPython: assemble.c assemble_emit_exception_table_item
fn write_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    let value = value & ((1 << 30) - 1);
    for shift in [24u32, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

/// Encodes entries (offsets in code units) as `co_exceptiontable`.
pub fn encode_exception_table(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_item(&mut out, e.start, ENTRY_START);
        write_item(&mut out, e.end.saturating_sub(e.start), 0);
        write_item(&mut out, e.target, 0);
        write_item(&mut out, (e.depth << 1) | e.lasti as u32, 0);
    }
    out
}

/// Groups instructions (size in code units and handler, in order) into table entries: a new
/// entry starts wherever the handler's target changes. The stored depth is the handler's
/// start depth less the exception itself and, with `lasti`, less `lasti`.
// CPython: assemble.c assemble_exception_table, assemble_emit_exception_table_entry
pub fn entries_from_handlers(instrs: &[(u32, Option<Handler>)]) -> Vec<ExceptionTableEntry> {
    let mut out = Vec::new();
    let mut offset = 0u32;
    let mut current: Option<Handler> = None;
    let mut start = 0u32;
    let push = |h: Option<Handler>, start: u32, end: u32, out: &mut Vec<ExceptionTableEntry>| {
        if let Some(h) = h {
            if end > start {
                let depth = h.startdepth.saturating_sub(1 + h.preserve_lasti as u32);
                out.push(ExceptionTableEntry {
                    start,
                    end,
                    target: h.target,
                    depth,
                    lasti: h.preserve_lasti,
                });
            }
        }
    };
    for &(size, h) in instrs {
        if h.map(|h| h.target) != current.map(|c| c.target) {
            push(current, start, offset, &mut out);
            start = offset;
            current = h;
        }
        offset += size;
    }
    push(current, start, offset, &mut out);
    out
}

/// Encodes the table straight from each instruction's size and handler.
pub fn encode_handlers(instrs: &[(u32, Option<Handler>)]) -> Vec<u8> {
    encode_exception_table(&entries_from_handlers(instrs))
}

fn read_item(data: &[u8], pos: &mut usize) -> Option<u32> {
    let mut b = *data.get(*pos)?;
    *pos += 1;
    let mut v = (b & 63) as u32;
    while b & CONTINUATION != 0 {
        b = *data.get(*pos)?;
        *pos += 1;
        v = (v << 6) | (b & 63) as u32;
    }
    Some(v)
}

/// Decodes `co_exceptiontable` into entries in code units. Like `dis`, it stops quietly at a
/// truncated final entry.
// CPython: Lib/dis.py _parse_exception_table
pub fn decode_exception_table(table: &[u8]) -> Vec<ExceptionTableEntry> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let Some(start) = read_item(table, &mut pos) else {
            break;
        };
        let Some(len) = read_item(table, &mut pos) else {
            break;
        };
        let Some(target) = read_item(table, &mut pos) else {
            break;
        };
        let Some(dl) = read_item(table, &mut pos) else {
            break;
        };
        out.push(ExceptionTableEntry {
            start,
            end: start.wrapping_add(len),
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    out
}

/// The handler covering code unit `index`, as the eval loop looks it up
/// (CPython: ceval.c get_exception_handler).
pub fn find_handler(table: &[u8], index: u32) -> Option<ExceptionTableEntry> {
    decode_exception_table(table)
        .into_iter()
        .find(|e| e.start <= index && index < e.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let entries = vec![
            ExceptionTableEntry {
                start: 2,
                end: 10,
                target: 40,
                depth: 0,
                lasti: false,
            },
            ExceptionTableEntry {
                start: 70,
                end: 5000,
                target: 300_000,
                depth: 3,
                lasti: true,
            },
        ];
        let bytes = encode_exception_table(&entries);
        assert_eq!(bytes[0], 0x82);
        assert_eq!(decode_exception_table(&bytes), entries);
    }

    #[test]
    fn grouping() {
        let h = Handler {
            target: 9,
            startdepth: 3,
            preserve_lasti: true,
        };
        let instrs = [(1, None), (2, Some(h)), (1, Some(h)), (1, None)];
        assert_eq!(
            entries_from_handlers(&instrs),
            vec![ExceptionTableEntry {
                start: 1,
                end: 4,
                target: 9,
                depth: 1,
                lasti: true
            }]
        );
    }
}
