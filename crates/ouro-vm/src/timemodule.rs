//! The `time` module's clocks and `sleep`: `time`, `time_ns`, `perf_counter(_ns)`,
//! `monotonic(_ns)`, `process_time(_ns)`, `thread_time(_ns)`, `sleep`. CPython:
//! Modules/timemodule.c, Python/pytime.c.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::float::FloatData;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

thread_local! {
    static START: Instant = Instant::now();
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn mono_ns() -> i128 {
    // Instants are relative to an arbitrary origin; one fixed per thread, as CPython's are
    // relative to boot.
    START.with(|s| s.elapsed().as_nanos() as i128)
}

fn cpu_ns() -> i128 {
    // Without a portable process clock in std, the monotonic clock stands in.
    mono_ns()
}

fn ns_value(vm: &Vm, ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(ns)),
    }
}

fn no_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.new_type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

macro_rules! clock {
    ($f:ident, $fns:ident, $name:expr, $src:ident) => {
        fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            no_args(vm, $name, args)?;
            Ok(vm.new_float($src() as f64 * 1e-9))
        }
        fn $fns(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            no_args(vm, concat!($name, "_ns"), args)?;
            Ok(ns_value(vm, $src()))
        }
    };
}

clock!(t_time, t_time_ns, "time", wall_ns);
clock!(t_perf_counter, t_perf_counter_ns, "perf_counter", mono_ns);
clock!(t_monotonic, t_monotonic_ns, "monotonic", mono_ns);
clock!(t_process_time, t_process_time_ns, "process_time", cpu_ns);
clock!(t_thread_time, t_thread_time_ns, "thread_time", cpu_ns);

fn t_sleep(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("sleep() takes no keyword arguments"));
    }
    let [v] = args else {
        return Err(vm.new_type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let secs = if let Some(i) = v.as_small_int() {
        i as f64
    } else if let Some(f) = v.downcast::<FloatData>() {
        f.0
    } else if let Some(i) = v.downcast::<crate::objects::int::IntData>() {
        use num_traits::ToPrimitive;
        i.0.to_f64().unwrap_or(f64::INFINITY)
    } else {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class().name()
        )));
    };
    if secs.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e12 {
        return Err(vm.new_overflow_error("sleep length is too large"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(vm.none.clone())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", t_time),
    ("time_ns", t_time_ns),
    ("perf_counter", t_perf_counter),
    ("perf_counter_ns", t_perf_counter_ns),
    ("monotonic", t_monotonic),
    ("monotonic_ns", t_monotonic_ns),
    ("process_time", t_process_time),
    ("process_time_ns", t_process_time_ns),
    ("thread_time", t_thread_time),
    ("thread_time_ns", t_thread_time_ns),
    ("sleep", t_sleep),
    ("gmtime", crate::timemodule_tm::t_gmtime),
    ("localtime", crate::timemodule_tm::t_localtime),
    ("mktime", crate::timemodule_tm::t_mktime),
    ("asctime", crate::timemodule_tm::t_asctime),
    ("ctime", crate::timemodule_tm::t_ctime),
    ("strftime", crate::timemodule_tm::t_strftime),
    ("strptime", crate::timemodule_tm::t_strptime),
    ("get_clock_info", crate::timemodule_tm::t_get_clock_info),
];

/// Makes the `time` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "time");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        crate::timemodule_tm::add_constants(vm, d);
    }
    m
}
