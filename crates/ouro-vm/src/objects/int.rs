//! `int` and `bool`: arbitrary-precision integers. Values that fit in 62 bits are not objects
//! at all (see `object::Value`); larger ones, `True`/`False` and instances of int subclasses
//! are `IntData` objects holding a `BigInt`. CPython: Objects/longobject.c, boolobject.c.

use num_bigint::BigInt;

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct IntData(pub BigInt);

impl Payload for IntData {}

/// An int value seen without allocation: small, or a reference to the big payload.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        use num_traits::ToPrimitive;
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// The integer value of an int (or bool, or int subclass) instance.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    v.downcast::<IntData>().map(|o| IntRef::Big(&o.0))
}

pub fn init(vm: &Vm) {
    crate::ops::init_int_methods(vm);
    init_methods(vm);
}

// ----- methods (CPython: Objects/longobject.c int_* and long_* methods) -----

use crate::objects::builtin::{add_classmethod, add_method, NativeFn};
use crate::objects::list::no_args;
use crate::vm::PyResult;
use num_traits::{Signed, Zero};

fn int_self(vm: &Vm, args: &[Value], m: &str) -> PyResult<BigInt> {
    args.first()
        .and_then(as_int)
        .map(|i| i.to_bigint())
        .ok_or_else(|| {
            vm.new_type_error(format!(
                "descriptor '{m}' for 'int' objects doesn't apply to a '{}' object",
                args.first()
                    .map(|a| a.class().name())
                    .unwrap_or_else(|| "NoneType".into())
            ))
        })
}

fn int_bit_length(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "bit_length")?;
    no_args(vm, "int.bit_length", args, kw)?;
    Ok(vm.new_int(i.bits() as i64))
}

fn int_bit_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "bit_count")?;
    no_args(vm, "int.bit_count", args, kw)?;
    let n: u64 = i
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(n as i64))
}

fn int_identity(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "conjugate")?;
    Ok(vm.new_bigint(i))
}

fn int_get_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    let i = int_self(vm, std::slice::from_ref(v), "real")?;
    Ok(vm.new_bigint(i))
}

fn int_get_zero(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn int_get_one(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(1))
}

fn int_as_integer_ratio(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "as_integer_ratio")?;
    no_args(vm, "int.as_integer_ratio", args, kw)?;
    Ok(vm.new_tuple(vec![vm.new_bigint(i), vm.new_int(1)]))
}

fn int_is_integer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int_self(vm, args, "is_integer")?;
    no_args(vm, "int.is_integer", args, kw)?;
    Ok(vm.true_.clone())
}

fn int_round_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__round__")?;
    crate::objects::list::no_kw(vm, "int.__round__", kw)?;
    match args.get(1) {
        None => Ok(vm.new_bigint(i)),
        Some(n) => {
            let nd = match as_int(n) {
                Some(x) => x.to_bigint(),
                None => BigInt::from(vm.index_to_isize(n)?),
            };
            if !nd.is_negative() {
                return Ok(vm.new_bigint(i));
            }
            let k = num_traits::ToPrimitive::to_u32(&(-nd)).unwrap_or(u32::MAX);
            if k > 10000 {
                return Ok(vm.new_int(0));
            }
            let p = BigInt::from(10).pow(k);
            Ok(vm.new_bigint(crate::bltinnum::round_half_even(&i, &p) * p))
        }
    }
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match crate::ops::str_of(v) {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            Some(_) => Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.new_type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                v.class().name()
            ))),
        },
    }
}

fn int_to_bytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "to_bytes")?;
    let npos = args.len() - kw.len();
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            npos - 1
        )));
    }
    let mut length = args.get(1).filter(|_| npos > 1).cloned();
    let mut order = args.get(2).filter(|_| npos > 2).cloned();
    let mut signed = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("length") => length = Some(v.clone()),
            Some("byteorder") => order = Some(v.clone()),
            Some("signed") => signed = vm.is_true(v)?,
            _ => {
                return Err(vm.new_type_error(format!(
                    "to_bytes() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    let len = match length {
        Some(l) => vm.index_to_isize(&l)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, order.as_ref())?;
    if !signed && i.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let len = len as usize;
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    if i.is_zero() {
        bytes.clear();
    }
    // Trim redundant sign bytes of a signed encoding.
    if signed {
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
        if bytes.len() == 1 && bytes[0] == 0 {
            bytes.clear();
        }
    }
    if bytes.len() > len {
        return Err(vm.new_overflow_error("int too big to convert"));
    }
    let fill = if signed && i.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::ops::new_bytes(vm, bytes))
}

fn int_from_bytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0].clone();
    let npos = args.len() - kw.len();
    let mut data = args.get(1).filter(|_| npos > 1).cloned();
    let mut order = args.get(2).filter(|_| npos > 2).cloned();
    let mut signed = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("bytes") => data = Some(v.clone()),
            Some("byteorder") => order = Some(v.clone()),
            Some("signed") => signed = vm.is_true(v)?,
            _ => {
                return Err(vm.new_type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    let Some(data) = data else {
        return Err(vm.new_type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, order.as_ref())?;
    let mut bytes: Vec<u8> = match data.downcast::<crate::objects::bytes::BytesData>() {
        Some(b) => b.0.to_vec(),
        None => {
            if data.downcast::<crate::objects::str::StrData>().is_some() || as_int(&data).is_some()
            {
                return Err(vm.new_type_error(format!(
                    "cannot convert '{}' object to bytes",
                    data.class().name()
                )));
            }
            let mut out = Vec::new();
            for x in vm.collect(&data)? {
                let b = vm.index_to_isize(&x)?;
                if !(0..=255).contains(&b) {
                    return Err(vm.new_value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    let r = vm.new_bigint(v);
    if cls.is(&vm.types.int.to_value()) {
        return Ok(r);
    }
    vm.call(&cls, &[r], &[])
}

fn int_index(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__index__")?;
    Ok(vm.new_bigint(i))
}

fn int_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__hash__")?;
    Ok(vm.new_int(crate::number::hash_bigint(&i)))
}

fn int_float(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__float__")?;
    match crate::number::int_to_f64(&i).filter(|f| f.is_finite()) {
        Some(f) => Ok(vm.new_float(f)),
        None => Err(vm.new_overflow_error("int too large to convert to float")),
    }
}

fn int_bool(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__bool__")?;
    Ok(vm.new_bool(!i.is_zero()))
}

fn int_neg(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(-int_self(vm, args, "__neg__")?))
}

fn int_invert(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(-int_self(vm, args, "__invert__")? - 1))
}

/// The warning `~` on a bool gives (CPython: boolobject.c bool_invert).
pub use ouro_compiler::ast_opt::BOOL_INVERT_WARNING;

/// `bool.__invert__`: `~int(self)`, with a DeprecationWarning.
fn bool_invert(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__invert__")?;
    crate::impmodule::warn(vm, vm.types.exc.deprecation_warning, BOOL_INVERT_WARNING, 1)?;
    Ok(vm.new_bigint(-i - 1))
}

fn int_abs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bigint(int_self(vm, args, "__abs__")?.abs()))
}

fn int_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__repr__")?;
    Ok(vm.new_string(crate::builtins::int_to_decimal(vm, &i)?))
}

fn int_divmod(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    if as_int(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let q = vm.binary_op(a, b, 2)?;
    let r = vm.binary_op(a, b, 6)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_rdivmod(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    if as_int(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    int_divmod(vm, &[b.clone(), a.clone()], &[])
}

fn int_pow3(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    match args.get(2).filter(|m| !vm.is_none(m)) {
        None => match crate::number::native_binop(vm, a, b, 8) {
            Some(r) => r,
            None => Ok(vm.not_implemented.clone()),
        },
        Some(m) => match (as_int(a), as_int(b), as_int(m)) {
            (Some(x), Some(y), Some(z)) => {
                crate::bltinnum::int_pow_mod(vm, &x.to_bigint(), &y.to_bigint(), &z.to_bigint())
            }
            _ => Ok(vm.not_implemented.clone()),
        },
    }
}

fn int_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_bigint(i)]))
}

fn int_sizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = int_self(vm, args, "__sizeof__")?;
    let digits = i.bits().div_ceil(30).max(1);
    Ok(vm.new_int(24 + 4 * digits as i64))
}

pub fn init_methods(vm: &Vm) {
    let t = vm.types.int;
    let meths: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_identity),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("to_bytes", int_to_bytes),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__pos__", int_index),
        ("__trunc__", int_index),
        ("__floor__", int_index),
        ("__ceil__", int_index),
        ("__round__", int_round_m),
        ("__hash__", int_hash),
        ("__float__", int_float),
        ("__bool__", int_bool),
        ("__neg__", int_neg),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__repr__", int_repr),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow3),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    add_classmethod(vm, t, "from_bytes", int_from_bytes);
    add_method(vm, vm.types.bool_, "__invert__", bool_invert);
    use crate::objects::descr::add_getset;
    add_getset(vm, t, "real", int_get_self, None);
    add_getset(vm, t, "numerator", int_get_self, None);
    add_getset(vm, t, "imag", int_get_zero, None);
    add_getset(vm, t, "denominator", int_get_one, None);
}
