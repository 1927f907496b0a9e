//! The `_md5` and `_sha1` modules (`hashlib.md5`, `hashlib.sha1` without OpenSSL): their hash
//! objects (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`) over
//! one Merkle–Damgård engine, 64-byte blocks and a 64-bit length, little-endian for MD5
//! (RFC 1321), big-endian for SHA-1 (FIPS 180-4). CPython: Modules/md5module.c,
//! Modules/sha1module.c.

use std::cell::RefCell;

use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The two algorithms.
#[derive(Clone, Copy, PartialEq)]
enum Algo {
    Md5,
    Sha1,
}

impl Algo {
    fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
        }
    }

    fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
        }
    }
}

/// A running hash: the chaining words, the unprocessed tail and the total length in bytes.
#[derive(Clone)]
struct State {
    algo: Algo,
    h: [u32; 5],
    buf: Vec<u8>,
    len: u64,
}

impl State {
    fn new(algo: Algo) -> State {
        let h = match algo {
            Algo::Md5 => [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0],
            Algo::Sha1 => [
                0x6745_2301,
                0xefcd_ab89,
                0x98ba_dcfe,
                0x1032_5476,
                0xc3d2_e1f0,
            ],
        };
        State {
            algo,
            h,
            buf: Vec::new(),
            len: 0,
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        self.buf.extend_from_slice(data);
        let full = self.buf.len() / 64 * 64;
        for i in (0..full).step_by(64) {
            let mut block = [0u8; 64];
            block.copy_from_slice(&self.buf[i..i + 64]);
            match self.algo {
                Algo::Md5 => md5_block(&mut self.h, &block),
                Algo::Sha1 => sha1_block(&mut self.h, &block),
            }
        }
        self.buf.drain(..full);
    }

    fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        pad.resize(1 + (119 - s.buf.len() % 64) % 64, 0);
        pad.extend_from_slice(&match s.algo {
            Algo::Md5 => bits.to_le_bytes(),
            Algo::Sha1 => bits.to_be_bytes(),
        });
        s.update(&pad);
        let words = &s.h[..s.algo.digest_size() / 4];
        words
            .iter()
            .flat_map(|w| match s.algo {
                Algo::Md5 => w.to_le_bytes(),
                Algo::Sha1 => w.to_be_bytes(),
            })
            .collect()
    }
}

/// The per-round left rotations of MD5, four per round.
const MD5_SHIFTS: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

/// The MD5 constants: floor(abs(sin(i + 1)) * 2**32), computed once.
fn md5_table() -> &'static [u32; 64] {
    static TABLE: std::sync::OnceLock<[u32; 64]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32)
    })
}

/// One MD5 block (RFC 1321 section 3.4).
fn md5_block(h: &mut [u32; 5], block: &[u8; 64]) {
    let t = md5_table();
    let m: Vec<u32> = block
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let k = t[i];
        let sum = a.wrapping_add(f).wrapping_add(k).wrapping_add(m[g]);
        (a, d, c) = (d, c, b);
        b = b.wrapping_add(sum.rotate_left(MD5_SHIFTS[i / 16][i % 4]));
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(b);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

/// One SHA-1 block (FIPS 180-4 section 6.1.2).
fn sha1_block(h: &mut [u32; 5], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *h;
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a82_7999),
            1 => (b ^ c ^ d, 0x6ed9_eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
            _ => (b ^ c ^ d, 0xca62_c1d6),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*wi);
        (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(v);
    }
}

/// The payload of the hash objects.
struct HashData {
    state: RefCell<State>,
}

impl crate::object::Payload for HashData {}

thread_local! {
    /// `_md5.md5` and `_sha1.sha1`, made with their modules.
    static TYPES: RefCell<[Option<StaticType>; 2]> = const { RefCell::new([None, None]) };
}

fn type_of(vm: &Vm, algo: Algo) -> StaticType {
    let i = algo as usize;
    if let Some(t) = TYPES.with(|t| t.borrow()[i]) {
        return t;
    }
    let module = match algo {
        Algo::Md5 => "_md5",
        Algo::Sha1 => "_sha1",
    };
    let t = crate::itertoolsmodule::new_module_type::<HashData>(
        vm,
        module,
        algo.name(),
        vm.types.object,
        0,
        0,
        None,
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", hash_update),
        ("digest", hash_digest),
        ("hexdigest", hash_hexdigest),
        ("copy", hash_copy),
    ];
    for (m, f) in methods {
        add_method(vm, t, m, *f);
    }
    crate::objects::descr::add_getset(vm, t, "name", hash_name, None);
    crate::objects::descr::add_getset(vm, t, "digest_size", hash_digest_size, None);
    crate::objects::descr::add_getset(vm, t, "block_size", hash_block_size, None);
    TYPES.with(|s| s.borrow_mut()[i] = Some(t));
    t
}

fn data_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.downcast::<StrData>().is_some() {
        return Err(vm.new_type_error("Strings must be encoded before hashing"));
    }
    crate::buffer::bytes_of(vm, v)
        .map_err(|_| vm.new_type_error("object supporting the buffer API required"))
}

/// `md5(string=b'', *, usedforsecurity=True)` and `sha1(...)`.
fn new_hash(vm: &Vm, algo: Algo, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::itertoolsmodule::unpack_kw(
        vm,
        algo.name(),
        args,
        kw,
        &["string", "usedforsecurity"],
        0,
        1,
    )?;
    let mut st = State::new(algo);
    if let Some(d) = &a[0] {
        st.update(&data_of(vm, d)?);
    }
    Ok(alloc_object(
        type_of(vm, algo),
        HashData {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn this<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a crate::object::Obj<HashData>> {
    slf::<HashData>(vm, args, "_md5.md5", m)
}

fn hash_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}.update() takes exactly one argument ({} given)",
            s.state.borrow().algo.name(),
            args.len() - 1
        )));
    }
    let d = data_of(vm, &args[1])?;
    s.state.borrow_mut().update(&d);
    Ok(vm.none.clone())
}

fn hash_digest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "digest")?;
    let d = s.state.borrow().digest();
    Ok(crate::ops::new_bytes(vm, d))
}

fn hash_hexdigest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "hexdigest")?;
    let d = s.state.borrow().digest();
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_string(hex))
}

fn hash_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    let st = s.state.borrow().clone();
    let t = type_of(vm, st.algo);
    Ok(alloc_object(
        t,
        HashData {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn algo_of(vm: &Vm, v: &Value) -> PyResult<Algo> {
    match v.downcast::<HashData>() {
        Some(s) => Ok(s.state.borrow().algo),
        None => Err(vm.new_type_error("descriptor needs a hash object")),
    }
}

fn hash_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(algo_of(vm, v)?.name()))
}

fn hash_digest_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(algo_of(vm, v)?.digest_size() as i64))
}

fn hash_block_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    algo_of(vm, v)?;
    Ok(vm.new_int(64))
}

fn md5(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Algo::Md5, args, kw)
}

fn sha1(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_hash(vm, Algo::Sha1, args, kw)
}

fn make_module(vm: &Vm, algo: Algo, f: NativeFn) -> Value {
    let name = match algo {
        Algo::Md5 => "_md5",
        Algo::Sha1 => "_sha1",
    };
    let m = crate::import::new_module(vm, name);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        let fname: &'static str = algo.name();
        crate::objects::builtin::add_module_functions(vm, d, Some(&m), &[(fname, f)]);
        let tname = match algo {
            Algo::Md5 => "MD5Type",
            Algo::Sha1 => "SHA1Type",
        };
        d.set_str(vm, &vm.intern(tname), type_of(vm, algo).to_value());
    }
    m
}

/// Makes the `_md5` module.
pub fn make_md5(vm: &Vm) -> Value {
    make_module(vm, Algo::Md5, md5)
}

/// Makes the `_sha1` module.
pub fn make_sha1(vm: &Vm) -> Value {
    make_module(vm, Algo::Sha1, sha1)
}
