//! Entry point: mounts one independent app into every `[data-fusion-check]`
//! element on the page (never into `<body>`), so a host page can hold several.

use fusion_check::mount_all;

fn main() {
    mount_all();
}
