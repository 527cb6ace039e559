//! Small function components. They render props and emit callbacks; they
//! compute no policy (that is the engine's job).

pub mod header;
pub mod welcome;
