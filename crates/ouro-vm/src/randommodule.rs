//! The `_random` module: the `Random` type, a Mersenne Twister (MT19937) generator whose
//! seeding, `random()`, `getrandbits()` and state tuples match CPython bit for bit, so that
//! `random.seed(42)` gives CPython's numbers. `random.Random` subclasses it. CPython:
//! Modules/_randommodule.c.

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::itertoolsmodule::{new_args, new_module_type};
use crate::object::{alloc_object, Obj, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::tuple::TupleData;
use crate::typeobject::flags;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one to temper.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// CPython: _randommodule.c init_genrand
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython: _randommodule.c init_by_array
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// CPython: _randommodule.c genrand_uint32
    fn next_u32(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }
}

/// The payload of `_random.Random` instances.
pub struct RandomData {
    mt: RefCell<Mt>,
}

impl crate::object::Payload for RandomData {}

thread_local! {
    static RANDOM_TYPE: std::cell::Cell<Option<StaticType>> = const { std::cell::Cell::new(None) };
}

fn random_type(vm: &Vm) -> StaticType {
    if let Some(t) = RANDOM_TYPE.with(|t| t.get()) {
        return t;
    }
    let t = new_module_type::<RandomData>(
        vm,
        "_random",
        "Random",
        vm.types.object,
        flags::BASETYPE,
        0,
        Some("Random() -> create a random number generator with its own internal state."),
    );
    add_staticmethod(vm, t, "__new__", random_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", random_init),
        ("random", random_random),
        ("seed", random_seed_m),
        ("getstate", random_getstate),
        ("setstate", random_setstate),
        ("getrandbits", random_getrandbits),
    ];
    for (n, f) in methods {
        add_method(vm, t, n, *f);
    }
    RANDOM_TYPE.with(|s| s.set(Some(t)));
    t
}

fn this<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<RandomData>> {
    slf::<RandomData>(vm, args, "_random.Random", meth)
}

fn random_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (cls, _) = new_args(vm, args)?;
    // CPython allocates with PyType_GenericNew: an all-zero state until `__init__` seeds it.
    let mt = Mt {
        state: [0; N],
        index: 0,
    };
    Ok(alloc_object(
        cls,
        RandomData {
            mt: RefCell::new(mt),
        },
    )
    .into_value())
}

/// `Random.__init__(x=None)`: seeds the generator. CPython: random_init.
fn random_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__init__")?;
    // Keywords are refused unless a subclass has its own `__init__` (CPython: random_init
    // compares `tp_init`).
    let own_init = random_type(vm).dict.get_str(&vm.names.__init__);
    let cls_init = args[0].class().lookup(&vm.names.__init__);
    let inherited = match (&own_init, &cls_init) {
        (Some(a), Some(b)) => a.is(b),
        _ => true,
    };
    if !kw.is_empty() && inherited {
        return Err(vm.new_type_error("Random() takes no keyword arguments"));
    }
    let pos = &args[1..args.len() - kw.len()];
    if pos.len() > 1 {
        return Err(vm.new_type_error("Random() requires 0 or 1 argument"));
    }
    seed(vm, r, pos.first())?;
    Ok(vm.none.clone())
}

/// Entropy for seeding without an argument: the system's random bytes, or the time and the
/// process id when they cannot be read. CPython: random_seed_urandom, random_seed_time_pid.
fn entropy() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        (now >> 64) as u32,
    ]
}

/// Seeds `r` from `arg`. CPython: _randommodule.c random_seed.
fn seed(vm: &Vm, r: &Obj<RandomData>, arg: Option<&Value>) -> PyResult<()> {
    let arg = arg.filter(|a| !a.is(&vm.none));
    let Some(arg) = arg else {
        let key = entropy();
        r.mt.borrow_mut().init_by_array(&key);
        return Ok(());
    };
    let n: BigInt = match as_int(arg) {
        Some(i) => {
            let b = i.to_bigint();
            if b.sign() == Sign::Minus {
                -b
            } else {
                b
            }
        }
        None => {
            let h = vm.hash(arg)?;
            BigInt::from(h as u64)
        }
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    r.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

/// `Random.seed(n=None, /)`.
fn random_seed_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "seed")?;
    if !kw.is_empty() {
        return Err(vm.new_type_error("Random.seed() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    seed(vm, r, args.get(1))?;
    Ok(vm.none.clone())
}

/// `Random.random()`: a float in [0, 1) with 53 random bits. CPython: _random_Random_random_impl.
fn random_random(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "random")?;
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut mt = r.mt.borrow_mut();
    let a = mt.next_u32() >> 5;
    let b = mt.next_u32() >> 6;
    drop(mt);
    Ok(vm.new_float((a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)))
}

/// `Random.getstate()`: the 624 words and the index, as a tuple.
fn random_getstate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "getstate")?;
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "Random.getstate() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let mt = r.mt.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| vm.new_int(*w as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    drop(mt);
    Ok(vm.new_tuple(items))
}

/// `Random.setstate(state)`. CPython: random_setstate.
fn random_setstate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "setstate")?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "Random.setstate() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let Some(t) = args[1].downcast::<TupleData>() else {
        return Err(vm.new_type_error("state vector must be a tuple"));
    };
    let items = t.items();
    if items.len() != N + 1 {
        return Err(vm.new_value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (i, v) in items[..N].iter().enumerate() {
        state[i] = unsigned_long(vm, v)? as u32;
    }
    let index = match as_int(&items[N]) {
        Some(i) => i
            .to_i64()
            .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C long"))?,
        None => vm.index_to_isize(&items[N])? as i64,
    };
    if index < 0 || index > N as i64 {
        return Err(vm.new_value_error("invalid state"));
    }
    let mut mt = r.mt.borrow_mut();
    mt.state = state;
    mt.index = index as usize;
    Ok(vm.none.clone())
}

/// The element as C's `unsigned long` (`PyLong_AsUnsignedLong`).
fn unsigned_long(vm: &Vm, v: &Value) -> PyResult<u64> {
    let Some(i) = as_int(v) else {
        return Err(vm.new_type_error("an integer is required"));
    };
    let b = i.to_bigint();
    if b.sign() == Sign::Minus {
        return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
    }
    b.to_u64()
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C unsigned long"))
}

/// `Random.getrandbits(k)`: a non-negative int of `k` random bits. CPython:
/// _random_Random_getrandbits_impl.
fn random_getrandbits(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "getrandbits")?;
    if !kw.is_empty() {
        return Err(vm.new_type_error("Random.getrandbits() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let k: i64 = match as_int(&args[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => b.to_i64().unwrap_or(i64::MAX),
        None => vm.index_to_isize(&args[1])? as i64,
    };
    if k > i32::MAX as i64 || k < i32::MIN as i64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    if k < 0 {
        return Err(vm.new_value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    let mut mt = r.mt.borrow_mut();
    if k <= 32 {
        let v = mt.next_u32() >> (32 - k);
        return Ok(vm.new_int(v as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut w = mt.next_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        out.push(w);
        left -= 32;
    }
    drop(mt);
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

/// Makes the `_random` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_random");
    let t = random_type(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        md.dict.set_str(vm, &vm.intern("Random"), t.to_value());
        md.dict.set_str(
            vm,
            &vm.names.__doc__,
            vm.new_str("Module implements the Mersenne Twister random number generator."),
        );
    }
    m
}
