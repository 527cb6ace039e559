//! Words for rules, levels, steps and caveats, zh and en side by side.
