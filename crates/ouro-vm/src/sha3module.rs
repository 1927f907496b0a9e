//! The `_sha3` module: SHA3-224/256/384/512 and the SHAKE128/256 extendable-output functions
//! (FIPS 202), types whose instances hash (`update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`, `_capacity_bits`, `_rate_bits`, `_suffix`; the SHAKEs'
//! `digest(length)`), over the Keccak-f[1600] sponge. CPython: Modules/sha3module.c.

use std::cell::RefCell;

use crate::itertoolsmodule::{new_args, new_module_type, unpack_kw};
use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::typeobject::flags;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The six functions: name, rate in bytes, digest size (0 for the SHAKEs) and padding suffix.
const ALGOS: [(&str, usize, usize, u8); 6] = [
    ("sha3_224", 144, 28, 0x06),
    ("sha3_256", 136, 32, 0x06),
    ("sha3_384", 104, 48, 0x06),
    ("sha3_512", 72, 64, 0x06),
    ("shake_128", 168, 0, 0x1f),
    ("shake_256", 136, 0, 0x1f),
];

/// The rotation of each lane (index x + 5y) in Keccak's rho step.
const ROT: [u32; 25] = [
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];

/// The 24 round constants of iota, from the LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202 3.2.5).
fn round_constants() -> &'static [u64; 24] {
    static RC: std::sync::OnceLock<[u64; 24]> = std::sync::OnceLock::new();
    RC.get_or_init(|| {
        let mut lfsr: u8 = 1;
        let mut rc = [0u64; 24];
        for c in rc.iter_mut() {
            for j in 0..7 {
                if lfsr & 1 != 0 {
                    *c ^= 1 << ((1 << j) - 1);
                }
                lfsr = if lfsr & 0x80 != 0 {
                    (lfsr << 1) ^ 0x71
                } else {
                    lfsr << 1
                };
            }
        }
        rc
    })
}

/// Keccak-f[1600] on the 25 lanes.
fn keccak_f(a: &mut [u64; 25]) {
    for rc in round_constants() {
        let c: [u64; 5] =
            std::array::from_fn(|x| a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]);
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

/// A sponge: the state, the bytes of the block being absorbed, and the algorithm.
#[derive(Clone)]
struct Sponge {
    algo: usize,
    lanes: [u64; 25],
    pending: Vec<u8>,
}

impl Sponge {
    fn new(algo: usize) -> Sponge {
        Sponge {
            algo,
            lanes: [0; 25],
            pending: Vec::new(),
        }
    }

    fn rate(&self) -> usize {
        ALGOS[self.algo].1
    }

    fn absorb_block(lanes: &mut [u64; 25], block: &[u8]) {
        for (i, c) in block.chunks_exact(8).enumerate() {
            lanes[i] ^= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        keccak_f(lanes);
    }

    fn update(&mut self, data: &[u8]) {
        let rate = self.rate();
        self.pending.extend_from_slice(data);
        let full = self.pending.len() / rate * rate;
        for i in (0..full).step_by(rate) {
            Sponge::absorb_block(&mut self.lanes, &self.pending[i..i + rate]);
        }
        self.pending.drain(..full);
    }

    /// `n` bytes of output (the state itself is left as it was).
    fn squeeze(&self, n: usize) -> Vec<u8> {
        let rate = self.rate();
        let mut lanes = self.lanes;
        let mut last = self.pending.clone();
        last.resize(rate, 0);
        last[self.pending.len()] ^= ALGOS[self.algo].3;
        last[rate - 1] ^= 0x80;
        Sponge::absorb_block(&mut lanes, &last);
        let mut out = Vec::with_capacity(n);
        loop {
            for lane in &lanes[..rate / 8] {
                for b in lane.to_le_bytes() {
                    if out.len() == n {
                        return out;
                    }
                    out.push(b);
                }
            }
            if out.len() == n {
                return out;
            }
            keccak_f(&mut lanes);
        }
    }
}

/// The payload of the hash objects.
struct Sha3Data {
    sponge: RefCell<Sponge>,
}

impl crate::object::Payload for Sha3Data {}

thread_local! {
    static TYPES: RefCell<Option<[StaticType; 6]>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> [StaticType; 6] {
    if let Some(t) = TYPES.with(|t| *t.borrow()) {
        return t;
    }
    let ts = std::array::from_fn(|i| {
        let t = new_module_type::<Sha3Data>(
            vm,
            "_sha3",
            ALGOS[i].0,
            vm.types.object,
            flags::BASETYPE,
            0,
            None,
        );
        add_staticmethod(vm, t, "__new__", NEW[i]);
        let shake = ALGOS[i].2 == 0;
        let methods: &[(&'static str, NativeFn)] = &[
            ("update", sha3_update),
            ("digest", if shake { shake_digest } else { sha3_digest }),
            (
                "hexdigest",
                if shake {
                    shake_hexdigest
                } else {
                    sha3_hexdigest
                },
            ),
            ("copy", sha3_copy),
        ];
        for (m, f) in methods {
            add_method(vm, t, m, *f);
        }
        let getsets: [(&str, crate::objects::descr::Getter); 6] = [
            ("name", get_name),
            ("digest_size", get_digest_size),
            ("block_size", get_block_size),
            ("_capacity_bits", get_capacity_bits),
            ("_rate_bits", get_rate_bits),
            ("_suffix", get_suffix),
        ];
        for (n, g) in getsets {
            crate::objects::descr::add_getset(vm, t, n, g, None);
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

/// `sha3_256(data=b'', /, *, usedforsecurity=True)` and the others: the types' `__new__`.
fn new_hash(vm: &Vm, algo: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    // `data` is positional-only; CPython 3.12's parser, shared by the six types, names them
    // all "sha3_224" in its messages.
    let a = unpack_kw(vm, "sha3_224", rest, kw, &["", "usedforsecurity"], 0, 1)?;
    let mut sponge = Sponge::new(algo);
    if let Some(d) = &a[0] {
        sponge.update(&data_of(vm, d)?);
    }
    Ok(alloc_object(
        cls,
        Sha3Data {
            sponge: RefCell::new(sponge),
        },
    )
    .into_value())
}

const NEW: [NativeFn; 6] = [
    |vm, a, k| new_hash(vm, 0, a, k),
    |vm, a, k| new_hash(vm, 1, a, k),
    |vm, a, k| new_hash(vm, 2, a, k),
    |vm, a, k| new_hash(vm, 3, a, k),
    |vm, a, k| new_hash(vm, 4, a, k),
    |vm, a, k| new_hash(vm, 5, a, k),
];

fn this<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a crate::object::Obj<Sha3Data>> {
    slf::<Sha3Data>(vm, args, "_sha3.sha3_224", m)
}

fn sha3_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    if args.len() != 2 || !kw.is_empty() {
        let name = ALGOS[s.sponge.borrow().algo].0;
        return Err(vm.new_type_error(format!(
            "{name}.update() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let d = data_of(vm, &args[1])?;
    s.sponge.borrow_mut().update(&d);
    Ok(vm.none.clone())
}

fn fixed_digest(vm: &Vm, args: &[Value], m: &str) -> PyResult<Vec<u8>> {
    let s = this(vm, args, m)?;
    let sp = s.sponge.borrow();
    Ok(sp.squeeze(ALGOS[sp.algo].2))
}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha3_digest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::ops::new_bytes(vm, fixed_digest(vm, args, "digest")?))
}

fn sha3_hexdigest(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(hex(&fixed_digest(vm, args, "hexdigest")?)))
}

/// The SHAKEs' `digest(length)` and `hexdigest(length)`.
fn shake_output(vm: &Vm, args: &[Value], kw: &[Value], m: &str) -> PyResult<Vec<u8>> {
    let s = this(vm, args, m)?;
    let sp = s.sponge.borrow().clone();
    let name = ALGOS[sp.algo].0;
    // One positional argument (CPython: METH_O).
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}.{m}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{name}.{m}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let n = vm.index_to_isize(&args[1])?;
    if n < 0 {
        return Err(vm.new_value_error("value must be positive".to_string()));
    }
    if n >= 1 << 29 {
        return Err(vm.new_value_error("length is too large".to_string()));
    }
    Ok(sp.squeeze(n as usize))
}

fn shake_digest(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(crate::ops::new_bytes(
        vm,
        shake_output(vm, args, kw, "digest")?,
    ))
}

fn shake_hexdigest(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(hex(&shake_output(vm, args, kw, "hexdigest")?)))
}

fn sha3_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    let sp = s.sponge.borrow().clone();
    Ok(alloc_object(
        args[0].class(),
        Sha3Data {
            sponge: RefCell::new(sp),
        },
    )
    .into_value())
}

fn algo_of(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v.downcast::<Sha3Data>() {
        Some(s) => Ok(s.sponge.borrow().algo),
        None => Err(vm.new_type_error("descriptor needs a SHA-3 object")),
    }
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(ALGOS[algo_of(vm, v)?].0))
}

fn get_digest_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(ALGOS[algo_of(vm, v)?].2 as i64))
}

fn get_block_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(ALGOS[algo_of(vm, v)?].1 as i64))
}

fn get_capacity_bits(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(1600 - 8 * ALGOS[algo_of(vm, v)?].1 as i64))
}

fn get_rate_bits(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(8 * ALGOS[algo_of(vm, v)?].1 as i64))
}

fn get_suffix(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::ops::new_bytes(vm, vec![ALGOS[algo_of(vm, v)?].3]))
}

/// Makes the `_sha3` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_sha3");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        for (t, (name, ..)) in types(vm).iter().zip(ALGOS) {
            d.set_str(vm, &vm.intern(name), t.to_value());
        }
        d.set_str(vm, &vm.intern("implementation"), vm.new_str("HACL"));
    }
    m
}
