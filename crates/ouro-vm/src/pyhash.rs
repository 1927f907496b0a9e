//! `hash()` for the built-in types, as CPython 3.12 computes it: numeric hashes modulo the
//! Mersenne prime 2**61 - 1 (from `ouro_bytecode::pyhash`) and SipHash-1-3 over str/bytes keyed
//! by the secret that `PYTHONHASHSEED` selects (0 disables randomisation; a number seeds CPython's
//! LCG; unset or "random" draws a random key). CPython: Python/pyhash.c, Python/bootstrap_hash.c.

use std::sync::atomic::{AtomicU64, Ordering};

static K0: AtomicU64 = AtomicU64::new(0);
static K1: AtomicU64 = AtomicU64::new(0);

/// Sets the key from the value of `PYTHONHASHSEED` (None when unset).
pub fn init_from_env(seed: Option<&str>) {
    let seed = match seed {
        Some(s) if s != "random" => s.trim().parse::<u64>().ok(),
        _ => None,
    };
    let mut secret = [0u8; 24];
    match seed {
        Some(0) => {}
        Some(n) => {
            // CPython's lcg_urandom: the same bytes for the same seed.
            let mut x = n as u32;
            for b in secret.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = ((x >> 16) & 0xff) as u8;
            }
        }
        None => {
            let mut state = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                ^ (std::process::id() as u64).rotate_left(32);
            for b in secret.iter_mut() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = state as u8;
            }
        }
    }
    let k0 = u64::from_le_bytes(secret[0..8].try_into().unwrap_or([0; 8]));
    let k1 = u64::from_le_bytes(secret[8..16].try_into().unwrap_or([0; 8]));
    K0.store(k0, Ordering::Relaxed);
    K1.store(k1, Ordering::Relaxed);
}

/// `_Py_HashBytes`.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = ouro_bytecode::pyhash::siphash13(
        K0.load(Ordering::Relaxed),
        K1.load(Ordering::Relaxed),
        data,
    ) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(str)`: SipHash over the 1-, 2- or 4-byte-per-character form.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    hash_bytes(&ouro_bytecode::pyhash::narrowest_kind_bytes(
        s.chars().map(u32::from),
    ))
}

pub use ouro_bytecode::pyhash::{hash_f64, hash_i64};

/// The modulus of numeric hashes, 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;

/// `hash(str)` of a string given as code points (lone surrogates included): SipHash of its
/// storage in the narrowest kind (1, 2 or 4 bytes a code point), keyed by the hash seed.
pub fn hash_code_points<I: Iterator<Item = u32> + Clone>(points: I) -> i64 {
    hash_bytes(&ouro_bytecode::pyhash::narrowest_kind_bytes(points))
}
