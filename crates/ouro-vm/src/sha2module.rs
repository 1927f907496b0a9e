//! The `_sha2` module: SHA-224, SHA-256, SHA-384 and SHA-512 hash objects (`update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`), which `random` uses to
//! seed from strings and `hashlib` falls back on. The round constants and initial values are
//! derived at first use from the cube and square roots of the primes, as FIPS 180-4 defines
//! them. CPython: Modules/sha2module.c.

use std::cell::RefCell;

use num_bigint::BigUint;

use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The four variants: name, digest size, and whether it is a 64-bit-word (SHA-512 family) hash.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    S224,
    S256,
    S384,
    S512,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::S224 => "sha224",
            Kind::S256 => "sha256",
            Kind::S384 => "sha384",
            Kind::S512 => "sha512",
        }
    }
    fn digest_size(self) -> usize {
        match self {
            Kind::S224 => 28,
            Kind::S256 => 32,
            Kind::S384 => 48,
            Kind::S512 => 64,
        }
    }
    fn wide(self) -> bool {
        matches!(self, Kind::S384 | Kind::S512)
    }
    fn block_size(self) -> usize {
        if self.wide() {
            128
        } else {
            64
        }
    }
}

fn primes(n: usize) -> Vec<u32> {
    let mut v = Vec::new();
    let mut k = 2u32;
    while v.len() < n {
        if (2..k).take_while(|d| d * d <= k).all(|d| k % d != 0) {
            v.push(k);
        }
        k += 1;
    }
    v
}

/// The first 64 bits of the fractional part of the `root`-th root of `p`.
fn frac_bits(p: u32, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = if root == 2 {
        scaled.sqrt()
    } else {
        scaled.cbrt()
    };
    let digits = r.to_u64_digits();
    digits.first().copied().unwrap_or(0)
}

/// The constants of both families: (K32, K64, IV256, IV512, IV384, IV224).
struct Consts {
    k32: Vec<u32>,
    k64: Vec<u64>,
    iv256: [u32; 8],
    iv224: [u32; 8],
    iv512: [u64; 8],
    iv384: [u64; 8],
}

thread_local! {
    static CONSTS: RefCell<Option<std::rc::Rc<Consts>>> = const { RefCell::new(None) };
    static TYPES: RefCell<Option<[StaticType; 4]>> = const { RefCell::new(None) };
}

fn consts() -> std::rc::Rc<Consts> {
    if let Some(c) = CONSTS.with(|c| c.borrow().clone()) {
        return c;
    }
    let ps = primes(80);
    let k64: Vec<u64> = ps.iter().map(|&p| frac_bits(p, 3)).collect();
    let k32: Vec<u32> = k64[..64].iter().map(|&k| (k >> 32) as u32).collect();
    let mut iv512 = [0u64; 8];
    let mut iv384 = [0u64; 8];
    for i in 0..8 {
        iv512[i] = frac_bits(ps[i], 2);
        iv384[i] = frac_bits(ps[i + 8], 2);
    }
    let mut iv256 = [0u32; 8];
    let mut iv224 = [0u32; 8];
    for i in 0..8 {
        iv256[i] = (iv512[i] >> 32) as u32;
        iv224[i] = iv384[i] as u32;
    }
    let c = std::rc::Rc::new(Consts {
        k32,
        k64,
        iv256,
        iv224,
        iv512,
        iv384,
    });
    CONSTS.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

/// A running hash: the chaining state, the unprocessed tail and the total length.
#[derive(Clone)]
struct State {
    kind: Kind,
    h32: [u32; 8],
    h64: [u64; 8],
    buf: Vec<u8>,
    len: u128,
}

impl State {
    fn new(kind: Kind) -> State {
        let c = consts();
        State {
            kind,
            h32: if kind == Kind::S224 { c.iv224 } else { c.iv256 },
            h64: if kind == Kind::S384 { c.iv384 } else { c.iv512 },
            buf: Vec::new(),
            len: 0,
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.len += data.len() as u128;
        self.buf.extend_from_slice(data);
        let bs = self.kind.block_size();
        let full = self.buf.len() / bs * bs;
        if full == 0 {
            return;
        }
        let blocks: Vec<u8> = self.buf.drain(..full).collect();
        let c = consts();
        for block in blocks.chunks_exact(bs) {
            if self.kind.wide() {
                compress64(&mut self.h64, block, &c.k64);
            } else {
                compress32(&mut self.h32, block, &c.k32);
            }
        }
    }

    fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let bs = s.kind.block_size();
        let lenbytes = if s.kind.wide() { 16 } else { 8 };
        let mut pad = vec![0x80u8];
        let used = (s.buf.len() + 1) % bs;
        let zeros = (bs + bs - lenbytes - used) % bs;
        pad.extend(std::iter::repeat(0u8).take(zeros));
        if s.kind.wide() {
            pad.extend_from_slice(&bits.to_be_bytes());
        } else {
            pad.extend_from_slice(&(bits as u64).to_be_bytes());
        }
        let total = s.len;
        s.update(&pad);
        s.len = total;
        let mut out = Vec::new();
        if s.kind.wide() {
            for w in s.h64 {
                out.extend_from_slice(&w.to_be_bytes());
            }
        } else {
            for w in s.h32 {
                out.extend_from_slice(&w.to_be_bytes());
            }
        }
        out.truncate(s.kind.digest_size());
        out
    }
}

/// One SHA-256 block. FIPS 180-4 section 6.2.2.
fn compress32(h: &mut [u32; 8], block: &[u8], k: &[u32]) {
    let mut w = [0u32; 64];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for i in 0..8 {
        h[i] = h[i].wrapping_add(v[i]);
    }
}

/// One SHA-512 block. FIPS 180-4 section 6.4.2.
fn compress64(h: &mut [u64; 8], block: &[u8], k: &[u64]) {
    let mut w = [0u64; 80];
    for (i, c) in block.chunks_exact(8).enumerate() {
        w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for i in 0..8 {
        h[i] = h[i].wrapping_add(v[i]);
    }
}

/// The payload of the hash objects.
struct ShaData {
    state: RefCell<State>,
}

impl crate::object::Payload for ShaData {}

const KINDS: [Kind; 4] = [Kind::S224, Kind::S256, Kind::S384, Kind::S512];

fn types(vm: &Vm) -> [StaticType; 4] {
    if let Some(t) = TYPES.with(|t| *t.borrow()) {
        return t;
    }
    let names = ["SHA224Type", "SHA256Type", "SHA384Type", "SHA512Type"];
    let ts = names.map(|n| {
        let t = crate::itertoolsmodule::new_module_type::<ShaData>(
            vm,
            "_sha2",
            n,
            vm.types.object,
            0,
            0,
            None,
        );
        let methods: &[(&'static str, NativeFn)] = &[
            ("update", sha_update),
            ("digest", sha_digest),
            ("hexdigest", sha_hexdigest),
            ("copy", sha_copy),
        ];
        for (m, f) in methods {
            add_method(vm, t, m, *f);
        }
        crate::objects::descr::add_getset(vm, t, "name", sha_name, None);
        crate::objects::descr::add_getset(vm, t, "digest_size", sha_digest_size, None);
        crate::objects::descr::add_getset(vm, t, "block_size", sha_block_size, None);
        t
    });
    TYPES.with(|s| *s.borrow_mut() = Some(ts));
    ts
}

fn data_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.downcast::<StrData>().is_some() {
        return Err(vm.new_type_error("Strings must be encoded before hashing"));
    }
    crate::buffer::bytes_of(vm, v)
        .map_err(|_| vm.new_type_error("object supporting the buffer API required"))
}

fn new_hash(vm: &Vm, kind: Kind, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut data = args[..npos].first().cloned();
    if npos > 1 {
        return Err(vm.new_type_error(format!(
            "{}() takes at most 1 positional argument ({npos} given)",
            kind.name()
        )));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .as_deref()
        {
            Some("string") if data.is_none() => data = Some(v.clone()),
            Some("usedforsecurity") => {}
            _ => {
                return Err(vm.new_type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    kind.name(),
                    vm.str(k)?
                )))
            }
        }
    }
    let mut st = State::new(kind);
    if let Some(d) = data {
        st.update(&data_of(vm, &d)?);
    }
    let idx = KINDS.iter().position(|k| *k == kind).unwrap_or(0);
    let t = types(vm)[idx];
    Ok(alloc_object(
        t,
        ShaData {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn this<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a crate::object::Obj<ShaData>> {
    slf::<ShaData>(vm, args, "_sha2.SHA256Type", m)
}

fn sha_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "update() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let d = data_of(vm, &args[1])?;
    s.state.borrow_mut().update(&d);
    Ok(vm.none.clone())
}

fn sha_digest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "digest")?;
    let d = s.state.borrow().digest();
    Ok(crate::ops::new_bytes(vm, d))
}

fn sha_hexdigest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "hexdigest")?;
    let d = s.state.borrow().digest();
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_string(hex))
}

fn sha_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    let st = s.state.borrow().clone();
    let idx = KINDS.iter().position(|k| *k == st.kind).unwrap_or(0);
    Ok(alloc_object(
        types(vm)[idx],
        ShaData {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn kind_of(vm: &Vm, v: &Value) -> PyResult<Kind> {
    match v.downcast::<ShaData>() {
        Some(s) => Ok(s.state.borrow().kind),
        None => Err(vm.new_type_error("descriptor needs a SHA-2 object")),
    }
}

fn sha_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(kind_of(vm, v)?.name()))
}

fn sha_digest_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(kind_of(vm, v)?.digest_size() as i64))
}

fn sha_block_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(kind_of(vm, v)?.block_size() as i64))
}

fn sha224(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Kind::S224, args, kw)
}

fn sha256(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Kind::S256, args, kw)
}

fn sha384(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Kind::S384, args, kw)
}

fn sha512(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Kind::S512, args, kw)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sha224", sha224),
    ("sha256", sha256),
    ("sha384", sha384),
    ("sha512", sha512),
];

/// Makes the `_sha2` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_sha2");
    let ts = types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for (t, n) in ts
            .iter()
            .zip(["SHA224Type", "SHA256Type", "SHA384Type", "SHA512Type"])
        {
            d.set_str(vm, &vm.intern(n), t.to_value());
        }
    }
    m
}
