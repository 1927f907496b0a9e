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
}
