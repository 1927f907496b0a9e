//! The `_datetime` module: CPython's pure-Python `_pydatetime` run under the name `_datetime`,
//! with the error messages, class `__module__` and reprs of the C accelerator that
//! `datetime` imports first. The source is read from the standard library and a few messages
//! are rewritten in place (keeping its line numbers), then a short prelude adjusts the classes.
//! CPython: Modules/_datetimemodule.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

/// What runs after `_pydatetime`'s code in the module's namespace.
const PRELUDE: &str = include_str!("datetimemodule_prelude.py");

/// Messages of `_pydatetime` and what the C module says instead (each a whole source
/// fragment, replaced on one line). CPython: _datetimemodule.c check_date_args,
/// check_time_args, add_date_timedelta, tzinfo_nogo, datetime_richcompare.
const MESSAGES: &[(&str, &str)] = &[
    (
        "raise ValueError('year must be in %d..%d' % (MINYEAR, MAXYEAR), year)",
        "raise ValueError('year %i is out of range' % year)",
    ),
    (
        "raise ValueError('month must be in 1..12', month)",
        "raise ValueError('month must be in 1..12')",
    ),
    (
        "raise ValueError('day must be in 1..%d' % dim, day)",
        "raise ValueError('day is out of range for month')",
    ),
    (
        "raise ValueError('hour must be in 0..23', hour)",
        "raise ValueError('hour must be in 0..23')",
    ),
    (
        "raise ValueError('minute must be in 0..59', minute)",
        "raise ValueError('minute must be in 0..59')",
    ),
    (
        "raise ValueError('second must be in 0..59', second)",
        "raise ValueError('second must be in 0..59')",
    ),
    (
        "raise ValueError('microsecond must be in 0..999999', microsecond)",
        "raise ValueError('microsecond must be in 0..999999')",
    ),
    (
        "raise ValueError('fold must be either 0 or 1', fold)",
        "raise ValueError('fold must be either 0 or 1')",
    ),
    (
        "raise OverflowError(\"result out of range\")",
        "raise OverflowError(\"date value out of range\")",
    ),
    (
        "\"tzinfo subclass must override tzname()\"",
        "\"a tzinfo subclass must implement tzname()\"",
    ),
    (
        "\"tzinfo subclass must override utcoffset()\"",
        "\"a tzinfo subclass must implement utcoffset()\"",
    ),
    (
        "\"tzinfo subclass must override dst()\"",
        "\"a tzinfo subclass must implement dst()\"",
    ),
    (
        "\"cannot compare naive and aware datetimes\"",
        "\"can't compare offset-naive and offset-aware datetimes\"",
    ),
    (
        "\"cannot compare naive and aware times\"",
        "\"can't compare offset-naive and offset-aware times\"",
    ),
    (
        "\"cannot mix naive and timezone-aware time\"",
        "\"can't subtract offset-naive and offset-aware datetimes\"",
    ),
    ("f\"Invalid weekday: {day}", "f\"Invalid day: {day}"),
];

/// Makes the `_datetime` module (empty, so that `datetime` falls back to `_pydatetime`, when
/// the standard library's `_pydatetime.py` cannot be read).
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_datetime");
    let Some(md) = m.downcast::<ModuleData>() else {
        return m;
    };
    let Some(lib) = crate::import::find_lib_dir() else {
        return m;
    };
    let path = format!("{lib}/_pydatetime.py");
    let Ok(mut src) = std::fs::read_to_string(&path) else {
        return m;
    };
    for (from, to) in MESSAGES {
        src = src.replace(from, to);
    }
    let d = md.dict.clone();
    crate::posixmodule::run_prelude(vm, &d, &src, &path);
    crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:_datetime>");
    m
}
