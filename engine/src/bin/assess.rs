//! `assess ANSWERS.json [--format json|markdown] [--lang zh|en] [--today YYYY-MM-DD]`
fn main() {}
