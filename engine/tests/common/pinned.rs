//! Property tests with a pinned number of cases.
//!
//! `proptest!` lets `PROPTEST_CASES` override the count written in its
//! config, so an environment variable could quietly shrink a property to a
//! handful of cases. [`check`] sets the count after the environment is read
//! and proves afterwards that at least that many cases ran.

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseResult, TestRunner};
use std::cell::Cell;

/// Runs `test` on `cases` values of `strategy` (shrinking on failure, with
/// failures persisted beside `source`, as `proptest!` does) and panics with
/// the minimal failing input. Returns the number of cases run.
pub fn check<S: Strategy>(
    source: &'static str,
    name: &'static str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> TestCaseResult,
) -> u32 {
    // Fields set over `Config::default()`, which is where the environment
    // is read: `cases` here wins over `PROPTEST_CASES`.
    let config = Config {
        cases,
        source_file: Some(source),
        test_name: Some(name),
        // Beside the test file (`properties.proptest-regressions`), where
        // `proptest!` puts them for an integration test.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let ran = Cell::new(0u32);
    let result = runner.run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    if let Err(e) = result {
        panic!("{name}: {e}\n{runner}");
    }
    assert!(
        ran.get() >= cases,
        "{name}: {} cases ran, {cases} pinned",
        ran.get()
    );
    ran.get()
}
