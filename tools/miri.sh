#!/bin/sh
# Runs the unit tests of the unsafe memory core (object.rs, frame.rs, gc.rs) under Miri.
# Needs the nightly toolchain with its miri component:
#   rustup component add --toolchain nightly miri rust-src
# Leaks are ignored on purpose: immortal objects (types, their dicts) and the blocks on the
# allocator's free lists are never freed. Values hold objects as integers, hence permissive
# provenance. The first run builds Miri's sysroot and the crate (tens of minutes on 2 cores).
set -e
cd "$(dirname "$0")/.."
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/miri}" \
MIRIFLAGS="${MIRIFLAGS:--Zmiri-ignore-leaks -Zmiri-permissive-provenance}" \
    cargo +nightly miri test -p ouro-vm --lib -- object:: frame:: gc::
