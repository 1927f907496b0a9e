//! A short, deterministic fuzz run (fixed seed, 2000 inputs) of the `fuzz` example's engine
//! against `compile_module`: no input may panic or hang. The long runs use the example.

#[path = "../examples/fuzz/engine.rs"]
mod engine;

use engine::{Outcome, Rng, Summary};
use std::time::Duration;

fn smoke(target: engine::Target, inputs: usize, seed: u64) -> Summary {
    let mut seeds = engine::builtin_seeds();
    seeds.extend(engine::load_seeds(
        std::path::Path::new("/root/.pyenv/versions/3.12.1/lib/python3.12/json"),
        8,
    ));
    let mut rng = Rng::new(seed);
    let mut summary = Summary::default();
    for _ in 0..inputs {
        let input = engine::make_input(&mut rng, &seeds);
        let outcome = engine::run_one(target, input.clone(), 8 << 20, Duration::from_secs(10));
        summary.record(&outcome, &input);
        if matches!(outcome, Outcome::Hang) {
            break;
        }
    }
    summary
}

#[test]
fn fuzz_compile_module_2000_inputs() {
    let summary = smoke(engine::target_compile, 2000, 20240601);
    for (i, (_, input)) in summary.failures.values().enumerate() {
        let path = std::env::temp_dir().join(format!("ouro-fuzz-smoke-{i}.py"));
        let _ = std::fs::write(&path, input);
        eprintln!("failing input saved to {}", path.display());
    }
    assert!(
        summary.failures.is_empty(),
        "fuzzing found failures:\n{}\nfirst failing input:\n{:.2000}",
        summary.report(),
        summary
            .failures
            .values()
            .next()
            .map(|f| f.1.as_str())
            .unwrap_or("")
    );
}
