//! The regular expression matcher: it runs the code words that `re._compiler` produces over a
//! text of bytes (`u8`) or code points (`u32`). Backtracking never recurses on the Rust stack:
//! every sub-match that may have to be resumed is a context pushed on an explicit stack, and
//! the saved group marks live on a separate data stack, as CPython's engine does.
//! CPython: Modules/_sre/sre_lib.h (`SRE(match)`, `SRE(search)`, `SRE(count)`,
//! `SRE(charset)`, `SRE(at)`) and the character helpers of Modules/_sre/sre.c.

use super::constants::*;

/// A character of a subject: a byte or a code point.
pub trait Ch: Copy {
    fn code(self) -> u32;
}

impl Ch for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Ch for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

/// The engine could not run the code (an opcode in the wrong place, a bad repeat state).
#[derive(Debug)]
pub struct IllegalCode;

// ----- characters -----

#[inline]
fn is_ascii_digit(ch: u32) -> bool {
    (0x30..=0x39).contains(&ch)
}

#[inline]
fn is_ascii_space(ch: u32) -> bool {
    matches!(ch, 9..=13 | 32)
}

#[inline]
fn is_ascii_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}

fn uni_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

fn is_uni_digit(ch: u32) -> bool {
    uni_char(ch).is_some_and(crate::unicodectype::is_decimal)
}

fn is_uni_space(ch: u32) -> bool {
    uni_char(ch).is_some_and(crate::unicodectype::is_space)
}

/// `str.isalnum()` of one character, or `_`.
pub fn is_uni_word(ch: u32) -> bool {
    if ch < 128 {
        return is_ascii_word(ch);
    }
    uni_char(ch).is_some_and(crate::unicodectype::is_alnum)
}

fn is_uni_linebreak(ch: u32) -> bool {
    matches!(
        ch,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

/// The ASCII lowercase of `ch` (other characters unchanged).
#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if (0x41..=0x5a).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

#[inline]
fn upper_ascii(ch: u32) -> u32 {
    if (0x61..=0x7a).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

/// The "locale" case mappings: the C locale's, ASCII only.
#[inline]
fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

#[inline]
fn upper_locale(ch: u32) -> u32 {
    upper_ascii(ch)
}

/// The record of `ch` in CPython's character database (surrogates and other non-chars have
/// none and map to themselves).
fn db_record(ch: u32) -> Option<&'static crate::unicodetype_db::TypeRecord> {
    use crate::unicodetype_db as db;
    if ch > 0x10ffff {
        return None;
    }
    let block = *db::INDEX1.get((ch >> db::SHIFT) as usize)? as usize;
    let slot = *db::INDEX2.get((block << db::SHIFT) + (ch & ((1 << db::SHIFT) - 1)) as usize)?;
    db::RECORDS.get(slot as usize)
}

/// One case mapping of the database: a delta, or the first character of an extended mapping.
fn db_map(ch: u32, m: i32) -> u32 {
    use crate::unicodetype_db as db;
    if m >= db::EXT {
        db::EXTENDED
            .get((m - db::EXT) as usize)
            .and_then(|s| s.chars().next())
            .map_or(ch, |c| c as u32)
    } else {
        (ch as i64 + m as i64) as u32
    }
}

/// CPython's `_PyUnicode_ToLowercase`: the simple lowercase mapping, or the first character
/// of the full mapping when the character has one (U+0130 gives "i").
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    db_record(ch).map_or(ch, |r| db_map(ch, r.lower))
}

/// CPython's `_PyUnicode_ToUppercase`: the simple uppercase mapping, or the first character
/// of the full mapping when the character has one (U+00DF gives "S").
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    db_record(ch).map_or(ch, |r| db_map(ch, r.upper))
}

fn category(cat: u32, ch: u32) -> bool {
    match cat {
        CATEGORY_DIGIT => is_ascii_digit(ch),
        CATEGORY_NOT_DIGIT => !is_ascii_digit(ch),
        CATEGORY_SPACE => is_ascii_space(ch),
        CATEGORY_NOT_SPACE => !is_ascii_space(ch),
        CATEGORY_WORD => is_ascii_word(ch),
        CATEGORY_NOT_WORD => !is_ascii_word(ch),
        CATEGORY_LINEBREAK => ch == 10,
        CATEGORY_NOT_LINEBREAK => ch != 10,
        CATEGORY_LOC_WORD => is_ascii_word(ch),
        CATEGORY_LOC_NOT_WORD => !is_ascii_word(ch),
        CATEGORY_UNI_DIGIT => is_uni_digit(ch),
        CATEGORY_UNI_NOT_DIGIT => !is_uni_digit(ch),
        CATEGORY_UNI_SPACE => is_uni_space(ch),
        CATEGORY_UNI_NOT_SPACE => !is_uni_space(ch),
        CATEGORY_UNI_WORD => is_uni_word(ch),
        CATEGORY_UNI_NOT_WORD => !is_uni_word(ch),
        CATEGORY_UNI_LINEBREAK => is_uni_linebreak(ch),
        CATEGORY_UNI_NOT_LINEBREAK => !is_uni_linebreak(ch),
        _ => false,
    }
}

fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

// ----- the matcher -----

/// Where a finished sub-match returns to in its parent context (CPython's `JUMP_*`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One pending sub-match (CPython's `match_context`).
#[derive(Clone, Copy)]
struct Ctx {
    /// Position in the code: where the sub-match starts, then where its owner resumes.
    pc: usize,
    ptr: usize,
    count: isize,
    rep: usize,
    chr: u32,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    jump: Jump,
}

impl Ctx {
    fn new(pc: usize, ptr: usize, toplevel: bool, jump: Jump) -> Ctx {
        Ctx {
            pc,
            ptr,
            count: 0,
            rep: 0,
            chr: 0,
            lastmark: -1,
            lastindex: -1,
            toplevel,
            jump,
        }
    }
}

/// The state of a REPEAT ... MAX_UNTIL/MIN_UNTIL loop (CPython's `SRE_REPEAT`).
struct Repeat {
    count: isize,
    /// Code position of the REPEAT's operands (skip, min, max, item...).
    pc: usize,
    prev: Option<usize>,
    /// Where the last iteration started, -1 for none: a zero-width iteration stops the loop.
    last_ptr: isize,
}

enum Step {
    Call(Jump, usize, bool),
    Ret(bool),
}

/// One run of the engine over a text (CPython's `SRE_STATE`).
pub struct State<'a, T: Ch> {
    code: &'a [u32],
    text: &'a [T],
    /// Where the current attempt started.
    pub start: usize,
    pub end: usize,
    pub ptr: usize,
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    data: Vec<isize>,
    stack: Vec<Ctx>,
    pub match_all: bool,
    pub must_advance: bool,
}

/// How a match is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: its span and the spans of its groups (-1 when unset).
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub spans: Vec<(isize, isize)>,
    pub lastindex: isize,
}

impl<'a, T: Ch> State<'a, T> {
    pub fn new(code: &'a [u32], text: &'a [T], pos: usize, endpos: usize) -> Self {
        let end = endpos.min(text.len());
        let start = pos.min(text.len());
        State {
            code,
            text,
            start,
            end,
            ptr: start,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            repeats: Vec::new(),
            data: Vec::new(),
            stack: Vec::new(),
            match_all: false,
            must_advance: false,
        }
    }

    /// Forgets the groups of the last attempt (CPython `state_reset`).
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
        self.stack.clear();
    }

    #[inline(always)]
    fn c(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(OP_FAILURE)
    }

    #[inline(always)]
    fn ch(&self, i: usize) -> u32 {
        self.text.get(i).map(|c| c.code()).unwrap_or(u32::MAX)
    }

    /// Runs a match or a search from `self.start`; on success the result describes it.
    pub fn run(&mut self, mode: Mode, groups: usize) -> Result<Option<Found>, IllegalCode> {
        self.reset();
        self.ptr = self.start;
        let ok = match mode {
            Mode::Match => self.sre_match(0, true)?,
            Mode::FullMatch => {
                self.match_all = true;
                let r = self.sre_match(0, true)?;
                self.match_all = false;
                r
            }
            Mode::Search => self.search()?,
        };
        if !ok {
            return Ok(None);
        }
        Ok(Some(self.found(groups)))
    }

    fn found(&self, groups: usize) -> Found {
        let mut spans = Vec::with_capacity(groups);
        for g in 0..groups {
            let j = 2 * g;
            let (a, b) = (
                self.marks.get(j).copied().unwrap_or(-1),
                self.marks.get(j + 1).copied().unwrap_or(-1),
            );
            if (j as isize) + 1 <= self.lastmark && a >= 0 && b >= 0 {
                spans.push((a, b));
            } else {
                spans.push((-1, -1));
            }
        }
        Found {
            start: self.start,
            end: self.ptr,
            spans,
            lastindex: self.lastindex,
        }
    }

    fn at(&self, ptr: usize, at: u32) -> bool {
        let end = self.end;
        let word_at = |f: fn(u32) -> bool| -> Option<bool> {
            if end == 0 {
                return None;
            }
            let that = ptr > 0 && f(self.ch(ptr - 1));
            let this = ptr < end && f(self.ch(ptr));
            Some(this != that)
        };
        match at {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || self.ch(ptr - 1) == 10,
            AT_END => (end.wrapping_sub(ptr) == 1 && self.ch(ptr) == 10) || ptr == end,
            AT_END_LINE => ptr == end || self.ch(ptr) == 10,
            AT_END_STRING => ptr == end,
            AT_BOUNDARY | AT_LOC_BOUNDARY => word_at(is_ascii_word) == Some(true),
            AT_NON_BOUNDARY | AT_LOC_NON_BOUNDARY => word_at(is_ascii_word) == Some(false),
            AT_UNI_BOUNDARY => word_at(is_uni_word) == Some(true),
            AT_UNI_NON_BOUNDARY => word_at(is_uni_word) == Some(false),
            _ => false,
        }
    }

    /// Whether `ch` belongs to the set that starts at code position `set`.
    fn charset(&self, mut set: usize, ch: u32) -> bool {
        let mut ok = true;
        loop {
            let op = self.c(set);
            set += 1;
            match op {
                OP_FAILURE => return !ok,
                OP_LITERAL => {
                    if ch == self.c(set) {
                        return ok;
                    }
                    set += 1;
                }
                OP_CATEGORY => {
                    if category(self.c(set), ch) {
                        return ok;
                    }
                    set += 1;
                }
                OP_CHARSET => {
                    if ch < 256 && self.c(set + (ch as usize) / 32) & (1u32 << (ch & 31)) != 0 {
                        return ok;
                    }
                    set += 8;
                }
                OP_RANGE => {
                    if self.c(set) <= ch && ch <= self.c(set + 1) {
                        return ok;
                    }
                    set += 2;
                }
                OP_RANGE_UNI_IGNORE => {
                    let (lo, hi) = (self.c(set), self.c(set + 1));
                    if lo <= ch && ch <= hi {
                        return ok;
                    }
                    let u = upper_unicode(ch);
                    if lo <= u && u <= hi {
                        return ok;
                    }
                    set += 2;
                }
                OP_NEGATE => ok = !ok,
                OP_BIGCHARSET => {
                    let count = self.c(set) as usize;
                    set += 1;
                    if ch < 0x10000 {
                        let hi = (ch >> 8) as usize;
                        let word = self.c(set + hi / 4);
                        let block = ((word >> (8 * (hi % 4))) & 0xff) as usize;
                        let bit = block * 256 + (ch & 255) as usize;
                        if self.c(set + 64 + bit / 32) & (1u32 << (ch & 31)) != 0 {
                            return ok;
                        }
                    }
                    set += 64 + count * 8;
                }
                _ => return false,
            }
        }
    }

    /// How many times (up to `maxcount`) the single-width item at `pc` matches from
    /// `self.ptr` (CPython `SRE(count)`).
    fn count(&mut self, pc: usize, maxcount: u32) -> Result<usize, IllegalCode> {
        let start = self.ptr;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as usize) < end.saturating_sub(start) {
            end = start + maxcount as usize;
        }
        let mut p = start;
        let chr = self.c(pc + 1);
        match self.c(pc) {
            OP_IN => {
                while p < end && self.charset(pc + 2, self.ch(p)) {
                    p += 1;
                }
            }
            OP_ANY => {
                while p < end && self.ch(p) != 10 {
                    p += 1;
                }
            }
            OP_ANY_ALL => p = end.max(p),
            OP_LITERAL => {
                while p < end && self.ch(p) == chr {
                    p += 1;
                }
            }
            OP_LITERAL_IGNORE => {
                while p < end && lower_ascii(self.ch(p)) == chr {
                    p += 1;
                }
            }
            OP_LITERAL_UNI_IGNORE => {
                while p < end && lower_unicode(self.ch(p)) == chr {
                    p += 1;
                }
            }
            OP_LITERAL_LOC_IGNORE => {
                while p < end && char_loc_ignore(chr, self.ch(p)) {
                    p += 1;
                }
            }
            OP_NOT_LITERAL => {
                while p < end && self.ch(p) != chr {
                    p += 1;
                }
            }
            OP_NOT_LITERAL_IGNORE => {
                while p < end && lower_ascii(self.ch(p)) != chr {
                    p += 1;
                }
            }
            OP_NOT_LITERAL_UNI_IGNORE => {
                while p < end && lower_unicode(self.ch(p)) != chr {
                    p += 1;
                }
            }
            OP_NOT_LITERAL_LOC_IGNORE => {
                while p < end && !char_loc_ignore(chr, self.ch(p)) {
                    p += 1;
                }
            }
            _ => {
                // A general single-width item: match it repeatedly.
                while self.ptr < end {
                    let before = self.ptr;
                    if !self.sre_match(pc, false)? || self.ptr == before {
                        break;
                    }
                }
                return Ok(self.ptr.saturating_sub(start));
            }
        }
        Ok(p - start)
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            if self.marks.len() < n {
                self.marks.resize(n, -1);
            }
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            let base = self.data.len().saturating_sub(n);
            if self.marks.len() < n {
                self.marks.resize(n, -1);
            }
            for i in 0..n {
                self.marks[i] = self.data.get(base + i).copied().unwrap_or(-1);
            }
            if discard {
                self.data.truncate(base);
            }
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            let base = self.data.len().saturating_sub(n);
            self.data.truncate(base);
        }
    }

    fn lastmark_save(&self, ctx: &mut Ctx) {
        ctx.lastmark = self.lastmark;
        ctx.lastindex = self.lastindex;
    }

    fn lastmark_restore(&mut self, ctx: &Ctx) {
        self.lastmark = ctx.lastmark;
        self.lastindex = ctx.lastindex;
    }

    fn rep(&mut self, i: usize) -> Result<&mut Repeat, IllegalCode> {
        self.repeats.get_mut(i).ok_or(IllegalCode)
    }

    /// Matches the code at `pc` at `self.ptr` (CPython `SRE(match)`); on success `self.ptr`
    /// is the end of the match.
    pub fn sre_match(&mut self, pc: usize, toplevel: bool) -> Result<bool, IllegalCode> {
        // The contexts waiting for a sub-match live on `self.stack` above `base` (a nested
        // call from `count` stacks its own above ours); the running one is `cur`.
        let base = self.stack.len();
        let mut cur = Ctx::new(pc, self.ptr, toplevel, Jump::None);
        let mut step = self.enter(&mut cur)?;
        loop {
            match step {
                Step::Call(jump, pc, toplevel) => {
                    self.stack.push(cur);
                    cur = Ctx::new(pc, self.ptr, toplevel, jump);
                    step = self.enter(&mut cur)?;
                }
                Step::Ret(ret) => {
                    if self.stack.len() <= base {
                        return Ok(ret);
                    }
                    let jump = cur.jump;
                    cur = self.stack.pop().ok_or(IllegalCode)?;
                    step = self.resume(&mut cur, jump, ret)?;
                }
            }
        }
    }

    /// Starts a new context: checks the INFO block, then runs.
    fn enter(&mut self, ctx: &mut Ctx) -> Result<Step, IllegalCode> {
        let ptr = self.ptr;
        let mut pc = ctx.pc;
        if self.c(pc) == OP_INFO {
            let min = self.c(pc + 3) as usize;
            if min != 0 && self.end.wrapping_sub(ptr) < min {
                return Ok(Step::Ret(false));
            }
            pc += self.c(pc + 1) as usize + 1;
        }
        self.dispatch(ctx, pc, ptr)
    }

    /// Saves where the current context resumes and asks for a sub-match.
    #[inline]
    fn call(ctx: &mut Ctx, pc: usize, ptr: usize, jump: Jump, at: usize, top: bool) -> Step {
        ctx.pc = pc;
        ctx.ptr = ptr;
        Step::Call(jump, at, top)
    }

    /// Runs opcodes from `pc` with the subject position `ptr` until the context finishes or
    /// needs a sub-match. `pc` points past an opcode when its operands are read.
    fn dispatch(
        &mut self,
        ctx: &mut Ctx,
        mut pc: usize,
        mut ptr: usize,
    ) -> Result<Step, IllegalCode> {
        let end = self.end;
        let top = ctx.toplevel;
        loop {
            let op = self.c(pc);
            pc += 1;
            match op {
                OP_MARK => {
                    let i = self.c(pc) as isize;
                    if i & 1 == 1 {
                        self.lastindex = i / 2 + 1;
                    }
                    let iu = i as usize;
                    if self.marks.len() <= iu {
                        self.marks.resize(iu + 1, -1);
                    }
                    if i > self.lastmark {
                        let from = (self.lastmark + 1) as usize;
                        for m in &mut self.marks[from..iu] {
                            *m = -1;
                        }
                        self.lastmark = i;
                    }
                    self.marks[iu] = ptr as isize;
                    pc += 1;
                }
                OP_LITERAL => {
                    if ptr >= end || self.ch(ptr) != self.c(pc) {
                        return Ok(Step::Ret(false));
                    }
                    pc += 1;
                    ptr += 1;
                }
                OP_NOT_LITERAL => {
                    if ptr >= end || self.ch(ptr) == self.c(pc) {
                        return Ok(Step::Ret(false));
                    }
                    pc += 1;
                    ptr += 1;
                }
                OP_SUCCESS => {
                    if ctx.toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        return Ok(Step::Ret(false));
                    }
                    self.ptr = ptr;
                    return Ok(Step::Ret(true));
                }
                OP_AT => {
                    if !self.at(ptr, self.c(pc)) {
                        return Ok(Step::Ret(false));
                    }
                    pc += 1;
                }
                OP_CATEGORY => {
                    if ptr >= end || !category(self.c(pc), self.ch(ptr)) {
                        return Ok(Step::Ret(false));
                    }
                    pc += 1;
                    ptr += 1;
                }
                OP_ANY => {
                    if ptr >= end || self.ch(ptr) == 10 {
                        return Ok(Step::Ret(false));
                    }
                    ptr += 1;
                }
                OP_ANY_ALL => {
                    if ptr >= end {
                        return Ok(Step::Ret(false));
                    }
                    ptr += 1;
                }
                OP_IN | OP_IN_IGNORE | OP_IN_UNI_IGNORE | OP_IN_LOC_IGNORE => {
                    if ptr >= end {
                        return Ok(Step::Ret(false));
                    }
                    let ch = self.ch(ptr);
                    let ok = match op {
                        OP_IN => self.charset(pc + 1, ch),
                        OP_IN_IGNORE => self.charset(pc + 1, lower_ascii(ch)),
                        OP_IN_UNI_IGNORE => self.charset(pc + 1, lower_unicode(ch)),
                        _ => {
                            let lo = lower_locale(ch);
                            self.charset(pc + 1, lo) || {
                                let up = upper_locale(ch);
                                up != lo && self.charset(pc + 1, up)
                            }
                        }
                    };
                    if !ok {
                        return Ok(Step::Ret(false));
                    }
                    pc += self.c(pc) as usize;
                    ptr += 1;
                }
                OP_LITERAL_IGNORE
                | OP_LITERAL_UNI_IGNORE
                | OP_LITERAL_LOC_IGNORE
                | OP_NOT_LITERAL_IGNORE
                | OP_NOT_LITERAL_UNI_IGNORE
                | OP_NOT_LITERAL_LOC_IGNORE => {
                    if ptr >= end {
                        return Ok(Step::Ret(false));
                    }
                    let (ch, want) = (self.ch(ptr), self.c(pc));
                    let same = match op {
                        OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE => lower_ascii(ch) == want,
                        OP_LITERAL_UNI_IGNORE | OP_NOT_LITERAL_UNI_IGNORE => {
                            lower_unicode(ch) == want
                        }
                        _ => char_loc_ignore(want, ch),
                    };
                    let negated = matches!(
                        op,
                        OP_NOT_LITERAL_IGNORE
                            | OP_NOT_LITERAL_UNI_IGNORE
                            | OP_NOT_LITERAL_LOC_IGNORE
                    );
                    if same == negated {
                        return Ok(Step::Ret(false));
                    }
                    pc += 1;
                    ptr += 1;
                }
                OP_JUMP | OP_INFO => {
                    let skip = self.c(pc) as usize;
                    if skip == 0 {
                        return Err(IllegalCode);
                    }
                    pc += skip;
                }
                OP_BRANCH => {
                    self.lastmark_save(ctx);
                    if self.repeat.is_some() {
                        self.mark_push(ctx.lastmark);
                    }
                    return Ok(self.branch_next(ctx, pc, ptr));
                }
                OP_REPEAT_ONE => {
                    let min = self.c(pc + 1) as usize;
                    if min as isize > end as isize - ptr as isize {
                        return Ok(Step::Ret(false));
                    }
                    self.ptr = ptr;
                    let n = self.count(pc + 3, self.c(pc + 2))?;
                    ctx.count = n as isize;
                    ptr += n;
                    if n < min {
                        return Ok(Step::Ret(false));
                    }
                    let tail = pc + self.c(pc) as usize;
                    if self.c(tail) == OP_SUCCESS
                        && ptr == end
                        && !(ctx.toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Step::Ret(true));
                    }
                    self.lastmark_save(ctx);
                    if self.repeat.is_some() {
                        self.mark_push(ctx.lastmark);
                    }
                    if self.c(tail) == OP_LITERAL {
                        ctx.chr = self.c(tail + 1);
                        return Ok(self.repeat_one_literal(ctx, pc, ptr));
                    }
                    return Ok(self.repeat_one_general(ctx, pc, ptr));
                }
                OP_MIN_REPEAT_ONE => {
                    let min = self.c(pc + 1) as usize;
                    if min as isize > end as isize - ptr as isize {
                        return Ok(Step::Ret(false));
                    }
                    self.ptr = ptr;
                    if min == 0 {
                        ctx.count = 0;
                    } else {
                        let n = self.count(pc + 3, min as u32)?;
                        if n < min {
                            return Ok(Step::Ret(false));
                        }
                        ctx.count = n as isize;
                        ptr += n;
                    }
                    let tail = pc + self.c(pc) as usize;
                    if self.c(tail) == OP_SUCCESS
                        && !(ctx.toplevel
                            && ((self.match_all && ptr != end)
                                || (self.must_advance && ptr == self.start)))
                    {
                        self.ptr = ptr;
                        return Ok(Step::Ret(true));
                    }
                    self.lastmark_save(ctx);
                    if self.repeat.is_some() {
                        self.mark_push(ctx.lastmark);
                    }
                    return self.min_repeat_one_next(ctx, pc, ptr);
                }
                OP_POSSESSIVE_REPEAT_ONE => {
                    let min = self.c(pc + 1) as usize;
                    if min as isize > end as isize - ptr as isize {
                        return Ok(Step::Ret(false));
                    }
                    self.ptr = ptr;
                    let n = self.count(pc + 3, self.c(pc + 2))?;
                    ptr += n;
                    if n < min {
                        return Ok(Step::Ret(false));
                    }
                    pc += self.c(pc) as usize;
                    if self.c(pc) == OP_SUCCESS
                        && ptr == end
                        && !(ctx.toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Step::Ret(true));
                    }
                }
                OP_REPEAT => {
                    self.repeats.push(Repeat {
                        count: -1,
                        pc,
                        prev: self.repeat,
                        last_ptr: -1,
                    });
                    ctx.rep = self.repeats.len() - 1;
                    self.repeat = Some(ctx.rep);
                    self.ptr = ptr;
                    let at = pc + self.c(pc) as usize;
                    return Ok(Self::call(ctx, pc, ptr, Jump::Repeat, at, top));
                }
                OP_MAX_UNTIL => {
                    let r = self.repeat.ok_or(IllegalCode)?;
                    ctx.rep = r;
                    self.ptr = ptr;
                    let rep = self.rep(r)?;
                    let count = rep.count + 1;
                    let rpc = rep.pc;
                    ctx.count = count;
                    let (min, max) = (self.c(rpc + 1), self.c(rpc + 2));
                    if count < min as isize {
                        self.rep(r)?.count = count;
                        return Ok(Self::call(ctx, pc, ptr, Jump::MaxUntil1, rpc + 3, top));
                    }
                    let last_ptr = self.rep(r)?.last_ptr;
                    if (count < max as isize || max == MAXREPEAT) && self.ptr as isize != last_ptr {
                        self.rep(r)?.count = count;
                        self.lastmark_save(ctx);
                        self.mark_push(ctx.lastmark);
                        self.data.push(last_ptr);
                        let p = self.ptr as isize;
                        self.rep(r)?.last_ptr = p;
                        return Ok(Self::call(ctx, pc, ptr, Jump::MaxUntil2, rpc + 3, top));
                    }
                    return self.max_until_tail(ctx, pc, ptr);
                }
                OP_MIN_UNTIL => {
                    let r = self.repeat.ok_or(IllegalCode)?;
                    ctx.rep = r;
                    self.ptr = ptr;
                    let rep = self.rep(r)?;
                    let count = rep.count + 1;
                    let rpc = rep.pc;
                    let prev = rep.prev;
                    ctx.count = count;
                    if count < self.c(rpc + 1) as isize {
                        self.rep(r)?.count = count;
                        return Ok(Self::call(ctx, pc, ptr, Jump::MinUntil1, rpc + 3, top));
                    }
                    self.repeat = prev;
                    self.lastmark_save(ctx);
                    if self.repeat.is_some() {
                        self.mark_push(ctx.lastmark);
                    }
                    return Ok(Self::call(ctx, pc, ptr, Jump::MinUntil2, pc, top));
                }
                OP_POSSESSIVE_REPEAT => {
                    self.ptr = ptr;
                    ctx.count = 0;
                    return self.poss_repeat_first(ctx, pc, ptr);
                }
                OP_ATOMIC_GROUP => {
                    self.ptr = ptr;
                    return Ok(Self::call(ctx, pc, ptr, Jump::AtomicGroup, pc + 1, false));
                }
                OP_GROUPREF
                | OP_GROUPREF_IGNORE
                | OP_GROUPREF_UNI_IGNORE
                | OP_GROUPREF_LOC_IGNORE => {
                    let Some((mut p, e)) = self.group_span(self.c(pc)) else {
                        return Ok(Step::Ret(false));
                    };
                    let fold: fn(u32) -> u32 = match op {
                        OP_GROUPREF => |c| c,
                        OP_GROUPREF_IGNORE => lower_ascii,
                        OP_GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_locale,
                    };
                    while p < e {
                        if ptr >= end || fold(self.ch(ptr)) != fold(self.ch(p)) {
                            return Ok(Step::Ret(false));
                        }
                        p += 1;
                        ptr += 1;
                    }
                    pc += 1;
                }
                OP_GROUPREF_EXISTS => {
                    if self.group_span(self.c(pc)).is_some() {
                        pc += 2;
                    } else {
                        pc += self.c(pc + 1) as usize;
                    }
                }
                OP_ASSERT => {
                    let back = self.c(pc + 1) as usize;
                    if ptr < back {
                        return Ok(Step::Ret(false));
                    }
                    self.ptr = ptr - back;
                    return Ok(Self::call(ctx, pc, ptr, Jump::Assert, pc + 2, false));
                }
                OP_ASSERT_NOT => {
                    let back = self.c(pc + 1) as usize;
                    if ptr >= back {
                        self.ptr = ptr - back;
                        self.lastmark_save(ctx);
                        if self.repeat.is_some() {
                            self.mark_push(ctx.lastmark);
                        }
                        return Ok(Self::call(ctx, pc, ptr, Jump::AssertNot, pc + 2, false));
                    }
                    pc += self.c(pc) as usize;
                }
                OP_FAILURE => return Ok(Step::Ret(false)),
                _ => return Err(IllegalCode),
            }
        }
    }

    /// The span of group `g` (0-based) if it is set and well-formed.
    fn group_span(&self, g: u32) -> Option<(usize, usize)> {
        let gr = g as isize * 2;
        if gr >= self.lastmark {
            return None;
        }
        let p = self.marks.get(gr as usize).copied().unwrap_or(-1);
        let e = self.marks.get(gr as usize + 1).copied().unwrap_or(-1);
        if p < 0 || e < 0 || e < p {
            return None;
        }
        Some((p as usize, e as usize))
    }

    /// Tries the alternatives of a BRANCH from the one at `pc`.
    fn branch_next(&mut self, ctx: &mut Ctx, mut pc: usize, ptr: usize) -> Step {
        let top = ctx.toplevel;
        let end = self.end;
        while self.c(pc) != 0 {
            let first = self.c(pc + 1);
            if first == OP_LITERAL && (ptr >= end || self.ch(ptr) != self.c(pc + 2)) {
                pc += self.c(pc) as usize;
                continue;
            }
            if first == OP_IN && (ptr >= end || !self.charset(pc + 3, self.ch(ptr))) {
                pc += self.c(pc) as usize;
                continue;
            }
            self.ptr = ptr;
            return Self::call(ctx, pc, ptr, Jump::Branch, pc + 1, top);
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        Step::Ret(false)
    }

    fn repeat_one_literal(&mut self, ctx: &mut Ctx, pc: usize, mut ptr: usize) -> Step {
        let top = ctx.toplevel;
        let min = self.c(pc + 1) as isize;
        let end = self.end;
        loop {
            while ctx.count >= min && (ptr >= end || self.ch(ptr) != ctx.chr) {
                ptr = ptr.wrapping_sub(1);
                ctx.count -= 1;
            }
            if ctx.count < min {
                break;
            }
            self.ptr = ptr;
            let tail = pc + self.c(pc) as usize;
            return Self::call(ctx, pc, ptr, Jump::RepeatOne1, tail, top);
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        Step::Ret(false)
    }

    fn repeat_one_general(&mut self, ctx: &mut Ctx, pc: usize, ptr: usize) -> Step {
        let top = ctx.toplevel;
        let min = self.c(pc + 1) as isize;
        if ctx.count >= min {
            self.ptr = ptr;
            let tail = pc + self.c(pc) as usize;
            return Self::call(ctx, pc, ptr, Jump::RepeatOne2, tail, top);
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        Step::Ret(false)
    }

    fn min_repeat_one_next(
        &mut self,
        ctx: &mut Ctx,
        pc: usize,
        ptr: usize,
    ) -> Result<Step, IllegalCode> {
        let top = ctx.toplevel;
        let max = self.c(pc + 2);
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.ptr = ptr;
            let tail = pc + self.c(pc) as usize;
            return Ok(Self::call(ctx, pc, ptr, Jump::MinRepeatOne, tail, top));
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        Ok(Step::Ret(false))
    }

    fn max_until_tail(
        &mut self,
        ctx: &mut Ctx,
        pc: usize,
        ptr: usize,
    ) -> Result<Step, IllegalCode> {
        let top = ctx.toplevel;
        self.repeat = self.rep(ctx.rep)?.prev;
        Ok(Self::call(ctx, pc, ptr, Jump::MaxUntil3, pc, top))
    }

    fn poss_repeat_first(
        &mut self,
        ctx: &mut Ctx,
        pc: usize,
        ptr: usize,
    ) -> Result<Step, IllegalCode> {
        if ctx.count < self.c(pc + 1) as isize {
            return Ok(Self::call(ctx, pc, ptr, Jump::PossRepeat1, pc + 3, false));
        }
        // The minimum is reached: now repeat as long as the item matches something new.
        self.poss_repeat_more(ctx, pc, usize::MAX)
    }

    fn poss_repeat_more(
        &mut self,
        ctx: &mut Ctx,
        pc: usize,
        ptr: usize,
    ) -> Result<Step, IllegalCode> {
        let max = self.c(pc + 2);
        if (ctx.count < max as isize || max == MAXREPEAT) && self.ptr != ptr {
            self.lastmark_save(ctx);
            self.mark_push(ctx.lastmark);
            let p = self.ptr;
            return Ok(Self::call(ctx, pc, p, Jump::PossRepeat2, pc + 3, false));
        }
        self.poss_repeat_tail(ctx, pc)
    }

    fn poss_repeat_tail(&mut self, ctx: &mut Ctx, pc: usize) -> Result<Step, IllegalCode> {
        let pc = pc + self.c(pc) as usize + 1;
        let ptr = self.ptr;
        self.dispatch(ctx, pc, ptr)
    }

    /// Continues the context `ctx` after its sub-match that was started with `jump` returned
    /// `ret`.
    fn resume(&mut self, ctx: &mut Ctx, jump: Jump, ret: bool) -> Result<Step, IllegalCode> {
        let top = ctx.toplevel;
        let pc = ctx.pc;
        let ptr = ctx.ptr;
        let has_repeat = self.repeat.is_some();
        match jump {
            Jump::None => Ok(Step::Ret(ret)),
            Jump::Branch => {
                if ret {
                    if has_repeat {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Step::Ret(true));
                }
                if has_repeat {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore(ctx);
                let next = pc + self.c(pc) as usize;
                Ok(self.branch_next(ctx, next, ptr))
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 | Jump::MinRepeatOne => {
                if ret {
                    if has_repeat {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Step::Ret(true));
                }
                if has_repeat {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore(ctx);
                match jump {
                    Jump::RepeatOne1 => {
                        ctx.count -= 1;
                        Ok(self.repeat_one_literal(ctx, pc, ptr.wrapping_sub(1)))
                    }
                    Jump::RepeatOne2 => {
                        ctx.count -= 1;
                        Ok(self.repeat_one_general(ctx, pc, ptr.wrapping_sub(1)))
                    }
                    _ => {
                        self.ptr = ptr;
                        let n = self.count(pc + 3, 1)?;
                        if n == 0 {
                            if self.repeat.is_some() {
                                self.mark_discard(ctx.lastmark);
                            }
                            return Ok(Step::Ret(false));
                        }
                        ctx.count += 1;
                        self.min_repeat_one_next(ctx, pc, ptr + 1)
                    }
                }
            }
            Jump::Repeat => {
                self.repeat = self.rep(ctx.rep)?.prev;
                self.repeats.truncate(ctx.rep);
                Ok(Step::Ret(ret))
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return Ok(Step::Ret(true));
                }
                self.rep(ctx.rep)?.count = ctx.count - 1;
                self.ptr = ptr;
                Ok(Step::Ret(false))
            }
            Jump::MaxUntil2 => {
                let lp = self.data.pop().unwrap_or(-1);
                self.rep(ctx.rep)?.last_ptr = lp;
                if ret {
                    self.mark_discard(ctx.lastmark);
                    return Ok(Step::Ret(true));
                }
                self.mark_pop(ctx.lastmark, true);
                self.lastmark_restore(ctx);
                self.rep(ctx.rep)?.count = ctx.count - 1;
                self.ptr = ptr;
                self.max_until_tail(ctx, pc, ptr)
            }
            Jump::MaxUntil3 => {
                self.repeat = Some(ctx.rep);
                if ret {
                    return Ok(Step::Ret(true));
                }
                self.ptr = ptr;
                Ok(Step::Ret(false))
            }
            Jump::MinUntil2 => {
                let tail_repeat = self.repeat.is_some();
                self.repeat = Some(ctx.rep);
                if ret {
                    if tail_repeat {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Step::Ret(true));
                }
                if tail_repeat {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore(ctx);
                self.ptr = ptr;
                let rep = self.rep(ctx.rep)?;
                let (rpc, last_ptr) = (rep.pc, rep.last_ptr);
                let max = self.c(rpc + 2);
                if (ctx.count >= max as isize && max != MAXREPEAT) || ptr as isize == last_ptr {
                    return Ok(Step::Ret(false));
                }
                self.rep(ctx.rep)?.count = ctx.count;
                self.data.push(last_ptr);
                self.rep(ctx.rep)?.last_ptr = ptr as isize;
                Ok(Self::call(ctx, pc, ptr, Jump::MinUntil3, rpc + 3, top))
            }
            Jump::MinUntil3 => {
                let lp = self.data.pop().unwrap_or(-1);
                self.rep(ctx.rep)?.last_ptr = lp;
                if ret {
                    return Ok(Step::Ret(true));
                }
                self.rep(ctx.rep)?.count = ctx.count - 1;
                self.ptr = ptr;
                Ok(Step::Ret(false))
            }
            Jump::PossRepeat1 => {
                if ret {
                    ctx.count += 1;
                    return self.poss_repeat_first(ctx, pc, ptr);
                }
                self.ptr = ptr;
                Ok(Step::Ret(false))
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_discard(ctx.lastmark);
                    ctx.count += 1;
                    return self.poss_repeat_more(ctx, pc, ptr);
                }
                self.mark_pop(ctx.lastmark, true);
                self.lastmark_restore(ctx);
                self.ptr = ptr;
                self.poss_repeat_tail(ctx, pc)
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.ptr = ptr;
                    return Ok(Step::Ret(false));
                }
                let pc = pc + self.c(pc) as usize;
                let p = self.ptr;
                self.dispatch(ctx, pc, p)
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Step::Ret(false));
                }
                let pc = pc + self.c(pc) as usize;
                self.dispatch(ctx, pc, ptr)
            }
            Jump::AssertNot => {
                if ret {
                    if has_repeat {
                        self.mark_discard(ctx.lastmark);
                    }
                    return Ok(Step::Ret(false));
                }
                if has_repeat {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore(ctx);
                let pc = pc + self.c(pc) as usize;
                self.dispatch(ctx, pc, ptr)
            }
        }
    }

    /// Finds the first match at or after `self.start` (CPython `SRE(search)`).
    fn search(&mut self) -> Result<bool, IllegalCode> {
        let mut ptr = self.start;
        let end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pc = 0;
        let mut flags = 0;
        let mut prefix: Option<(usize, usize, usize)> = None;
        let mut charset: Option<usize> = None;
        if self.c(0) == OP_INFO {
            flags = self.c(2);
            let min = self.c(3) as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if flags & INFO_PREFIX != 0 {
                prefix = Some((self.c(5) as usize, self.c(6) as usize, 7));
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pc = 1 + self.c(1) as usize;
        }
        if let Some((len, skip, at)) = prefix.filter(|p| p.0 >= 1) {
            // The pattern starts with a known literal prefix: look for it first.
            if len > end - ptr {
                return Ok(false);
            }
            self.must_advance = false;
            let first = self.c(at);
            while ptr + len <= end {
                // Skip to the next occurrence of the first character.
                match self.text[ptr..end].iter().position(|c| c.code() == first) {
                    Some(k) => ptr += k,
                    None => return Ok(false),
                }
                if ptr + len > end {
                    return Ok(false);
                }
                if (1..len).all(|i| self.ch(ptr + i) == self.c(at + i)) {
                    self.start = ptr;
                    self.ptr = ptr + skip;
                    if flags & INFO_LITERAL != 0 {
                        self.ptr = ptr + len;
                        return Ok(true);
                    }
                    if self.sre_match(pc + 2 * skip, false)? {
                        return Ok(true);
                    }
                    self.reset();
                }
                ptr += 1;
            }
            return Ok(false);
        }
        if let Some(set) = charset {
            self.must_advance = false;
            loop {
                while ptr < end && !self.charset(set, self.ch(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.sre_match(pc, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset();
            }
        }
        self.start = ptr;
        self.ptr = ptr;
        let mut ok = self.sre_match(pc, true)?;
        self.must_advance = false;
        if !ok
            && self.c(pc) == OP_AT
            && matches!(self.c(pc + 1), AT_BEGINNING | AT_BEGINNING_STRING)
        {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !ok && ptr < end {
            ptr += 1;
            self.reset();
            self.start = ptr;
            self.ptr = ptr;
            ok = self.sre_match(pc, false)?;
        }
        Ok(ok)
    }
}
