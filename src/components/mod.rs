//! Small function components. They render props and emit callbacks; they
//! compute no policy (that is the engine's job).

pub mod basics;
pub mod clients;
pub mod cross_border;
pub mod dialog;
pub mod downloads;
pub mod field;
pub mod form;
pub mod header;
pub mod interview;
pub mod land;
pub mod link_view;
pub mod module_status;
pub mod progress;
pub mod recognitions;
pub mod result;
pub mod revenue;
pub mod samples;
pub mod save_notice;
pub mod saveshare;
pub mod scenarios;
pub mod separation;
pub mod targets;
pub mod tax;
pub mod welcome;
pub mod whatif;
