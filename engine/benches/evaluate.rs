//! Time to evaluate one profile: `cargo bench -p fusion-engine --bench evaluate`.
//!
//! The five example enterprises, one by one and as a batch, plus the
//! explanation of every outcome (what the result panel renders). divan
//! prints the time per profile; profiles per second is its reciprocal and
//! is printed by the `batch` benchmark's throughput counter.

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use fusion_engine::{describe, evaluate, Answers, Date, Lang, JIAXING_2024_14};

fn main() {
    divan::main();
}

const EXAMPLES: [(&str, &str); 5] = [
    (
        "logistics",
        include_str!("../../examples/answers/logistics.json"),
    ),
    (
        "manufacturer",
        include_str!("../../examples/answers/manufacturer.json"),
    ),
    ("trader", include_str!("../../examples/answers/trader.json")),
    (
        "platform",
        include_str!("../../examples/answers/platform.json"),
    ),
    (
        "haining",
        include_str!("../../examples/answers/haining.json"),
    ),
];

fn profiles() -> Vec<Answers> {
    EXAMPLES
        .iter()
        .map(|(_, text)| serde_json::from_str(text).expect("example answers"))
        .collect()
}

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// One profile at a time.
#[divan::bench(args = ["logistics", "manufacturer", "trader", "platform", "haining"])]
fn evaluate_one(bencher: Bencher, name: &str) {
    let i = EXAMPLES.iter().position(|(n, _)| *n == name).unwrap();
    let answers = profiles().swap_remove(i);
    bencher.bench_local(|| evaluate(&JIAXING_2024_14, black_box(&answers), today()));
}

/// All five, counted as five items: divan reports items per second.
#[divan::bench]
fn batch(bencher: Bencher) {
    let all = profiles();
    bencher.counter(ItemsCount::new(all.len())).bench_local(|| {
        all.iter()
            .map(|a| {
                evaluate(&JIAXING_2024_14, black_box(a), today())
                    .outcomes
                    .len()
            })
            .sum::<usize>()
    });
}

/// Evaluation plus every outcome explained in Chinese (what the UI shows).
#[divan::bench]
fn evaluate_and_explain(bencher: Bencher) {
    let all = profiles();
    bencher.counter(ItemsCount::new(all.len())).bench_local(|| {
        let mut n = 0;
        for a in &all {
            let r = evaluate(&JIAXING_2024_14, black_box(a), today());
            for o in &r.outcomes {
                n += describe(&JIAXING_2024_14, o, Lang::Zh).summary.len();
            }
        }
        n
    });
}
