//! The `_blake2` module: BLAKE2b and BLAKE2s (RFC 7693) as types whose instances hash
//! (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`), with the
//! parameter block's options (digest size, key, salt, personalization and the tree
//! parameters) checked with CPython's messages, and the size constants. CPython:
//! Modules/_blake2/blake2b_impl.c, blake2s_impl.c.

use std::cell::RefCell;

use crate::itertoolsmodule::{new_args, new_module_type, unpack_kw};
use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::typeobject::flags;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The message schedule permutations of both variants.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const IV64: [u64; 8] = [
    0x6a09_e667_f3bc_c908,
    0xbb67_ae85_84ca_a73b,
    0x3c6e_f372_fe94_f82b,
    0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1,
    0x9b05_688c_2b3e_6c1f,
    0x1f83_d9ab_fb41_bd6b,
    0x5be0_cd19_137e_2179,
];

/// The two variants' sizes: block, maximum digest and key, salt and personalization.
#[derive(Clone, Copy, PartialEq)]
enum Variant {
    B,
    S,
}

impl Variant {
    fn name(self) -> &'static str {
        match self {
            Variant::B => "blake2b",
            Variant::S => "blake2s",
        }
    }
    fn block(self) -> usize {
        match self {
            Variant::B => 128,
            Variant::S => 64,
        }
    }
    fn out(self) -> usize {
        match self {
            Variant::B => 64,
            Variant::S => 32,
        }
    }
    fn salt(self) -> usize {
        match self {
            Variant::B => 16,
            Variant::S => 8,
        }
    }
}

/// A running hash; the words are u64 for BLAKE2b and the low halves for BLAKE2s.
#[derive(Clone)]
struct State {
    variant: Variant,
    h: [u64; 8],
    buf: Vec<u8>,
    /// Bytes compressed so far.
    t: u128,
    digest_size: usize,
    last_node: bool,
}

impl State {
    fn iv(&self) -> [u64; 8] {
        match self.variant {
            Variant::B => IV64,
            Variant::S => IV64.map(|w| w >> 32),
        }
    }

    fn compress(&mut self, block: &[u8], last: bool) {
        let iv = self.iv();
        let mut v = [0u64; 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&iv);
        match self.variant {
            Variant::B => {
                let m: [u64; 16] = std::array::from_fn(|i| {
                    u64::from_le_bytes(block[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]))
                });
                v[12] ^= self.t as u64;
                v[13] ^= (self.t >> 64) as u64;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                for r in 0..12 {
                    let s = &SIGMA[r % 10];
                    let g = |v: &mut [u64; 16],
                             a: usize,
                             b: usize,
                             c: usize,
                             d: usize,
                             x: u64,
                             y: u64| {
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                        v[d] = (v[d] ^ v[a]).rotate_right(32);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right(24);
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                        v[d] = (v[d] ^ v[a]).rotate_right(16);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right(63);
                    };
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }
            Variant::S => {
                let mut w: [u32; 16] = std::array::from_fn(|i| v[i] as u32);
                let m: [u32; 16] = std::array::from_fn(|i| {
                    u32::from_le_bytes(block[i * 4..i * 4 + 4].try_into().unwrap_or([0; 4]))
                });
                w[12] ^= self.t as u32;
                w[13] ^= (self.t >> 32) as u32;
                if last {
                    w[14] = !w[14];
                    if self.last_node {
                        w[15] = !w[15];
                    }
                }
                for s in &SIGMA {
                    let g = |v: &mut [u32; 16],
                             a: usize,
                             b: usize,
                             c: usize,
                             d: usize,
                             x: u32,
                             y: u32| {
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                        v[d] = (v[d] ^ v[a]).rotate_right(16);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right(12);
                        v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                        v[d] = (v[d] ^ v[a]).rotate_right(8);
                        v[c] = v[c].wrapping_add(v[d]);
                        v[b] = (v[b] ^ v[c]).rotate_right(7);
                    };
                    g(&mut w, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut w, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut w, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut w, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut w, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut w, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut w, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut w, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] = u64::from(self.h[i] as u32 ^ w[i] ^ w[i + 8]);
                }
            }
        }
    }

    /// Absorbs `data`, keeping the last block (full or not) for the final compression.
    fn update(&mut self, data: &[u8]) {
        let bs = self.variant.block();
        self.buf.extend_from_slice(data);
        while self.buf.len() > bs {
            let block: Vec<u8> = self.buf.drain(..bs).collect();
            self.t += bs as u128;
            self.compress(&block, false);
        }
    }

    fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        s.t += s.buf.len() as u128;
        let mut block = std::mem::take(&mut s.buf);
        block.resize(s.variant.block(), 0);
        s.compress(&block, true);
        let bytes: Vec<u8> = match s.variant {
            Variant::B => s.h.iter().flat_map(|w| w.to_le_bytes()).collect(),
            Variant::S => s.h.iter().flat_map(|w| (*w as u32).to_le_bytes()).collect(),
        };
        bytes[..s.digest_size].to_vec()
    }
}

/// The parameter block's options.
struct Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

fn new_state(variant: Variant, p: &Params) -> State {
    // The parameter block, little-endian, XORed into the IV (RFC 7693 2.5).
    let mut block = [0u8; 64];
    block[0] = p.digest_size as u8;
    block[1] = p.key.len() as u8;
    block[2] = p.fanout;
    block[3] = p.depth;
    block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
    let (salt_at, words) = match variant {
        Variant::B => {
            block[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
            block[16] = p.node_depth;
            block[17] = p.inner_size;
            (32, 8)
        }
        Variant::S => {
            block[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
            block[14] = p.node_depth;
            block[15] = p.inner_size;
            (16, 8)
        }
    };
    let n = variant.salt();
    block[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
    block[salt_at + n..salt_at + n + p.person.len()].copy_from_slice(&p.person);
    let mut s = State {
        variant,
        h: [0; 8],
        buf: Vec::new(),
        t: 0,
        digest_size: p.digest_size,
        last_node: p.last_node,
    };
    let iv = s.iv();
    for i in 0..words {
        let w = match variant {
            Variant::B => u64::from_le_bytes(block[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8])),
            Variant::S => u64::from(u32::from_le_bytes(
                block[i * 4..i * 4 + 4].try_into().unwrap_or([0; 4]),
            )),
        };
        s.h[i] = iv[i] ^ w;
    }
    if !p.key.is_empty() {
        let mut k = p.key.clone();
        k.resize(variant.block(), 0);
        s.update(&k);
    }
    s
}

/// The payload of the hash objects.
struct Blake2Data {
    state: RefCell<State>,
}

impl crate::object::Payload for Blake2Data {}

thread_local! {
    static TYPES: RefCell<Option<[StaticType; 2]>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> [StaticType; 2] {
    if let Some(t) = TYPES.with(|t| *t.borrow()) {
        return t;
    }
    let ts = [Variant::B, Variant::S].map(|variant| {
        let t = new_module_type::<Blake2Data>(
            vm,
            "_blake2",
            variant.name(),
            vm.types.object,
            flags::BASETYPE,
            0,
            None,
        );
        let new: NativeFn = match variant {
            Variant::B => |vm, a, k| new_hash(vm, Variant::B, a, k),
            Variant::S => |vm, a, k| new_hash(vm, Variant::S, a, k),
        };
        add_staticmethod(vm, t, "__new__", new);
        let methods: &[(&'static str, NativeFn)] = &[
            ("update", b2_update),
            ("digest", b2_digest),
            ("hexdigest", b2_hexdigest),
            ("copy", b2_copy),
        ];
        for (m, f) in methods {
            add_method(vm, t, m, *f);
        }
        crate::objects::descr::add_getset(vm, t, "name", get_name, None);
        crate::objects::descr::add_getset(vm, t, "digest_size", get_digest_size, None);
        crate::objects::descr::add_getset(vm, t, "block_size", get_block_size, None);
        for (n, v) in [
            ("SALT_SIZE", variant.salt()),
            ("PERSON_SIZE", variant.salt()),
            ("MAX_KEY_SIZE", variant.out()),
            ("MAX_DIGEST_SIZE", variant.out()),
        ] {
            t.dict.set_str(vm, &vm.intern(n), vm.new_int(v as i64));
        }
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

/// An int argument as C's `int`.
fn c_int(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = vm.index_to_isize(v)? as i64;
    if i32::try_from(n).is_err() {
        let what = if n < 0 {
            "less than minimum"
        } else {
            "greater than maximum"
        };
        return Err(vm.new_exception_msg(
            vm.types.exc.overflow_error,
            format!("signed integer is {what}"),
        ));
    }
    Ok(n)
}

/// An unsigned argument (C's `unsigned long` or `unsigned long long`): negative values are
/// refused, and values beyond 64 bits.
fn c_unsigned(vm: &Vm, v: &Value) -> PyResult<u64> {
    let i = vm.number_index(v)?;
    match as_int(&i) {
        Some(IntRef::Small(n)) if n >= 0 => Ok(n as u64),
        Some(IntRef::Small(_)) => Err(vm.new_value_error("value must be positive".to_string())),
        Some(IntRef::Big(b)) => match u64::try_from(b.clone()) {
            Ok(n) => Ok(n),
            Err(_) if b.sign() == num_bigint::Sign::Minus => {
                Err(vm.new_value_error("value must be positive".to_string()))
            }
            Err(_) => Err(vm.new_exception_msg(
                vm.types.exc.overflow_error,
                "int too big to convert".to_string(),
            )),
        },
        None => Ok(0),
    }
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1,
/// depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
/// usedforsecurity=True)` and `blake2s(...)`.
fn new_hash(vm: &Vm, variant: Variant, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let name = variant.name();
    let names = [
        "",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let a = unpack_kw(vm, name, rest, kw, &names, 0, 1)?;
    let int_or = |i: usize, d: i64| -> PyResult<i64> {
        match &a[i] {
            Some(v) => c_int(vm, v),
            None => Ok(d),
        }
    };
    let buf_or_empty = |i: usize| -> PyResult<Vec<u8>> {
        match &a[i] {
            Some(v) => crate::buffer::bytes_of(vm, v),
            None => Ok(Vec::new()),
        }
    };
    let digest_size = int_or(1, variant.out() as i64)?;
    let key = buf_or_empty(2)?;
    let salt = buf_or_empty(3)?;
    let person = buf_or_empty(4)?;
    let fanout = int_or(5, 1)?;
    let depth = int_or(6, 1)?;
    let leaf_size = match &a[7] {
        Some(v) => c_unsigned(vm, v)?,
        None => 0,
    };
    let node_offset = match &a[8] {
        Some(v) => c_unsigned(vm, v)?,
        None => 0,
    };
    let node_depth = int_or(9, 0)?;
    let inner_size = int_or(10, 0)?;
    let last_node = match &a[11] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let out = variant.out();
    let value_error = |m: String| Err(vm.new_value_error(m));
    if digest_size <= 0 || digest_size > out as i64 {
        return value_error(format!("digest_size must be between 1 and {out} bytes"));
    }
    if salt.len() > variant.salt() {
        return value_error(format!("maximum salt length is {} bytes", variant.salt()));
    }
    if person.len() > variant.salt() {
        return value_error(format!("maximum person length is {} bytes", variant.salt()));
    }
    if !(0..=255).contains(&fanout) {
        return value_error("fanout must be between 0 and 255".to_string());
    }
    if !(1..=255).contains(&depth) {
        return value_error("depth must be between 1 and 255".to_string());
    }
    if leaf_size > u64::from(u32::MAX) {
        return Err(vm.new_exception_msg(
            vm.types.exc.overflow_error,
            "leaf_size is too large".to_string(),
        ));
    }
    if variant == Variant::S && node_offset > 0xffff_ffff_ffff {
        return Err(vm.new_exception_msg(
            vm.types.exc.overflow_error,
            "node_offset is too large".to_string(),
        ));
    }
    if !(0..=255).contains(&node_depth) {
        return value_error("node_depth must be between 0 and 255".to_string());
    }
    if inner_size < 0 || inner_size > out as i64 {
        return value_error(format!("inner_size must be between 0 and is {out}"));
    }
    if key.len() > out {
        return value_error(format!("maximum key length is {out} bytes"));
    }
    let params = Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let mut st = new_state(variant, &params);
    if let Some(d) = &a[0] {
        st.update(&data_of(vm, d)?);
    }
    Ok(alloc_object(
        cls,
        Blake2Data {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn this<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a crate::object::Obj<Blake2Data>> {
    slf::<Blake2Data>(vm, args, "_blake2.blake2b", m)
}

fn b2_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    if args.len() != 2 || !kw.is_empty() {
        let name = s.state.borrow().variant.name();
        return Err(vm.new_type_error(format!(
            "{name}.update() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let d = data_of(vm, &args[1])?;
    s.state.borrow_mut().update(&d);
    Ok(vm.none.clone())
}

fn b2_digest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "digest")?;
    let d = s.state.borrow().digest();
    Ok(crate::ops::new_bytes(vm, d))
}

fn b2_hexdigest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "hexdigest")?;
    let d = s.state.borrow().digest();
    Ok(vm.new_string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn b2_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    let st = s.state.borrow().clone();
    Ok(alloc_object(
        args[0].class(),
        Blake2Data {
            state: RefCell::new(st),
        },
    )
    .into_value())
}

fn state_of(vm: &Vm, v: &Value) -> PyResult<(Variant, usize)> {
    match v.downcast::<Blake2Data>() {
        Some(s) => {
            let st = s.state.borrow();
            Ok((st.variant, st.digest_size))
        }
        None => Err(vm.new_type_error("descriptor needs a BLAKE2 object")),
    }
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(state_of(vm, v)?.0.name()))
}

fn get_digest_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(state_of(vm, v)?.1 as i64))
}

fn get_block_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(state_of(vm, v)?.0.block() as i64))
}

/// Makes the `_blake2` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_blake2");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        let [b, s] = types(vm);
        d.set_str(vm, &vm.intern("blake2b"), b.to_value());
        d.set_str(vm, &vm.intern("blake2s"), s.to_value());
        for (v, prefix) in [(Variant::B, "BLAKE2B"), (Variant::S, "BLAKE2S")] {
            for (n, x) in [
                ("SALT_SIZE", v.salt()),
                ("PERSON_SIZE", v.salt()),
                ("MAX_KEY_SIZE", v.out()),
                ("MAX_DIGEST_SIZE", v.out()),
            ] {
                d.set_str(
                    vm,
                    &vm.intern(&format!("{prefix}_{n}")),
                    vm.new_int(x as i64),
                );
            }
        }
    }
    m
}
