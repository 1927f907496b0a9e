//! Checks the code words handed to `_sre.compile` before the engine may run them: every
//! opcode is known, every skip stays inside its enclosing block, blocks end with the opcode
//! the engine expects and group numbers are in range. The engine then never reads outside the
//! code nor loops on a zero skip. CPython: Modules/_sre/sre.c `_validate` and its helpers.

use super::constants::*;

/// The code is not something `re._compiler` could have produced.
pub struct Invalid;

type V<T> = Result<T, Invalid>;

struct Reader<'a> {
    code: &'a [u32],
}

impl Reader<'_> {
    fn word(&self, i: usize, end: usize) -> V<u32> {
        if i >= end {
            return Err(Invalid);
        }
        self.code.get(i).copied().ok_or(Invalid)
    }

    /// The skip at `i`; the block it ends (`i + skip`) must not pass `end + adj`.
    fn skip(&self, i: usize, end: usize, adj: u32) -> V<usize> {
        let s = self.word(i, end)?;
        if s.wrapping_sub(adj) as usize > end - i {
            return Err(Invalid);
        }
        Ok(s as usize)
    }

    fn charset(&self, mut i: usize, end: usize) -> V<()> {
        while i < end {
            let op = self.word(i, end)?;
            i += 1;
            match op {
                OP_NEGATE => {}
                OP_LITERAL => {
                    self.word(i, end)?;
                    i += 1;
                }
                OP_RANGE | OP_RANGE_UNI_IGNORE => {
                    self.word(i + 1, end)?;
                    i += 2;
                }
                OP_CHARSET => {
                    if 8 > end - i {
                        return Err(Invalid);
                    }
                    i += 8;
                }
                OP_BIGCHARSET => {
                    let blocks = self.word(i, end)?;
                    i += 1;
                    if 64 > end - i {
                        return Err(Invalid);
                    }
                    for k in 0..256 {
                        let w = self.word(i + k / 4, end)?;
                        if (w >> (8 * (k % 4))) & 0xff >= blocks {
                            return Err(Invalid);
                        }
                    }
                    i += 64;
                    let n = (blocks as usize).checked_mul(8).ok_or(Invalid)?;
                    if n > end - i {
                        return Err(Invalid);
                    }
                    i += n;
                }
                OP_CATEGORY => {
                    if self.word(i, end)? > CATEGORY_UNI_NOT_LINEBREAK {
                        return Err(Invalid);
                    }
                    i += 1;
                }
                _ => return Err(Invalid),
            }
        }
        Ok(())
    }

    /// Checks a block `code[i..end]` that must not end with a JUMP.
    fn inner(&self, i: usize, end: usize, groups: usize) -> V<()> {
        if self.inner_jump(i, end, groups)? {
            return Err(Invalid);
        }
        Ok(())
    }

    /// Checks `code[i..end]`; true when it ends with a JUMP (the "then" part of a
    /// conditional with an "else" part).
    fn inner_jump(&self, mut i: usize, end: usize, groups: usize) -> V<bool> {
        if i > end {
            return Err(Invalid);
        }
        while i < end {
            let op = self.word(i, end)?;
            i += 1;
            match op {
                OP_MARK => {
                    // CPython 3.12 accepts the two marks past the last group as well.
                    if self.word(i, end)? as usize >= 2 * (groups + 1) {
                        return Err(Invalid);
                    }
                    i += 1;
                }
                OP_LITERAL
                | OP_NOT_LITERAL
                | OP_LITERAL_IGNORE
                | OP_NOT_LITERAL_IGNORE
                | OP_LITERAL_UNI_IGNORE
                | OP_NOT_LITERAL_UNI_IGNORE
                | OP_LITERAL_LOC_IGNORE
                | OP_NOT_LITERAL_LOC_IGNORE => {
                    self.word(i, end)?;
                    i += 1;
                }
                OP_SUCCESS | OP_FAILURE | OP_ANY | OP_ANY_ALL => {}
                OP_AT => {
                    if self.word(i, end)? > AT_UNI_NON_BOUNDARY {
                        return Err(Invalid);
                    }
                    i += 1;
                }
                OP_IN | OP_IN_IGNORE | OP_IN_UNI_IGNORE | OP_IN_LOC_IGNORE => {
                    let skip = self.skip(i, end, 0)?;
                    if skip < 2 {
                        return Err(Invalid);
                    }
                    self.charset(i + 1, i + skip - 1)?;
                    if self.word(i + skip - 1, end)? != OP_FAILURE {
                        return Err(Invalid);
                    }
                    i += skip;
                }
                OP_INFO => {
                    let skip = self.skip(i, end, 0)?;
                    if skip < 1 {
                        return Err(Invalid);
                    }
                    let newcode = i + skip;
                    let flags = self.word(i + 1, end)?;
                    self.word(i + 3, end)?;
                    i += 4;
                    if flags & !(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET) != 0
                        || (flags & INFO_PREFIX != 0 && flags & INFO_CHARSET != 0)
                        || (flags & INFO_LITERAL != 0 && flags & INFO_PREFIX == 0)
                    {
                        return Err(Invalid);
                    }
                    if flags & INFO_PREFIX != 0 {
                        let len = self.word(i, end)? as usize;
                        self.word(i + 1, end)?;
                        i += 2;
                        if len > newcode.saturating_sub(i) {
                            return Err(Invalid);
                        }
                        i += len;
                        if len > newcode.saturating_sub(i) {
                            return Err(Invalid);
                        }
                        for k in 0..len {
                            if self.word(i + k, end)? as usize >= len {
                                return Err(Invalid);
                            }
                        }
                        i += len;
                    }
                    if flags & INFO_CHARSET != 0 {
                        if newcode < 1 || newcode - 1 < i {
                            return Err(Invalid);
                        }
                        self.charset(i, newcode - 1)?;
                        if self.word(newcode - 1, end)? != OP_FAILURE {
                            return Err(Invalid);
                        }
                        i = newcode;
                    } else if i != newcode {
                        return Err(Invalid);
                    }
                }
                OP_BRANCH => {
                    let mut target: Option<usize> = None;
                    loop {
                        let skip = self.skip(i, end, 0)?;
                        if skip == 0 {
                            i += 1;
                            break;
                        }
                        if skip < 3 {
                            return Err(Invalid);
                        }
                        self.inner(i + 1, i + skip - 2, groups)?;
                        i += skip - 2;
                        if self.word(i, end)? != OP_JUMP {
                            return Err(Invalid);
                        }
                        i += 1;
                        let jskip = self.skip(i, end, 0)?;
                        let t = i + jskip;
                        match target {
                            None => target = Some(t),
                            Some(x) if x != t => return Err(Invalid),
                            _ => {}
                        }
                        i += 1;
                    }
                    if target != Some(i) {
                        return Err(Invalid);
                    }
                }
                OP_REPEAT_ONE | OP_MIN_REPEAT_ONE | OP_POSSESSIVE_REPEAT_ONE => {
                    let skip = self.skip(i, end, 0)?;
                    let (min, max) = (self.word(i + 1, end)?, self.word(i + 2, end)?);
                    if min > max || skip < 4 {
                        return Err(Invalid);
                    }
                    self.inner(i + 3, i + skip - 1, groups)?;
                    if self.word(i + skip - 1, end)? != OP_SUCCESS {
                        return Err(Invalid);
                    }
                    i += skip;
                }
                OP_REPEAT | OP_POSSESSIVE_REPEAT => {
                    let skip = self.skip(i, end, 0)?;
                    let (min, max) = (self.word(i + 1, end)?, self.word(i + 2, end)?);
                    if min > max || skip < 3 {
                        return Err(Invalid);
                    }
                    self.inner(i + 3, i + skip, groups)?;
                    let closing = self.word(i + skip, end)?;
                    let ok = if op == OP_POSSESSIVE_REPEAT {
                        closing == OP_SUCCESS
                    } else {
                        closing == OP_MAX_UNTIL || closing == OP_MIN_UNTIL
                    };
                    if !ok {
                        return Err(Invalid);
                    }
                    i += skip + 1;
                }
                OP_ATOMIC_GROUP => {
                    let skip = self.skip(i, end, 0)?;
                    if skip < 2 {
                        return Err(Invalid);
                    }
                    self.inner(i + 1, i + skip - 1, groups)?;
                    if self.word(i + skip - 1, end)? != OP_SUCCESS {
                        return Err(Invalid);
                    }
                    i += skip;
                }
                OP_GROUPREF
                | OP_GROUPREF_IGNORE
                | OP_GROUPREF_UNI_IGNORE
                | OP_GROUPREF_LOC_IGNORE => {
                    if self.word(i, end)? as usize >= groups {
                        return Err(Invalid);
                    }
                    i += 1;
                }
                OP_GROUPREF_EXISTS => {
                    if self.word(i, end)? as usize >= groups {
                        return Err(Invalid);
                    }
                    // The skip counts from the group operand.
                    let skip = self.skip(i + 1, end, 1)?;
                    if skip < 2 {
                        return Err(Invalid);
                    }
                    let then_end = i + skip;
                    if self.inner_jump(i + 2, then_end, groups)? {
                        // A JUMP ends the "then" part: the "else" part follows its skip.
                        let j = then_end - 1;
                        let skip2 = self.skip(j, end, 0)?;
                        if skip2 < 1 {
                            return Err(Invalid);
                        }
                        self.inner(j + 1, j + skip2, groups)?;
                        i = j + skip2;
                    } else {
                        i += skip;
                    }
                }
                OP_ASSERT | OP_ASSERT_NOT => {
                    let skip = self.skip(i, end, 0)?;
                    self.word(i + 1, end)?;
                    if skip < 3 {
                        return Err(Invalid);
                    }
                    self.inner(i + 2, i + skip - 1, groups)?;
                    if self.word(i + skip - 1, end)? != OP_SUCCESS {
                        return Err(Invalid);
                    }
                    i += skip;
                }
                OP_JUMP => {
                    if i + 1 != end {
                        return Err(Invalid);
                    }
                    return Ok(true);
                }
                _ => return Err(Invalid),
            }
        }
        Ok(false)
    }
}

/// Checks a whole program for a pattern with `groups` capturing groups.
pub fn validate(code: &[u32], groups: usize) -> V<()> {
    if groups as i64 > MAXGROUPS || code.last() != Some(&OP_SUCCESS) {
        return Err(Invalid);
    }
    let r = Reader { code };
    r.inner(0, code.len() - 1, groups)
}
