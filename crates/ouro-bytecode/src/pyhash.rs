//! `hash()` of constants as CPython 3.12 computes it with `PYTHONHASHSEED=0` (SipHash-1-3 with
//! an all-zero key for str and bytes), and the iteration order of a frozenset built from
//! constants, which `dis` shows.
//! CPython counterparts: Python/pyhash.c, Objects/longobject.c `long_hash`,
//! Objects/tupleobject.c `tuplehash`, Objects/setobject.c `set_add_entry`, `set_table_resize`.

use crate::code::Constant;

/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;
const HASH_IMAG: i64 = 1_000_003;

fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13);
    v[1] ^= v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16);
    v[3] ^= v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21);
    v[3] ^= v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17);
    v[1] ^= v[2];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 with key (k0, k1).
// CPython: pyhash.c siphash13
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut b = (data.len() as u64) << 56;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// `_Py_HashBytes` with the hash secret zeroed (`PYTHONHASHSEED=0`).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(0, 0, data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(str)`: the bytes of CPython's compact representation (1, 2 or 4 bytes a character,
/// by the widest character).
pub fn hash_str(s: &str) -> i64 {
    hash_code_points(s.chars().map(u32::from))
}

/// `hash(str)` of a string given as code points (lone surrogates included): SipHash of the
/// string's storage in its narrowest kind (1, 2 or 4 bytes a code point).
pub fn hash_code_points<I: Iterator<Item = u32> + Clone>(points: I) -> i64 {
    hash_bytes(&narrowest_kind_bytes(points))
}

/// A string's storage in CPython's compact representation: 1, 2 or 4 little-endian bytes a
/// code point, by the widest one (`PyUnicode_1BYTE_KIND` ... `4BYTE_KIND`), which is what
/// `hash(str)` hashes.
pub fn narrowest_kind_bytes<I: Iterator<Item = u32> + Clone>(points: I) -> Vec<u8> {
    let max = points.clone().max().unwrap_or(0);
    let mut buf = Vec::new();
    for c in points {
        if max < 0x100 {
            buf.push(c as u8);
        } else if max < 0x10000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    buf
}

/// `hash(int)` for an `i64`.
pub fn hash_i64(v: i64) -> i64 {
    let h = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a decimal string.
pub fn hash_decimal(s: &str) -> i64 {
    let negative = s.starts_with('-');
    let mut acc: u128 = 0;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        acc = (acc * 10 + (b - b'0') as u128) % MODULUS as u128;
    }
    let h = acc as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(float)`.
// CPython: pyhash.c _Py_HashDouble
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        // CPython hashes a NaN by its address; any fixed value will do.
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `hash()` of a constant. `None`, `Ellipsis` and code objects hash by address in CPython
/// 3.12; they get fixed values here.
// CPython: tupleobject.c tuplehash, complexobject.c complex_hash, setobject.c frozenset_hash
pub fn hash_constant(c: &Constant) -> i64 {
    match c {
        Constant::None | Constant::Ellipsis | Constant::Code(_) => 0,
        Constant::Bool(b) => *b as i64,
        Constant::Int(i) => hash_i64(*i),
        Constant::BigInt(s) => hash_decimal(s),
        Constant::Float(f) => hash_f64(*f),
        Constant::Complex { real, imag } => {
            let h = hash_f64(*real).wrapping_add(HASH_IMAG.wrapping_mul(hash_f64(*imag)));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Constant::Str(s) => hash_str(s),
        Constant::SurrogateStr(p) => hash_code_points(p.iter().copied()),
        Constant::Bytes(b) => hash_bytes(b),
        Constant::Tuple(items) => {
            const P1: u64 = 11_400_714_785_074_694_791;
            const P2: u64 = 14_029_467_366_897_019_727;
            const P5: u64 = 2_870_177_450_012_600_261;
            let mut acc = P5;
            for item in items.iter() {
                let lane = hash_constant(item) as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3_527_539));
            if acc == u64::MAX {
                1_546_275_796
            } else {
                acc as i64
            }
        }
        Constant::FrozenSet(items) => {
            // CPython: setobject.c frozenset_hash, _shuffle_bits
            let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
            let mut hash: u64 = 0;
            for item in items.iter() {
                hash ^= shuffle(hash_constant(item) as u64);
            }
            if items.len() % 2 == 1 {
                hash ^= shuffle(u64::MAX);
            }
            hash ^= ((items.len() as u64).wrapping_add(1)).wrapping_mul(1_927_868_237);
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
            if hash == u64::MAX {
                590_923_713
            } else {
                hash as i64
            }
        }
    }
}

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One step of the open-addressing probe of CPython's dicts and sets (dictobject.c,
/// setobject.c): `perturb` takes in the next bits of the hash, and the next slot is returned.
#[inline(always)]
pub fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// Inserts into an open-addressed table with no dummies, as `set_insert_clean` does.
fn insert_clean(table: &mut [Option<(usize, i64)>], item: usize, hash: i64) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some((item, hash));
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some((item, hash));
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The order a frozenset iterates its elements in when they are added in the given order
/// (duplicates, by `same_key`, dropped): the indices of `items`.
// CPython: setobject.c set_add_entry, set_table_resize
pub fn set_iteration_order(items: &[Constant]) -> Vec<usize> {
    let mut table: Vec<Option<(usize, i64)>> = vec![None; 8];
    let mut used = 0usize;
    for (idx, item) in items.iter().enumerate() {
        let hash = hash_constant(item);
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match table[i + j] {
                    None => break 'search Some(i + j),
                    Some((other, h)) if h == hash && items[other].same_key(item) => {
                        break 'search None
                    }
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        let Some(slot) = slot else { continue };
        table[slot] = Some((idx, hash));
        used += 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (item, h) in old.into_iter().flatten() {
                insert_clean(&mut table, item, h);
            }
        }
    }
    table.into_iter().flatten().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hashes() {
        // Values from python3.12 with PYTHONHASHSEED=0.
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-0.5), -1_152_921_504_606_846_976);
        assert_eq!(hash_f64(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_str("abc"), -4_594_863_902_769_663_758);
        assert_eq!(hash_str("é"), 6_047_309_291_227_476_195);
        assert_eq!(hash_str("\u{1234}x"), 5_771_455_881_126_182_464);
        assert_eq!(hash_str("\u{1f600}"), -3_536_540_696_076_613_844);
        assert_eq!(hash_bytes(b"abcdefghij"), -829_746_140_550_000_655);
        assert_eq!(
            hash_decimal("1267650600228229401496703205376"),
            549_755_813_888
        );
        let t = Constant::Tuple(
            vec![
                Constant::Str("a".into()),
                Constant::Int(1),
                Constant::Float(2.5),
            ]
            .into(),
        );
        assert_eq!(hash_constant(&t), -6_833_572_455_077_009_836);
        let f = Constant::FrozenSet(vec![Constant::Int(1), Constant::Str("a".into())].into());
        assert_eq!(hash_constant(&f), 6_198_228_035_823_778_356);
        let c = Constant::Complex {
            real: 1.0,
            imag: 2.0,
        };
        assert_eq!(hash_constant(&c), 2_000_007);
    }
}
