#!/usr/bin/env python3
"""Trunk post-build hook, two jobs:
1. pins the page's Content-Security-Policy to the exact inline loader script
   Trunk generated (by its SHA-256), so the page can run only its own code
   and talk only to its own origin;
2. writes embed.js, the one script a host page includes to mount the widget.
   It names the hashed bundle files and resolves them against its own URL,
   so dist/ works under any sub-path of any static server;
3. gives the on-demand module's files (Trunk does not hash a worker's) names
   with a content hash and writes its loader, fusion-docs-loader.js, which
   the app starts as a Web Worker the first time it needs the module;
4. finishes the batch page (batch.html, issue 11): its app is built by Trunk
   as a plain (no-modules) script, which this hook names with a content hash
   and ends with the call that starts it; the page gets its own CSP.

Runs in Trunk's staging directory (TRUNK_STAGING_DIR) before dist/ is swapped in.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "__CSP__"

# Everything the app may do, and nothing more: its own scripts and wasm (the
# wasm is fetched, hence connect-src), the page's own inline style element
# by its hash (the app's styles are constructed stylesheets, which a policy
# does not govern, and it sets no style attribute), and the data: favicon.
# Its print frame is a srcdoc frame, which needs no frame-src.
POLICY = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' {script_hashes}",
    "style-src {style_hashes}",
    "img-src data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
]


def sha256(text: str) -> str:
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("post_build.py: TRUNK_STAGING_DIR is not set (run it through trunk)", file=sys.stderr)
        return 1
    return (
        pin_csp(os.path.join(staging, "index.html"))
        or write_embed_loader(staging)
        or write_docs_loader(staging)
        or write_batch_page(staging)
    )


def pin_csp(path: str, replace=None) -> int:
    """Pins the CSP of the page at `path` to its inline scripts and styles
    (its comments dropped); `replace` maps further placeholders to their
    text first."""
    with open(path, encoding="utf-8") as f:
        html = f.read()
    name = os.path.basename(path)
    if PLACEHOLDER not in html:
        print(f"post_build.py: no {PLACEHOLDER} placeholder in {name}", file=sys.stderr)
        return 1
    for key, value in (replace or {}).items():
        html = html.replace(key, value)
    # The source's comments are for its readers, not for the first load.
    html = re.sub(r"[ \t]*<!--.*?-->[ \t]*\n?", "", html, flags=re.S)
    scripts = [s for s in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S) if s.strip()]
    styles = [s for s in re.findall(r"<style\b[^>]*>(.*?)</style>", html, flags=re.S) if s.strip()]
    policy = "; ".join(POLICY).format(
        script_hashes=" ".join(map(sha256, scripts)),
        # With no inline style at all, 'none' (an empty source list is invalid).
        style_hashes=" ".join(map(sha256, styles)) or "'none'",
    )
    html = html.replace(PLACEHOLDER, policy)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"post_build.py: {name}: CSP pinned to {len(scripts)} inline script(s) and {len(styles)} style element(s)")
    return 0


EMBED_JS = """// 两业融合政策自测 widget loader: mounts the self-check into every
// [data-fusion-check] element of the page. See EMBEDDING.md.
import init from "./{js}";
try {{
  await init({{ module_or_path: new URL("./{wasm}", import.meta.url) }});
}} catch (error) {{
  // Say so where the tool should be, rather than leave a blank space: most
  // often the page's Content-Security-Policy lacks 'wasm-unsafe-eval' or
  // the tool's origin (EMBEDDING.md, "Headers").
  for (const el of document.querySelectorAll("[data-fusion-check]")) {{
    if (!el.shadowRoot) {{
      el.setAttribute("role", "alert");
      el.textContent = "两业融合政策自测无法在本页启动:本页的内容安全策略(CSP)或网络阻止了它。"
        + " The self-check could not start on this page: the page's Content-Security-Policy or the network blocked it.";
    }}
  }}
  throw error;
}}
"""


def write_embed_loader(staging: str) -> int:
    names = os.listdir(staging)
    js = [n for n in names if re.fullmatch(r"fusion-check(-[0-9a-f]+)?\.js", n)]
    wasm = [n for n in names if re.fullmatch(r"fusion-check(-[0-9a-f]+)?_bg\.wasm", n)]
    if len(js) != 1 or len(wasm) != 1:
        print(f"post_build.py: expected one bundle, found {js} {wasm}", file=sys.stderr)
        return 1
    with open(os.path.join(staging, "embed.js"), "w", encoding="utf-8") as f:
        f.write(EMBED_JS.format(js=js[0], wasm=wasm[0]))
    print(f"post_build.py: embed.js loads {js[0]}")
    return 0


DOCS = "fusion-docs"
DOCS_LOADER = """// 两业融合政策自测: starts the on-demand module (summaries, share links)
// in this worker. Written by scripts/post_build.py; see src/docs/.
importScripts("./{js}");
wasm_bindgen({{ module_or_path: "./{wasm}" }}).catch(() => postMessage("failed"));
"""


def write_docs_loader(staging: str) -> int:
    names = hash_names(staging, DOCS)
    if names is None:
        return 1
    with open(os.path.join(staging, f"{DOCS}-loader.js"), "w", encoding="utf-8") as f:
        f.write(DOCS_LOADER.format(js=names[".js"], wasm=names["_bg.wasm"]))
    print(f"post_build.py: on-demand module {names['_bg.wasm']}")
    return 0


def hash_names(staging: str, stem: str):
    """Renames a worker-type build's `stem.js` and `stem_bg.wasm` (Trunk does
    not hash them) to `stem-HASH...`; returns the new names by extension."""
    files = {ext: os.path.join(staging, f"{stem}{ext}") for ext in (".js", "_bg.wasm")}
    missing = [p for p in files.values() if not os.path.exists(p)]
    if missing:
        print(f"post_build.py: {stem} is missing: {missing}", file=sys.stderr)
        return None
    digest = hashlib.sha256()
    for path in files.values():
        with open(path, "rb") as f:
            digest.update(f.read())
    tag = digest.hexdigest()[:16]
    names = {}
    for ext, path in files.items():
        names[ext] = f"{stem}-{tag}{ext}"
        os.replace(path, os.path.join(staging, names[ext]))
    return names


BATCH_PAGE = "fusion-batch-page"
# The page's script ends by starting its own wasm, named beside it: a plain
# script (no module), so it needs neither an inline script nor import.meta.
BATCH_PAGE_START = """
wasm_bindgen({{ module_or_path: new URL("./{wasm}", document.currentScript.src) }});
"""


BATCH_WORKER = "fusion-batch-worker"
BATCH_WORKER_LOADER = """// 两业融合政策自测 batch screening: starts the batch Web Worker. Written by
// scripts/post_build.py; see batch-page/src/worker.rs.
importScripts("./{js}");
wasm_bindgen({{ module_or_path: "./{wasm}" }}).catch(() => postMessage("failed"));
"""


def write_batch_page(staging: str) -> int:
    worker = hash_names(staging, BATCH_WORKER)
    names = hash_names(staging, BATCH_PAGE)
    if names is None or worker is None:
        return 1
    # The loader's name carries the worker's hash too: a new release never
    # meets an old loader in the browser's cache.
    loader = worker[".js"].replace(".js", "-loader.js")
    with open(os.path.join(staging, loader), "w", encoding="utf-8") as f:
        f.write(BATCH_WORKER_LOADER.format(js=worker[".js"], wasm=worker["_bg.wasm"]))
    script = os.path.join(staging, names[".js"])
    with open(script, "a", encoding="utf-8") as f:
        f.write(BATCH_PAGE_START.format(wasm=names["_bg.wasm"]))
    print(f"post_build.py: batch page {names['_bg.wasm']}")
    return pin_csp(
        os.path.join(staging, "batch.html"),
        {"__BATCH_PAGE__": names[".js"], "__BATCH_WORKER__": loader},
    )


if __name__ == "__main__":
    sys.exit(main())
