//! The `zlib` module over zlib itself, built from source and linked in (through the `flate2`
//! crate's safe streams, so the bytes it makes are zlib's own, as CPython's are): `compress`,
//! `decompress`, the streaming `compressobj`/`decompressobj` objects (`Compress`,
//! `Decompress`: zlib, raw deflate and gzip formats, preset dictionaries, flush modes,
//! `unused_data`, `unconsumed_tail`, `eof`), `_ZlibDecompressor` (the one-way decompressor
//! `gzip` reads with), `crc32`, `adler32`, `zlib.error` and the constants, which `gzip`,
//! `zipfile`, `tarfile` and `shutil`'s archives need. Not here yet: `memLevel` and `strategy`
//! other than their defaults and `copy()` of a stream (each raises). CPython:
//! Modules/zlibmodule.c.

use std::cell::RefCell;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::itertoolsmodule::unpack_kw;
use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::ops::new_bytes;
use crate::typeobject::TypeData;
use crate::types::StaticType;
use crate::vm::{PyErr, PyResult, Vm};

const MAX_WBITS: i64 = 15;
const DEFLATED: i64 = 8;
const DEF_MEM_LEVEL: i64 = 8;
const DEF_BUF_SIZE: i64 = 16384;
const Z_DEFAULT_COMPRESSION: i64 = -1;
const Z_DEFAULT_STRATEGY: i64 = 0;
const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;

/// The version of the zlib linked in (the `libz-sys` crate's source); CPython reports the
/// system's zlib it was built with, whose deflate makes the same bytes.
const ZLIB_VERSION: &str = "1.3.2";

thread_local! {
    /// `zlib.error`, `zlib.Compress` and `zlib.Decompress`, made with the module.
    static CLASSES: RefCell<Option<(Value, StaticType, StaticType)>> = const { RefCell::new(None) };
}

fn classes(vm: &Vm) -> (Value, StaticType, StaticType) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let d = vm.new_dict();
    d.set_str(vm, &vm.names.__module__, vm.new_str("zlib"));
    let error = vm
        .call(
            &vm.types.type_.to_value(),
            &[
                vm.new_str("error"),
                vm.new_tuple(vec![vm.types.exc.exception.to_value()]),
                d.into_value(),
            ],
            &[],
        )
        .unwrap_or_else(|_| vm.types.exc.exception.to_value());
    let new = |name: &str| {
        crate::itertoolsmodule::new_module_type::<Stream>(
            vm,
            "zlib",
            name,
            vm.types.object,
            0,
            0,
            None,
        )
    };
    let (comp, decomp) = (new("Compress"), new("Decompress"));
    let cmethods: &[(&'static str, NativeFn)] = &[
        ("compress", comp_compress),
        ("flush", comp_flush),
        ("copy", stream_copy),
    ];
    for (m, f) in cmethods {
        add_method(vm, comp, m, *f);
    }
    let dmethods: &[(&'static str, NativeFn)] = &[
        ("decompress", decomp_decompress),
        ("flush", decomp_flush),
        ("copy", stream_copy),
    ];
    for (m, f) in dmethods {
        add_method(vm, decomp, m, *f);
    }
    use crate::objects::descr::add_getset;
    add_getset(
        vm,
        decomp,
        "unused_data",
        |vm, v| decomp_attr(vm, v, 0),
        None,
    );
    add_getset(
        vm,
        decomp,
        "unconsumed_tail",
        |vm, v| decomp_attr(vm, v, 1),
        None,
    );
    add_getset(vm, decomp, "eof", |vm, v| decomp_attr(vm, v, 2), None);
    let c = (error, comp, decomp);
    CLASSES.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    c
}

/// `zlib.error(msg)`.
fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let (cls, _, _) = classes(vm);
    match cls.downcast::<TypeData>() {
        Some(t) => vm.new_exception_msg(t, msg),
        None => vm.new_value_error(msg.into()),
    }
}

/// The message of a failed inflate, as CPython words zlib's (`zlib_error`).
fn inflate_error(vm: &Vm, e: &flate2::DecompressError, while_: &str) -> PyErr {
    if e.needs_dictionary().is_some() {
        return error(vm, format!("Error 2 while {while_}"));
    }
    match e.message() {
        Some(m) => error(vm, format!("Error -3 while {while_}: {m}")),
        None => error(vm, format!("Error -3 while {while_}")),
    }
}

/// Fails when the positional-only `data` is not given by position (CPython's message).
fn data_positional(vm: &Vm, fname: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if args.len() == kw.len() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at least 1 positional argument (0 given)"
        )));
    }
    Ok(())
}

fn int_arg(vm: &Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => Ok(vm.index_to_isize(v)? as i64),
        None => Ok(default),
    }
}

/// The format a `wbits` names.
#[derive(Clone, Copy)]
enum Format {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// Zlib or gzip, told by the header (decompression only).
    Auto(u8),
}

fn format_of(wbits: i64, decompress: bool) -> Option<Format> {
    // zlib takes a window of 8 as 9 (CPython passes it through).
    let bits = |b: i64| Some(b.clamp(9, 15) as u8);
    match wbits {
        8..=15 => Format::Zlib(bits(wbits)?).into(),
        0 if decompress => Some(Format::Zlib(15)),
        -15..=-9 => Some(Format::Raw(bits(-wbits)?)),
        25..=31 => Some(Format::Gzip(bits(wbits - 16)?)),
        40..=47 if decompress => Some(Format::Auto(bits(wbits - 32)?)),
        32 if decompress => Some(Format::Auto(15)),
        _ => None,
    }
}

fn new_compress(level: i64, format: Format) -> Compress {
    let level = if level == Z_DEFAULT_COMPRESSION {
        Compression::default()
    } else {
        Compression::new(level as u32)
    };
    match format {
        Format::Zlib(b) | Format::Auto(b) => Compress::new_with_window_bits(level, true, b),
        Format::Raw(b) => Compress::new_with_window_bits(level, false, b),
        Format::Gzip(b) => Compress::new_gzip(level, b),
    }
}

fn new_decompress(format: Format, first: Option<u8>) -> Decompress {
    match format {
        Format::Zlib(b) => Decompress::new_with_window_bits(true, b),
        Format::Raw(b) => Decompress::new_with_window_bits(false, b),
        Format::Gzip(b) => Decompress::new_gzip(b),
        Format::Auto(b) if first == Some(0x1f) => Decompress::new_gzip(b),
        Format::Auto(b) => Decompress::new_with_window_bits(true, b),
    }
}

/// The sizes of the successive blocks of output CPython gives zlib (its blocks output
/// buffer): zlib's stored blocks (level 0) end where the room for output does, so the same
/// blocks make the same bytes. CPython: Include/internal/pycore_blocks_output_buffer.h.
const OUTPUT_BLOCKS: [usize; 17] = {
    const KB: usize = 1024;
    const MB: usize = 1024 * KB;
    [
        32 * KB,
        64 * KB,
        256 * KB,
        MB,
        4 * MB,
        8 * MB,
        16 * MB,
        16 * MB,
        32 * MB,
        32 * MB,
        32 * MB,
        32 * MB,
        64 * MB,
        64 * MB,
        128 * MB,
        128 * MB,
        256 * MB,
    ]
};

/// All of `data` deflated through `c` with `flush`, until zlib leaves room in its output (or,
/// finishing, ends the stream).
fn deflate(c: &mut Compress, data: &[u8], flush: FlushCompress) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    let (mut block, mut room) = (0, 0);
    let start = c.total_in();
    loop {
        if room == 0 {
            room = OUTPUT_BLOCKS[block.min(OUTPUT_BLOCKS.len() - 1)];
            block += 1;
        }
        let done = (c.total_in() - start) as usize;
        let len = out.len();
        out.resize(len + room, 0);
        let before = c.total_out();
        let st = c.compress(&data[done..], &mut out[len..], flush);
        let wrote = (c.total_out() - before) as usize;
        out.truncate(len + wrote);
        room -= wrote;
        match st {
            Ok(Status::StreamEnd) | Err(_) => break,
            Ok(_) if room > 0 && !matches!(flush, FlushCompress::Finish) => break,
            // (No progress with room left: nothing more will come.)
            Ok(_) if room > 0 && wrote == 0 && (c.total_in() - start) as usize == done => break,
            Ok(_) => {}
        }
    }
    out
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    data_positional(vm, "compress", args, kw)?;
    let a = unpack_kw(vm, "compress", args, kw, &["data", "level", "wbits"], 1, 3)?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().expect("required"))?;
    let level = int_arg(vm, &a[1], Z_DEFAULT_COMPRESSION)?;
    let wbits = int_arg(vm, &a[2], MAX_WBITS)?;
    let format = format_of(wbits, false);
    let (Some(format), true) = (format, level == -1 || (0..=9).contains(&level)) else {
        return Err(error(vm, "Bad compression level"));
    };
    let mut c = new_compress(level, format);
    Ok(new_bytes(vm, deflate(&mut c, &data, FlushCompress::Finish)))
}

/// Inflates `data` through `d` (its stream so far), at most `max` bytes out when `max > 0`.
/// Returns the output, how much input was used, and whether the stream ended.
fn inflate(
    vm: &Vm,
    d: &mut Decompress,
    data: &[u8],
    max: usize,
    bufsize: usize,
    while_: &str,
) -> PyResult<(Vec<u8>, usize, bool)> {
    let mut out: Vec<u8> =
        Vec::with_capacity(bufsize.max(1).min(if max > 0 { max } else { usize::MAX }));
    let start = d.total_in();
    loop {
        let used = (d.total_in() - start) as usize;
        if out.len() == out.capacity() {
            if max > 0 && out.len() >= max {
                return Ok((out, used, false));
            }
            let more = out.capacity().max(1024);
            let more = if max > 0 {
                more.min(max - out.len())
            } else {
                more
            };
            out.reserve_exact(more);
        }
        let before = (d.total_in(), d.total_out());
        let st = d
            .decompress_vec(&data[used..], &mut out, FlushDecompress::None)
            .map_err(|e| inflate_error(vm, &e, while_))?;
        let used = (d.total_in() - start) as usize;
        if matches!(st, Status::StreamEnd) {
            return Ok((out, used, true));
        }
        let stalled = (d.total_in(), d.total_out()) == before;
        if stalled && out.len() < out.capacity() {
            return Ok((out, used, false));
        }
    }
}

/// A decompression stream as `Decompress` and `_ZlibDecompressor` keep it: made at the first
/// input when the format is told by the header, given its preset dictionary at once for raw
/// deflate and when a zlib stream asks for it.
struct Inflater {
    d: Option<Decompress>,
    format: Format,
    zdict: Option<Vec<u8>>,
}

impl Inflater {
    /// From the `wbits` and `zdict` arguments of `decompressobj` and `_ZlibDecompressor`.
    fn new(vm: &Vm, wbits: &Option<Value>, zdict: &Option<Value>) -> PyResult<Inflater> {
        let wbits = int_arg(vm, wbits, MAX_WBITS)?;
        let Some(format) = format_of(wbits, true) else {
            return Err(vm.new_value_error("Invalid initialization option".to_string()));
        };
        let zdict = match zdict {
            Some(z) => Some(crate::buffer::bytes_of(vm, z).map_err(|_| {
                vm.new_type_error("zdict argument must support the buffer protocol")
            })?)
            .filter(|z| !z.is_empty()),
            None => None,
        };
        let d = match format {
            Format::Auto(_) => None,
            f => {
                let mut d = new_decompress(f, None);
                if let (Some(z), Format::Raw(_)) = (&zdict, f) {
                    d.set_dictionary(z)
                        .map_err(|_| vm.new_value_error("Invalid dictionary".to_string()))?;
                }
                Some(d)
            }
        };
        Ok(Inflater { d, format, zdict })
    }

    /// Whether the stream has started (its format is known).
    fn started(&self) -> bool {
        self.d.is_some()
    }

    /// `inflate` on this stream, setting the preset dictionary when the stream asks for it.
    fn run(
        &mut self,
        vm: &Vm,
        data: &[u8],
        max: usize,
        while_: &str,
    ) -> PyResult<(Vec<u8>, usize, bool)> {
        let format = self.format;
        let d = self
            .d
            .get_or_insert_with(|| new_decompress(format, data.first().copied()));
        let start = d.total_in();
        let bufsize = DEF_BUF_SIZE as usize;
        match inflate(vm, d, data, max, bufsize, while_) {
            Ok(r) => Ok(r),
            Err(e) => {
                let Some(z) = self.zdict.as_ref() else {
                    return Err(e);
                };
                if d.set_dictionary(z).is_err() {
                    return Err(e);
                }
                let used = ((d.total_in() - start) as usize).min(data.len());
                let (o, u, end) = inflate(vm, d, &data[used..], max, bufsize, while_)?;
                Ok((o, used + u, end))
            }
        }
    }
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    data_positional(vm, "decompress", args, kw)?;
    let a = unpack_kw(
        vm,
        "decompress",
        args,
        kw,
        &["data", "wbits", "bufsize"],
        1,
        3,
    )?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().expect("required"))?;
    let wbits = int_arg(vm, &a[1], MAX_WBITS)?;
    let bufsize = int_arg(vm, &a[2], DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.new_value_error("bufsize must be non-negative".to_string()));
    }
    let Some(format) = format_of(wbits, true) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut d = new_decompress(format, data.first().copied());
    let (out, _, ended) = inflate(vm, &mut d, &data, 0, bufsize as usize, "decompressing data")?;
    if !ended {
        return Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(new_bytes(vm, out))
}

/// The payload of `Compress` and `Decompress` objects.
struct Stream {
    state: RefCell<StreamState>,
}

impl crate::object::Payload for Stream {}

enum StreamState {
    Compress {
        c: Compress,
        finished: bool,
    },
    Decompress {
        inflater: Inflater,
        unused_data: Vec<u8>,
        unconsumed_tail: Vec<u8>,
        eof: bool,
    },
}

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
fn compressobj(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack_kw(
        vm,
        "compressobj",
        args,
        kw,
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        6,
    )?;
    let level = int_arg(vm, &a[0], Z_DEFAULT_COMPRESSION)?;
    let method = int_arg(vm, &a[1], DEFLATED)?;
    let wbits = int_arg(vm, &a[2], MAX_WBITS)?;
    let mem_level = int_arg(vm, &a[3], DEF_MEM_LEVEL)?;
    let strategy = int_arg(vm, &a[4], Z_DEFAULT_STRATEGY)?;
    let format = format_of(wbits, false);
    let (Some(format), true, true) = (
        format,
        level == -1 || (0..=9).contains(&level),
        method == DEFLATED && (1..=9).contains(&mem_level) && (0..=4).contains(&strategy),
    ) else {
        return Err(vm.new_value_error("Invalid initialization option".to_string()));
    };
    if mem_level != DEF_MEM_LEVEL || strategy != Z_DEFAULT_STRATEGY {
        return Err(vm.new_exception_msg(
            vm.types.exc.not_implemented_error,
            "ouro: zlib.compressobj() takes only the default memLevel and strategy yet",
        ));
    }
    let mut c = new_compress(level, format);
    if let Some(z) = a[5].as_ref().filter(|z| !vm.is_none(z)) {
        let z = crate::buffer::bytes_of(vm, z)
            .map_err(|_| vm.new_type_error("zdict argument must support the buffer protocol"))?;
        c.set_dictionary(&z)
            .map_err(|_| vm.new_value_error("Invalid dictionary".to_string()))?;
    }
    let (_, comp, _) = classes(vm);
    Ok(alloc_object(
        comp,
        Stream {
            state: RefCell::new(StreamState::Compress { c, finished: false }),
        },
    )
    .into_value())
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
fn decompressobj(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack_kw(vm, "decompressobj", args, kw, &["wbits", "zdict"], 0, 2)?;
    let inflater = Inflater::new(vm, &a[0], &a[1])?;
    let (_, _, decomp) = classes(vm);
    Ok(alloc_object(
        decomp,
        Stream {
            state: RefCell::new(StreamState::Decompress {
                inflater,
                unused_data: Vec::new(),
                unconsumed_tail: Vec::new(),
                eof: false,
            }),
        },
    )
    .into_value())
}

fn comp_compress(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<Stream>(vm, args, "zlib.Compress", "compress")?;
    crate::objects::list::no_kw(vm, "Compress.compress", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "Compress.compress() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let data = crate::buffer::bytes_of(vm, &args[1])?;
    let mut st = s.state.borrow_mut();
    let StreamState::Compress { c, finished } = &mut *st else {
        unreachable!("a Compress object")
    };
    if *finished {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    Ok(new_bytes(vm, deflate(c, &data, FlushCompress::None)))
}

fn comp_flush(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<Stream>(vm, args, "zlib.Compress", "flush")?;
    let a = unpack_kw(vm, "flush", &args[1..], kw, &["mode"], 0, 1)?;
    let mode = int_arg(vm, &a[0], Z_FINISH)?;
    let mut st = s.state.borrow_mut();
    let StreamState::Compress { c, finished } = &mut *st else {
        unreachable!("a Compress object")
    };
    if mode == Z_NO_FLUSH {
        return Ok(new_bytes(vm, Vec::new()));
    }
    let flush = match mode {
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        _ => {
            return Err(error(
                vm,
                "Error -2 while flushing: inconsistent stream state",
            ))
        }
    };
    if *finished {
        return Err(error(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        ));
    }
    let out = deflate(c, &[], flush);
    if mode == Z_FINISH {
        *finished = true;
    }
    Ok(new_bytes(vm, out))
}

fn stream_copy(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception_msg(
        vm.types.exc.not_implemented_error,
        "ouro: copying a zlib stream is not supported yet",
    ))
}

fn decomp_decompress(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<Stream>(vm, args, "zlib.Decompress", "decompress")?;
    data_positional(vm, "decompress", &args[1..], kw)?;
    let a = unpack_kw(
        vm,
        "decompress",
        &args[1..],
        kw,
        &["data", "max_length"],
        1,
        2,
    )?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().expect("required"))?;
    let max = int_arg(vm, &a[1], 0)?;
    if max < 0 {
        return Err(vm.new_value_error("max_length must be non-negative".to_string()));
    }
    decomp_run(vm, s, data, max as usize, "decompressing data")
}

/// Feeds `data` to a Decompress object, keeping what it does not take as CPython does.
fn decomp_run(
    vm: &Vm,
    s: &crate::object::Obj<Stream>,
    data: Vec<u8>,
    max: usize,
    while_: &str,
) -> PyResult<Value> {
    let mut st = s.state.borrow_mut();
    let StreamState::Decompress {
        inflater,
        unused_data,
        unconsumed_tail,
        eof,
    } = &mut *st
    else {
        unreachable!("a Decompress object")
    };
    if *eof {
        unused_data.extend_from_slice(&data);
        return Ok(new_bytes(vm, Vec::new()));
    }
    if data.is_empty() && !inflater.started() {
        return Ok(new_bytes(vm, Vec::new()));
    }
    let (out, mut used, ended) = inflater.run(vm, &data, max, while_)?;
    if ended {
        *eof = true;
        *unused_data = data[used..].to_vec();
        unconsumed_tail.clear();
        used = data.len();
    }
    if max > 0 && !ended {
        *unconsumed_tail = data[used..].to_vec();
    } else if !ended {
        unconsumed_tail.clear();
    }
    Ok(new_bytes(vm, out))
}

fn decomp_flush(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<Stream>(vm, args, "zlib.Decompress", "flush")?;
    let a = unpack_kw(vm, "flush", &args[1..], kw, &["length"], 0, 1)?;
    let length = int_arg(vm, &a[0], DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.new_value_error("length must be greater than zero".to_string()));
    }
    let tail = {
        let mut st = s.state.borrow_mut();
        let StreamState::Decompress {
            unconsumed_tail, ..
        } = &mut *st
        else {
            unreachable!("a Decompress object")
        };
        std::mem::take(unconsumed_tail)
    };
    decomp_run(vm, s, tail, 0, "flushing")
}

fn decomp_attr(vm: &Vm, v: &Value, which: u8) -> PyResult<Value> {
    let Some(s) = v.downcast::<Stream>() else {
        return Err(vm.new_type_error("descriptor needs a zlib.Decompress object"));
    };
    let st = s.state.borrow();
    let StreamState::Decompress {
        unused_data,
        unconsumed_tail,
        eof,
        ..
    } = &*st
    else {
        return Err(vm.new_type_error("descriptor needs a zlib.Decompress object"));
    };
    Ok(match which {
        0 => new_bytes(vm, unused_data.clone()),
        1 => new_bytes(vm, unconsumed_tail.clone()),
        _ => vm.new_bool(*eof),
    })
}

/// `crc32(data, value=0, /)`.
fn crc32(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    checksum(
        vm,
        "zlib.crc32",
        args,
        kw,
        0,
        crate::binasciimodule::crc32_update,
    )
}

/// `adler32(data, value=1, /)`.
fn adler32(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    checksum(vm, "zlib.adler32", args, kw, 1, |v, d| {
        let (mut a, mut b) = (v & 0xffff, v >> 16);
        for chunk in d.chunks(5552) {
            for &x in chunk {
                a += u32::from(x);
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        (b << 16) | a
    })
}

fn checksum(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    start: u32,
    f: impl Fn(u32, &[u8]) -> u32,
) -> PyResult<Value> {
    let args = crate::itertoolsmodule::positional_only(vm, name, args, kw, 1, 2)?;
    let data = crate::buffer::bytes_of(vm, &args[0])?;
    let v = match args.get(1) {
        // Any int, taken modulo 2**32.
        Some(v) => crate::binasciimodule::u32_bitwise(vm, v)?,
        None => start,
    };
    Ok(vm.new_int(i64::from(f(v, &data))))
}

/// The payload of `_ZlibDecompressor`, the one-way decompressor `gzip` reads with: it keeps
/// the input it has not used for the next call, as `bz2`'s and `lzma`'s do.
struct ZlibDecompressor {
    state: RefCell<OneWay>,
}

impl crate::object::Payload for ZlibDecompressor {}

struct OneWay {
    inflater: Inflater,
    /// Input given but not used yet.
    input: Vec<u8>,
    eof: bool,
    needs_input: bool,
    unused_data: Vec<u8>,
}

thread_local! {
    /// `zlib._ZlibDecompressor`, made with the module.
    static ONE_WAY: RefCell<Option<StaticType>> = const { RefCell::new(None) };
}

fn one_way_type(vm: &Vm) -> StaticType {
    if let Some(t) = ONE_WAY.with(|t| *t.borrow()) {
        return t;
    }
    let t = crate::itertoolsmodule::new_module_type::<ZlibDecompressor>(
        vm,
        "zlib",
        "_ZlibDecompressor",
        vm.types.object,
        0,
        0,
        None,
    );
    crate::objects::builtin::add_staticmethod(vm, t, "__new__", one_way_new);
    add_method(vm, t, "decompress", one_way_decompress);
    use crate::objects::descr::add_getset;
    add_getset(vm, t, "eof", |vm, v| one_way_attr(vm, v, 0), None);
    add_getset(vm, t, "needs_input", |vm, v| one_way_attr(vm, v, 1), None);
    add_getset(vm, t, "unused_data", |vm, v| one_way_attr(vm, v, 2), None);
    ONE_WAY.with(|s| *s.borrow_mut() = Some(t));
    t
}

/// `_ZlibDecompressor(wbits=15, zdict=b'')`.
fn one_way_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = crate::itertoolsmodule::new_args(vm, args)?;
    let a = unpack_kw(vm, "_ZlibDecompressor", rest, kw, &["wbits", "zdict"], 0, 2)?;
    let inflater = Inflater::new(vm, &a[0], &a[1])?;
    Ok(alloc_object(
        cls,
        ZlibDecompressor {
            state: RefCell::new(OneWay {
                inflater,
                input: Vec::new(),
                eof: false,
                needs_input: true,
                unused_data: Vec::new(),
            }),
        },
    )
    .into_value())
}

/// `decompress(data, max_length=-1)`: at most `max_length` bytes (all, when negative) of
/// the data given so far; what is not used waits for the next call.
fn one_way_decompress(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<ZlibDecompressor>(vm, args, "zlib._ZlibDecompressor", "decompress")?;
    let a = unpack_kw(
        vm,
        "decompress",
        &args[1..],
        kw,
        &["data", "max_length"],
        1,
        2,
    )?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().expect("required"))?;
    let max = int_arg(vm, &a[1], -1)?;
    let mut guard = s.state.borrow_mut();
    let st = &mut *guard;
    if st.eof {
        return Err(vm.new_exception_msg(vm.types.exc.eof_error, "End of stream already reached"));
    }
    st.input.extend_from_slice(&data);
    let input = std::mem::take(&mut st.input);
    // `max_length` 0 asks for nothing; below 0, for everything.
    let (out, used, ended) = if max == 0 {
        (Vec::new(), 0, false)
    } else {
        let limit = if max < 0 { 0 } else { max as usize };
        st.inflater.run(vm, &input, limit, "decompressing data")?
    };
    let rest = &input[used.min(input.len())..];
    if ended {
        st.eof = true;
        st.needs_input = false;
        st.unused_data = rest.to_vec();
    } else if rest.is_empty() {
        st.needs_input = true;
    } else {
        st.needs_input = false;
        st.input = rest.to_vec();
    }
    Ok(new_bytes(vm, out))
}

fn one_way_attr(vm: &Vm, v: &Value, which: u8) -> PyResult<Value> {
    let Some(s) = v.downcast::<ZlibDecompressor>() else {
        return Err(vm.new_type_error("descriptor needs a zlib._ZlibDecompressor object"));
    };
    let st = s.state.borrow();
    Ok(match which {
        0 => vm.new_bool(st.eof),
        1 => vm.new_bool(st.needs_input),
        _ => new_bytes(vm, st.unused_data.clone()),
    })
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compress", compress),
    ("decompress", decompress),
    ("compressobj", compressobj),
    ("decompressobj", decompressobj),
    ("crc32", crc32),
    ("adler32", adler32),
];

/// Makes the `zlib` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "zlib");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, d, Some(&m), FUNCTIONS);
        let (err, _, _) = classes(vm);
        d.set_str(vm, &vm.intern("error"), err);
        d.set_str(
            vm,
            &vm.intern("_ZlibDecompressor"),
            one_way_type(vm).to_value(),
        );
        let ints: &[(&str, i64)] = &[
            ("MAX_WBITS", MAX_WBITS),
            ("DEFLATED", DEFLATED),
            ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
            ("DEF_BUF_SIZE", DEF_BUF_SIZE),
            ("Z_NO_COMPRESSION", 0),
            ("Z_BEST_SPEED", 1),
            ("Z_BEST_COMPRESSION", 9),
            ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION),
            ("Z_FILTERED", 1),
            ("Z_HUFFMAN_ONLY", 2),
            ("Z_RLE", 3),
            ("Z_FIXED", 4),
            ("Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY),
            ("Z_NO_FLUSH", Z_NO_FLUSH),
            ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
            ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
            ("Z_FULL_FLUSH", Z_FULL_FLUSH),
            ("Z_FINISH", Z_FINISH),
            ("Z_BLOCK", 5),
            ("Z_TREES", 6),
        ];
        for (k, v) in ints {
            d.set_str(vm, &vm.intern(k), vm.new_int(*v));
        }
        d.set_str(vm, &vm.intern("ZLIB_VERSION"), vm.new_str(ZLIB_VERSION));
        d.set_str(
            vm,
            &vm.intern("ZLIB_RUNTIME_VERSION"),
            vm.new_str(ZLIB_VERSION),
        );
    }
    m
}
