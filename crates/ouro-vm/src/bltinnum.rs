//! Built-in functions over numbers and sequences that belong to the container and numeric
//! types: `sorted`, `all`, `any`, `sum` (with CPython's compensated float summation), `round`,
//! `divmod`, three-argument `pow`, and the `slice` type's constructor and methods.
//! CPython: Python/bltinmodule.c, Objects/sliceobject.c, Objects/floatobject.c (float_round).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Value;
use crate::objects::builtin::{add_method, add_staticmethod, new_module_function, NativeFn};
use crate::objects::float::FloatData;
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::{check_positional, no_args, one_arg, slf};
use crate::objects::range::SliceData;
use crate::vm::{PyResult, Vm};

fn bi_sorted(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    check_positional(vm, "sorted", npos, 1, 1)?;
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("key") => {
                if !vm.is_none(v) {
                    key = Some(v.clone());
                }
            }
            Some("reverse") => reverse = crate::listsort::reverse_flag(vm, v)?,
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    vm.str(k)?
                )))
            }
        }
    }
    let items = vm.collect(&args[0])?;
    let l = vm.new_list(items);
    if let Some(ld) = l.downcast::<crate::objects::list::ListData>() {
        crate::listsort::sort_list(vm, ld, key.as_ref(), reverse)?;
    }
    Ok(l)
}

fn only_one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

fn bi_all(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = only_one(vm, "all", args, kw)?;
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn bi_any(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = only_one(vm, "any", args, kw)?;
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn exact_float(vm: &Vm, v: &Value) -> Option<f64> {
    if std::ptr::eq(v.class(), vm.types.float) {
        v.downcast::<FloatData>().map(|f| f.0)
    } else {
        None
    }
}

fn exact_int(vm: &Vm, v: &Value) -> bool {
    v.as_small_int().is_some() || std::ptr::eq(v.class(), vm.types.int)
}

/// `sum(iterable, /, start=0)` (CPython builtin_sum_impl, with its fast int and float paths;
/// floats accumulate with Neumaier compensation as 3.12 does).
fn bi_sum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos == 0 {
        return Err(vm.new_type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut start = if npos >= 2 {
        args[1].clone()
    } else {
        vm.new_int(0)
    };
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("start") if npos < 2 => start = v.clone(),
            _ => {
                return Err(vm.new_type_error(format!(
                    "sum() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    if start.downcast::<crate::objects::str::StrData>().is_some() {
        return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start
        .downcast::<crate::objects::bytes::BytesData>()
        .is_some()
    {
        return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&args[0])?;
    let mut acc = start;
    // As CPython's builtin_sum_impl: exact ints summed in a machine word while they fit; then
    // exact floats with Neumaier's compensation (ints that fit a word added plainly); then the
    // generic `+`.
    if exact_int(vm, &acc) {
        if let Some(mut total) = as_int(&acc).and_then(|i| i.to_i64()) {
            loop {
                let Some(v) = crate::genobject::next_summing(vm, &it, &mut total)? else {
                    return Ok(vm.new_int(total));
                };
                if exact_int(vm, &v) || v.is(&vm.true_) || v.is(&vm.false_) {
                    if let Some(t) = as_int(&v)
                        .and_then(|i| i.to_i64())
                        .and_then(|b| total.checked_add(b))
                    {
                        total = t;
                        continue;
                    }
                }
                acc = vm.binary_op(&vm.new_int(total), &v, 0)?;
                break;
            }
        }
    }
    if let Some(f) = exact_float(vm, &acc) {
        return float_phase(vm, &it, f);
    }
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, 0)?;
    }
    Ok(acc)
}

fn float_phase(vm: &Vm, it: &Value, start: f64) -> PyResult<Value> {
    let mut f = start;
    let mut c = 0.0f64;
    loop {
        let Some(v) = vm.next(it)? else {
            let total = if c != 0.0 && c.is_finite() { f + c } else { f };
            return Ok(vm.new_float(total));
        };
        if let Some(x) = exact_float(vm, &v) {
            let t = f + x;
            if f.abs() >= x.abs() {
                c += (f - t) + x;
            } else {
                c += (x - t) + f;
            }
            f = t;
            continue;
        }
        if let Some(i) = as_int(&v).and_then(|i| i.to_i64()) {
            f += i as f64;
            continue;
        }
        let total = if c != 0.0 && c.is_finite() { f + c } else { f };
        let mut acc = vm.binary_op(&vm.new_float(total), &v, 0)?;
        while let Some(v) = vm.next(it)? {
            acc = vm.binary_op(&acc, &v, 0)?;
        }
        return Ok(acc);
    }
}

/// `round(x, n)` for a float, correctly rounded (CPython float_round via the shortest
/// decimal conversion: format with n digits after the point, then parse back).
pub fn float_round_ndigits(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0f64.copysign(x);
    }
    if n >= 0 {
        // Exact decimal expansion of x rounded half-even at n digits.
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        if r == 0.0 {
            return 0.0f64.copysign(x);
        }
        return r;
    }
    // Negative ndigits: round to a multiple of 10**-n, half-even, exactly.
    let (num, den) = exact_ratio(x);
    let p = BigInt::from(10).pow((-n) as u32);
    let scaled_den = den * &p;
    let q = round_half_even(&num, &scaled_den);
    let r = q * p;
    let f = r.to_f64().unwrap_or(f64::INFINITY);
    if f == 0.0 {
        0.0f64.copysign(x)
    } else {
        f
    }
}

/// The exact value of a finite float as num/den with den a power of two.
pub fn exact_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut num: BigInt = BigInt::from(mant) * BigInt::from(sign);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    // Reduce.
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    (num, den)
}

/// num/den rounded to the nearest integer, ties to even.
pub fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * BigInt::from(2);
    match twice.cmp(den) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// `round(int, n)`.
fn int_round(vm: &Vm, i: &BigInt, n: &Value) -> PyResult<Value> {
    let nd = match as_int(n) {
        Some(x) => x.to_bigint(),
        None => BigInt::from(vm.index_to_isize(n)?),
    };
    if !nd.is_negative() {
        return Ok(vm.new_bigint(i.clone()));
    }
    let k = (-nd).to_u32().unwrap_or(u32::MAX);
    if k > 10000 {
        return Ok(vm.new_int(0));
    }
    let p = BigInt::from(10).pow(k);
    let q = round_half_even(i, &p);
    Ok(vm.new_bigint(q * p))
}

/// `round(x)` of a float to an int.
pub fn float_to_rounded_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let r = x.round_ties_even();
    Ok(vm.new_bigint(num_traits::FromPrimitive::from_f64(r).unwrap_or_default()))
}

fn bi_round(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut number = args.first().filter(|_| npos >= 1).cloned();
    let mut ndigits = args.get(1).filter(|_| npos >= 2).cloned();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("number") if number.is_none() => number = Some(v.clone()),
            Some("ndigits") if ndigits.is_none() => ndigits = Some(v.clone()),
            _ => {
                return Err(vm.new_type_error(format!(
                    "round() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    let Some(x) = number else {
        return Err(vm.new_type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = ndigits.filter(|n| !vm.is_none(n));
    if !x.class().is_heap() {
        if let Some(f) = x.downcast::<FloatData>().map(|f| f.0) {
            return match ndigits {
                None => float_to_rounded_int(vm, f),
                Some(n) => {
                    let n = match as_int(&n) {
                        Some(IntRef::Small(i)) => i,
                        Some(IntRef::Big(b)) => {
                            if b.is_negative() {
                                -400
                            } else {
                                400
                            }
                        }
                        None => vm.index_to_isize(&n)? as i64,
                    };
                    Ok(vm.new_float(float_round_ndigits(f, n)))
                }
            };
        }
        if let Some(i) = as_int(&x) {
            let b = i.to_bigint();
            return match ndigits {
                None => Ok(vm.new_bigint(b)),
                Some(n) => int_round(vm, &b, &n),
            };
        }
    }
    let f = x.class().lookup(&vm.names.__round__).ok_or_else(|| {
        vm.new_type_error(format!(
            "type {} doesn't define __round__ method",
            x.class().name()
        ))
    })?;
    match ndigits {
        None => vm.call_found(&x, f, &[]),
        Some(n) => vm.call_found(&x, f, &[n]),
    }
}

fn bi_divmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("divmod() takes no keyword arguments"));
    }
    check_positional(vm, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let num = |v: &Value| {
        !v.class().is_heap() && (as_int(v).is_some() || v.downcast::<FloatData>().is_some())
    };
    if num(a) && num(b) {
        if let (Some(_), Some(_)) = (as_int(a), as_int(b)) {
            let q = vm.binary_op(a, b, 2)?;
            let r = vm.binary_op(a, b, 6)?;
            return Ok(vm.new_tuple(vec![q, r]));
        }
        let x = crate::ops::float_of(a).or_else(|| as_int(a).and_then(|i| i.to_bigint().to_f64()));
        let y = crate::ops::float_of(b).or_else(|| as_int(b).and_then(|i| i.to_bigint().to_f64()));
        if let (Some(x), Some(y)) = (x, y) {
            if y == 0.0 {
                return Err(vm.new_zero_division_error("float divmod()"));
            }
            let (q, r) = crate::number::float_divmod(x, y);
            return Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]));
        }
    }
    let (ta, tb) = (a.class(), b.class());
    let fa = ta.lookup(&vm.intern("__divmod__"));
    let fb = if std::ptr::eq(ta, tb) {
        None
    } else {
        tb.lookup(&vm.intern("__rdivmod__"))
    };
    if let (Some(g), true) = (&fb, tb.is_subtype(ta)) {
        let r = vm.call(g, &[b.clone(), a.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = fa {
        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(g) = fb {
        let r = vm.call(&g, &[b.clone(), a.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ta.name(),
        tb.name()
    )))
}

/// `pow(base, exp, mod)` for ints (CPython long_pow with a modulus, including negative
/// exponents through the modular inverse).
pub fn int_pow_mod(vm: &Vm, b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let mm = m.abs();
    let mut base = b.mod_floor(&mm);
    let mut exp = e.clone();
    if exp.is_negative() {
        let ext = base.extended_gcd(&mm);
        if !ext.gcd.is_one() {
            return Err(vm.new_value_error("base is not invertible for the given modulus"));
        }
        base = ext.x.mod_floor(&mm);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mm);
    if neg_mod && !r.is_zero() {
        r -= &mm;
    }
    Ok(vm.new_bigint(r))
}

fn bi_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut base = args.first().filter(|_| npos >= 1).cloned();
    let mut exp = args.get(1).filter(|_| npos >= 2).cloned();
    let mut modulo = args.get(2).filter(|_| npos >= 3).cloned();
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("base") if base.is_none() => base = Some(v.clone()),
            Some("exp") if exp.is_none() => exp = Some(v.clone()),
            Some("mod") if modulo.is_none() => modulo = Some(v.clone()),
            _ => {
                return Err(vm.new_type_error(format!(
                    "pow() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.new_type_error(format!(
            "pow() missing required argument '{}' (pos {})",
            if npos == 0 { "base" } else { "exp" },
            if npos == 0 { 1 } else { 2 }
        )));
    };
    let modulo = modulo.filter(|m| !vm.is_none(m));
    let Some(m) = modulo else {
        return vm.binary_op(&base, &exp, 8);
    };
    // Numbers compute here, unless the base's class is a Python subclass (whose own
    // `__pow__` takes the three arguments, as CPython's slot_nb_power).
    if !base.class().is_heap() {
        if let (Some(b), Some(e), Some(mv)) = (as_int(&base), as_int(&exp), as_int(&m)) {
            return int_pow_mod(vm, &b.to_bigint(), &e.to_bigint(), &mv.to_bigint());
        }
        let numeric = |v: &Value| as_int(v).is_some() || v.downcast::<FloatData>().is_some();
        if numeric(&base) && numeric(&exp) && numeric(&m) {
            return Err(vm.new_type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
    }
    if let Some(f) = base.class().lookup(&vm.names.__pow__) {
        let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.class().name(),
        exp.class().name(),
        m.class().name()
    )))
}

// ----- slice -----

fn slice_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("slice() takes no keyword arguments"));
    }
    let rest = &args[1..];
    let none = || vm.none.clone();
    let (start, stop, step) = match rest.len() {
        1 => (none(), rest[0].clone(), none()),
        2 => (rest[0].clone(), rest[1].clone(), none()),
        3 => (rest[0].clone(), rest[1].clone(), rest[2].clone()),
        0 => return Err(vm.new_type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.new_type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(crate::number::new_slice(vm, start, stop, step))
}

fn slice_this<'a>(
    vm: &Vm,
    args: &'a [Value],
    m: &str,
) -> PyResult<&'a crate::object::Obj<SliceData>> {
    slf::<SliceData>(vm, args, "slice", m)
}

fn slice_indices_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slice_this(vm, args, "indices")?;
    let n = one_arg(vm, "slice.indices", args, kw)?;
    let len = match as_int(n) {
        Some(i) => i.to_bigint(),
        None => BigInt::from(vm.index_to_isize(n)?),
    };
    if len.is_negative() {
        return Err(vm.new_value_error("length should not be negative"));
    }
    // Exact arithmetic on big ints, as CPython's _PySlice_GetLongIndices.
    let get = |v: &Value| -> PyResult<Option<BigInt>> {
        if vm.is_none(v) {
            return Ok(None);
        }
        match as_int(v) {
            Some(i) => Ok(Some(i.to_bigint())),
            None => {
                if v.class().lookup(&vm.names.__index__).is_some() {
                    Ok(Some(BigInt::from(vm.index_to_isize(v)?)))
                } else {
                    Err(vm.new_type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            }
        }
    };
    let step = get(&s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match v {
            None => dflt.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += &len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = fix(get(&s.start)?, if neg { &upper } else { &lower });
    let stop = fix(get(&s.stop)?, if neg { &lower } else { &upper });
    Ok(vm.new_tuple(vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ]))
}

fn slice_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slice_this(vm, args, "__repr__")?;
    no_args(vm, "slice.__repr__", args, kw)?;
    Ok(vm.new_string(format!(
        "slice({}, {}, {})",
        vm.repr(&s.start)?,
        vm.repr(&s.stop)?,
        vm.repr(&s.step)?
    )))
}

fn slice_tuple(vm: &Vm, v: &Value) -> Option<Value> {
    let s = v.downcast::<SliceData>()?;
    Some(vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]))
}

fn slice_cmp(vm: &Vm, args: &[Value], op: crate::number::CompareOp) -> PyResult<Value> {
    slice_this(vm, args, op.dunder())?;
    let (Some(a), Some(b)) = (
        slice_tuple(vm, &args[0]),
        args.get(1).and_then(|b| slice_tuple(vm, b)),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    vm.compare(&a, &b, op)
}

macro_rules! slice_cmps {
    ($($f:ident = $op:ident;)*) => {
        $( fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { slice_cmp(vm, args, crate::number::CompareOp::$op) } )*
    };
}

slice_cmps! { sl_lt = Lt; sl_le = Le; sl_eq = Eq; sl_ne = Ne; sl_gt = Gt; sl_ge = Ge; }

fn slice_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<SliceData>()
        .map(|s| s.start.clone())
        .ok_or_else(|| vm.new_type_error("expected slice"))
}
fn slice_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<SliceData>()
        .map(|s| s.stop.clone())
        .ok_or_else(|| vm.new_type_error("expected slice"))
}
fn slice_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<SliceData>()
        .map(|s| s.step.clone())
        .ok_or_else(|| vm.new_type_error("expected slice"))
}

fn slice_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = slice_tuple(vm, &args[0]).ok_or_else(|| vm.new_type_error("expected slice"))?;
    let items = crate::ops::tuple_items(&t)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    Ok(vm.new_int(crate::objects::tuple::tuple_hash_items(vm, &items)?))
}

fn slice_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = slice_tuple(vm, &args[0]).ok_or_else(|| vm.new_type_error("expected slice"))?;
    Ok(vm.new_tuple(vec![vm.types.slice.to_value(), t]))
}

pub fn init(vm: &Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("sorted", bi_sorted),
        ("all", bi_all),
        ("any", bi_any),
        ("sum", bi_sum),
        ("round", bi_round),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
    ];
    for (name, f) in fns {
        vm.builtins.set_str(
            vm,
            &vm.intern(name),
            new_module_function(vm, name, *f, None),
        );
    }
    let t = vm.types.slice;
    add_staticmethod(vm, t, "__new__", slice_new);
    let meths: &[(&'static str, NativeFn)] = &[
        ("indices", slice_indices_m),
        ("__repr__", slice_repr),
        ("__reduce__", slice_reduce),
        ("__lt__", sl_lt),
        ("__le__", sl_le),
        ("__eq__", sl_eq),
        ("__ne__", sl_ne),
        ("__gt__", sl_gt),
        ("__ge__", sl_ge),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    add_method(vm, t, "__hash__", slice_hash);
    crate::objects::descr::add_getset(
        vm,
        t,
        "start",
        slice_start,
        Some(crate::objects::list::readonly_member),
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "stop",
        slice_stop,
        Some(crate::objects::list::readonly_member),
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "step",
        slice_step,
        Some(crate::objects::list::readonly_member),
    );
}
