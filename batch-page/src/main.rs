//! Entry point of the batch page (batch.html): mounts the page into every
//! `[data-fusion-batch]` element. Built by Trunk as a plain script (see
//! scripts/post_build.py).

#[cfg(target_arch = "wasm32")]
fn main() {
    fusion_batch_page::mount_all();
}

/// The page exists only as wasm; natively there is nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
