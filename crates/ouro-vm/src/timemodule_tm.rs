//! The calendar half of the `time` module: `struct_time`, `gmtime`, `localtime`, `mktime`,
//! `asctime`, `ctime`, `strftime` (the C locale's conversions, as glibc writes them),
//! `get_clock_info` and the time-zone constants. Local time comes from the TZif file that
//! glibc would read (`$TZ`, else /etc/localtime). CPython: Modules/timemodule.c.

use std::cell::OnceCell;

use crate::object::Value;
use crate::objects::float::FloatData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyResult, Vm};

/// A broken-down time with Python's conventions: month 1-12, weekday Monday = 0, day of the
/// year from 1.
#[derive(Clone, Debug)]
pub struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

/// Days from 1970-01-01 to the civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count from 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The broken-down UTC time of `t` seconds after the epoch, shifted by `offset` seconds.
fn breakdown(t: i64, offset: i64, isdst: i64, zone: &str) -> Tm {
    let local = t + offset;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst,
        zone: Some(zone.to_string()),
        gmtoff: Some(offset),
    }
}

/// The seconds since the epoch of a broken-down UTC time (fields may be out of range, as
/// C's timegm allows).
fn timegm(tm: &Tm) -> i64 {
    let m0 = tm.mon - 1;
    let year = tm.year + m0.div_euclid(12);
    let mon = m0.rem_euclid(12) + 1;
    days_from_civil(year, mon, 1) * 86400
        + (tm.mday - 1) * 86400
        + tm.hour * 3600
        + tm.min * 60
        + tm.sec
}

// ----- the local time zone -----

struct Zone {
    /// Transition times, ascending, with the index of the local time type from then on.
    transitions: Vec<(i64, usize)>,
    /// Local time types: UTC offset, daylight saving, abbreviation.
    types: Vec<(i64, bool, String)>,
}

impl Zone {
    fn utc(name: &str) -> Zone {
        Zone {
            transitions: Vec::new(),
            types: vec![(0, false, name.to_string())],
        }
    }

    /// The type in force at `t`.
    fn at(&self, t: i64) -> &(i64, bool, String) {
        let i = match self.transitions.partition_point(|&(when, _)| when <= t) {
            0 => self.types.iter().position(|ty| !ty.1).unwrap_or(0),
            n => self.transitions[n - 1].1,
        };
        &self.types[i.min(self.types.len() - 1)]
    }
}

/// Reads a TZif file (RFC 8536), version 1 or later (the 64-bit data when present).
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    fn be32(d: &[u8], at: usize) -> Option<i64> {
        let b: [u8; 4] = d.get(at..at + 4)?.try_into().ok()?;
        Some(i32::from_be_bytes(b) as i64)
    }
    fn be64(d: &[u8], at: usize) -> Option<i64> {
        let b: [u8; 8] = d.get(at..at + 8)?.try_into().ok()?;
        Some(i64::from_be_bytes(b))
    }
    let header = |at: usize| -> Option<[usize; 6]> {
        if data.get(at..at + 4)? != b"TZif" {
            return None;
        }
        let mut c = [0usize; 6];
        for (i, slot) in c.iter_mut().enumerate() {
            *slot = be32(data, at + 20 + 4 * i)? as usize;
        }
        Some(c)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = header(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, counts, tsize) = if data.get(4).is_some_and(|&v| v >= b'2') {
        let at = 44 + v1_len;
        (at, header(at)?, 8)
    } else {
        (0, [isut, isstd, leap, timecnt, typecnt, charcnt], 4)
    };
    let [_, _, _, timecnt, typecnt, charcnt] = counts;
    let mut p = base + 44;
    let mut times = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        times.push(if tsize == 8 {
            be64(data, p + 8 * i)?
        } else {
            be32(data, p + 4 * i)?
        });
    }
    p += timecnt * tsize;
    let idx = data.get(p..p + timecnt)?;
    p += timecnt;
    let chars_at = p + typecnt * 6;
    let chars = data.get(chars_at..chars_at + charcnt)?;
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let off = be32(data, p + 6 * i)?;
        let dst = *data.get(p + 6 * i + 4)? != 0;
        let ai = *data.get(p + 6 * i + 5)? as usize;
        let end = chars[ai.min(chars.len())..]
            .iter()
            .position(|&b| b == 0)
            .map_or(chars.len(), |e| ai + e);
        let abbr = String::from_utf8_lossy(chars.get(ai..end).unwrap_or(b"")).into_owned();
        types.push((off, dst, abbr));
    }
    if types.is_empty() {
        return None;
    }
    let transitions = times
        .into_iter()
        .zip(idx.iter().map(|&i| (i as usize).min(typecnt - 1)))
        .collect();
    Some(Zone { transitions, types })
}

fn load_zone() -> Zone {
    let tz = std::env::var("TZ").ok();
    let path = match tz.as_deref() {
        None => "/etc/localtime".to_string(),
        Some("") => return Zone::utc("UTC"),
        Some(s) => {
            let s = s.strip_prefix(':').unwrap_or(s);
            if s.starts_with('/') {
                s.to_string()
            } else {
                format!("/usr/share/zoneinfo/{s}")
            }
        }
    };
    std::fs::read(&path)
        .ok()
        .and_then(|d| parse_tzif(&d))
        .unwrap_or_else(|| Zone::utc("UTC"))
}

thread_local! {
    static ZONE: OnceCell<Zone> = const { OnceCell::new() };
}

fn with_zone<R>(f: impl FnOnce(&Zone) -> R) -> R {
    ZONE.with(|z| f(z.get_or_init(load_zone)))
}

fn local_tm(t: i64) -> Tm {
    with_zone(|z| {
        let (off, dst, abbr) = z.at(t);
        breakdown(t, *off, i64::from(*dst), abbr)
    })
}

fn gm_tm(t: i64) -> Tm {
    breakdown(t, 0, 0, "GMT")
}

// ----- arguments and results -----

fn now_secs() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64) - 1,
    }
}

/// A `secs` argument: None for now, an int, or a float rounded towards minus infinity
/// (CPython: _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR).
fn secs_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v.filter(|v| !vm.is_none(v)) else {
        return Ok(now_secs());
    };
    let overflow = || vm.new_overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = v.downcast::<FloatData>() {
        let x = f.0;
        if x.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        let x = x.floor();
        if !(-9.2e18..9.2e18).contains(&x) {
            return Err(overflow());
        }
        return Ok(x as i64);
    }
    let i = vm.index_to_isize(v).map_err(|e| {
        if vm.isinstance(&e.clone().into_value(), vm.types.exc.overflow_error) {
            overflow()
        } else {
            e
        }
    })?;
    Ok(i as i64)
}

fn struct_time_type(vm: &Vm) -> PyResult<Value> {
    thread_local! {
        static TYPE: OnceCell<Value> = const { OnceCell::new() };
    }
    if let Some(t) = TYPE.with(|t| t.get().cloned()) {
        return Ok(t);
    }
    let t = crate::sysmodule::structseq_type(
        vm,
        "time",
        "struct_time",
        &[
            "tm_year",
            "tm_mon",
            "tm_mday",
            "tm_hour",
            "tm_min",
            "tm_sec",
            "tm_wday",
            "tm_yday",
            "tm_isdst",
            "tm_zone",
            "tm_gmtoff",
        ],
        9,
    )?;
    TYPE.with(|c| {
        let _ = c.set(t.clone());
    });
    Ok(t)
}

fn tm_value(vm: &Vm, tm: &Tm) -> PyResult<Value> {
    let ty = struct_time_type(vm)?;
    let mut items: Vec<Value> = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .iter()
    .map(|&i| vm.new_int(i))
    .collect();
    items.push(match &tm.zone {
        Some(z) => vm.new_str(z),
        None => vm.none.clone(),
    });
    items.push(match tm.gmtoff {
        Some(o) => vm.new_int(o),
        None => vm.none.clone(),
    });
    vm.call(&ty, &[vm.new_tuple(items)], &[])
}

/// A time tuple argument: a struct_time or a 9-tuple (CPython: gettmarg).
fn tm_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<Tm> {
    let Some(t) = v.downcast::<TupleData>() else {
        return Err(vm.new_type_error("Tuple or struct_time argument required"));
    };
    let items = t.items();
    let illegal = || vm.new_type_error(format!("{fname}(): illegal time tuple argument"));
    if items.len() != 9 {
        return Err(illegal());
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items) {
        if item.downcast::<FloatData>().is_some() {
            return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
        }
        *slot = vm.index_to_isize(item)? as i64;
    }
    let is_struct_time = struct_time_type(vm).is_ok_and(|ty| v.class().to_value().is(&ty));
    let (zone, gmtoff) = if is_struct_time {
        let zone = vm
            .getattr_str(v, "tm_zone")
            .ok()
            .and_then(|z| z.downcast::<StrData>().map(|s| s.as_str().to_string()));
        let off = vm
            .getattr_str(v, "tm_gmtoff")
            .ok()
            .and_then(|o| o.as_small_int());
        (zone, off)
    } else {
        (None, None)
    };
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone,
        gmtoff,
    })
}

/// CPython's checktm, after strftime's normalisation of zero fields.
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    let checks: [(bool, &str); 7] = [
        (!(1..=12).contains(&tm.mon), "month out of range"),
        (!(1..=31).contains(&tm.mday), "day of month out of range"),
        (!(0..=23).contains(&tm.hour), "hour out of range"),
        (!(0..=59).contains(&tm.min), "minute out of range"),
        (!(0..=61).contains(&tm.sec), "seconds out of range"),
        ((tm.wday + 1) % 7 < 0, "day of week out of range"),
        (!(1..=366).contains(&tm.yday), "day of year out of range"),
    ];
    for (bad, msg) in checks {
        if bad {
            return Err(vm.new_value_error(msg));
        }
    }
    tm.wday = ((tm.wday + 1) % 7 + 6) % 7;
    Ok(())
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(tm.mon - 1).clamp(0, 11) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The ISO 8601 week-based year and week of a date (for %G, %g, %V).
fn iso_week(tm: &Tm) -> (i64, i64) {
    let yday0 = tm.yday - 1;
    let wday = tm.wday.rem_euclid(7); // Monday = 0
    let week = (yday0 - wday + 10) / 7;
    if week < 1 {
        let py = tm.year - 1;
        let pdays = if is_leap(py) { 366 } else { 365 };
        return (py, (yday0 + pdays - wday + 10) / 7);
    }
    let days = if is_leap(tm.year) { 366 } else { 365 };
    if week == 53 && yday0 - wday + 3 >= days {
        return (tm.year + 1, 1);
    }
    (tm.year, week)
}

/// C's strftime in the C locale, with glibc's `-`, `_`, `0` and `^` flags.
fn strftime_text(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let c_wday = (tm.wday + 1).rem_euclid(7); // Sunday = 0
    let yday0 = tm.yday - 1;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut flag = None;
        while let Some(&f) = chars.peek() {
            if matches!(f, '-' | '_' | '0' | '^' | '#') {
                flag = Some(f);
                chars.next();
            } else {
                break;
            }
        }
        let Some(conv) = chars.next() else {
            out.push('%');
            break;
        };
        let num = |n: i64, width: usize, pad: char| -> String {
            let (width, pad) = match flag {
                Some('-') => (0, pad),
                Some('_') => (width, ' '),
                Some('0') => (width, '0'),
                _ => (width, pad),
            };
            let s = n.abs().to_string();
            let mut r = String::new();
            if n < 0 {
                r.push('-');
            }
            for _ in s.len() + usize::from(n < 0)..width {
                r.push(pad);
            }
            r.push_str(&s);
            r
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let piece = match conv {
            'a' => DAYS[tm.wday.rem_euclid(7) as usize][..3].to_string(),
            'A' => DAYS[tm.wday.rem_euclid(7) as usize].to_string(),
            'b' | 'h' => MONTHS[(tm.mon - 1).clamp(0, 11) as usize][..3].to_string(),
            'B' => MONTHS[(tm.mon - 1).clamp(0, 11) as usize].to_string(),
            'c' => strftime_text("%a %b %e %H:%M:%S %Y", tm),
            'C' => num(tm.year.div_euclid(100), 2, '0'),
            'd' => num(tm.mday, 2, '0'),
            'D' => strftime_text("%m/%d/%y", tm),
            'e' => num(tm.mday, 2, ' '),
            'F' => strftime_text("%Y-%m-%d", tm),
            'g' => num(iso_week(tm).0.rem_euclid(100), 2, '0'),
            'G' => num(iso_week(tm).0, 1, '0'),
            'H' => num(tm.hour, 2, '0'),
            'I' => num(hour12, 2, '0'),
            'j' => num(tm.yday, 3, '0'),
            'k' => num(tm.hour, 2, ' '),
            'l' => num(hour12, 2, ' '),
            'm' => num(tm.mon, 2, '0'),
            'M' => num(tm.min, 2, '0'),
            'n' => "\n".to_string(),
            'p' => if tm.hour >= 12 { "PM" } else { "AM" }.to_string(),
            'P' => if tm.hour >= 12 { "pm" } else { "am" }.to_string(),
            'r' => strftime_text("%I:%M:%S %p", tm),
            'R' => strftime_text("%H:%M", tm),
            's' => {
                let off = tm.gmtoff.unwrap_or(0);
                num(timegm(tm) - off, 1, '0')
            }
            'S' => num(tm.sec, 2, '0'),
            't' => "\t".to_string(),
            'T' => strftime_text("%H:%M:%S", tm),
            'u' => num(tm.wday.rem_euclid(7) + 1, 1, '0'),
            'U' => num((yday0 + 7 - c_wday) / 7, 2, '0'),
            'V' => num(iso_week(tm).1, 2, '0'),
            'w' => num(c_wday, 1, '0'),
            'W' => num((yday0 + 7 - (c_wday + 6) % 7) / 7, 2, '0'),
            'x' => strftime_text("%m/%d/%y", tm),
            'X' => strftime_text("%H:%M:%S", tm),
            'y' => num(tm.year.rem_euclid(100), 2, '0'),
            'Y' => num(tm.year, 1, '0'),
            'z' => {
                let off = tm.gmtoff.unwrap_or(0);
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.abs() / 60;
                format!("{sign}{:02}{:02}", a / 60, a % 60)
            }
            'Z' => tm.zone.clone().unwrap_or_default(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        if flag == Some('^') {
            out.push_str(&piece.to_uppercase());
        } else {
            out.push_str(&piece);
        }
    }
    out
}

// ----- the functions -----

fn at_most(vm: &Vm, name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > n {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

pub fn t_gmtime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "gmtime", args, kw, 1)?;
    let t = secs_arg(vm, args.first())?;
    tm_value(vm, &gm_tm(t))
}

pub fn t_localtime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "localtime", args, kw, 1)?;
    let t = secs_arg(vm, args.first())?;
    tm_value(vm, &local_tm(t))
}

pub fn t_mktime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "mktime", args, kw, 1)?;
    let Some(v) = args.first() else {
        return Err(vm.new_type_error("time.mktime() takes exactly one argument (0 given)"));
    };
    let tm = tm_arg(vm, "mktime", v)?;
    let naive = timegm(&tm);
    let first = with_zone(|z| z.at(naive).0);
    let t = with_zone(|z| naive - z.at(naive - first).0);
    Ok(vm.new_float(t as f64))
}

pub fn t_asctime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "asctime", args, kw, 1)?;
    let mut tm = match args.first() {
        Some(v) => tm_arg(vm, "asctime", v)?,
        None => local_tm(now_secs()),
    };
    check_tm(vm, &mut tm)?;
    Ok(vm.new_string(asctime_text(&tm)))
}

pub fn t_ctime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "ctime", args, kw, 1)?;
    let t = secs_arg(vm, args.first())?;
    Ok(vm.new_string(asctime_text(&local_tm(t))))
}

pub fn t_strftime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "strftime", args, kw, 2)?;
    let Some(fmt) = args.first() else {
        return Err(vm.new_type_error("strftime() takes at least 1 argument (0 given)"));
    };
    let Some(fmt) = fmt.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "strftime() argument 1 must be str, not {}",
            fmt.class().name()
        )));
    };
    let mut tm = match args.get(1) {
        Some(v) => tm_arg(vm, "strftime", v)?,
        None => local_tm(now_secs()),
    };
    check_tm(vm, &mut tm)?;
    if tm.zone.is_none() {
        let (std_name, _) = tz_names();
        tm.zone = Some(std_name);
    }
    Ok(vm.new_string(strftime_text(fmt.as_str(), &tm)))
}

/// `strptime(string, format)`: delegates to the `_strptime` module, as CPython does.
pub fn t_strptime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "strptime", args, kw, 2)?;
    let m = crate::import::import_module(vm, "_strptime")?;
    let f = vm.getattr_str(&m, "_strptime_time")?;
    vm.call(&f, args, &[])
}

pub fn t_get_clock_info(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    at_most(vm, "get_clock_info", args, kw, 1)?;
    let name = args
        .first()
        .and_then(|n| n.downcast::<StrData>())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let (imp, monotonic, adjustable) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(vm.new_value_error("unknown clock")),
    };
    let sys = vm.sys.borrow().clone();
    let ns_type = match sys {
        Some(s) => vm.getattr_str(&s, "implementation")?.class().to_value(),
        None => return Err(vm.new_runtime_error("lost sys")),
    };
    let ns = vm.call(&ns_type, &[], &[])?;
    vm.setattr(&ns, &vm.intern("implementation"), Some(vm.new_str(imp)))?;
    vm.setattr(&ns, &vm.intern("monotonic"), Some(vm.new_bool(monotonic)))?;
    vm.setattr(&ns, &vm.intern("adjustable"), Some(vm.new_bool(adjustable)))?;
    vm.setattr(&ns, &vm.intern("resolution"), Some(vm.new_float(1e-09)))?;
    Ok(ns)
}

/// The zone names of January and July of this year (CPython: init_timezone).
fn tz_names() -> (String, String) {
    let (jan, jul) = jan_jul();
    (jan.2, jul.2)
}

fn jan_jul() -> ((i64, bool, String), (i64, bool, String)) {
    let year = gm_tm(now_secs()).year;
    let jan = days_from_civil(year, 1, 1) * 86400;
    let jul = days_from_civil(year, 7, 1) * 86400;
    with_zone(|z| (z.at(jan).clone(), z.at(jul).clone()))
}

/// Sets `timezone`, `altzone`, `daylight`, `tzname` and `struct_time` in the module dict.
pub fn add_constants(vm: &Vm, d: &crate::objects::dict::DictRef) {
    let (jan, jul) = jan_jul();
    d.set_str(vm, &vm.intern("timezone"), vm.new_int(-jan.0));
    d.set_str(vm, &vm.intern("altzone"), vm.new_int(-jul.0));
    d.set_str(
        vm,
        &vm.intern("daylight"),
        vm.new_int(i64::from(jan.0 != jul.0)),
    );
    d.set_str(
        vm,
        &vm.intern("tzname"),
        vm.new_tuple(vec![vm.new_str(&jan.2), vm.new_str(&jul.2)]),
    );
    if let Ok(t) = struct_time_type(vm) {
        d.set_str(vm, &vm.intern("struct_time"), t);
    }
    // The number of fields `struct_time(...)` takes from a sequence (what `_strptime` slices).
    d.set_str(vm, &vm.intern("_STRUCT_TM_ITEMS"), vm.new_int(11));
}
