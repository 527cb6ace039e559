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
   the app starts as a Web Worker the first time it needs the module.

Runs in Trunk's staging directory (TRUNK_STAGING_DIR) before dist/ is swapped in.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "__CSP__"

# Everything the app may do, and nothing more: its own scripts and wasm, its
# own styles (it renders <style> elements), data:/blob: images and frames for
# the downloaded or printed summary, and connections to its own origin only.
POLICY = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' {hashes}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
]


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("post_build.py: TRUNK_STAGING_DIR is not set (run it through trunk)", file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if PLACEHOLDER not in html:
        print(f"post_build.py: no {PLACEHOLDER} placeholder in index.html", file=sys.stderr)
        return 1
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        for s in scripts
        if s.strip()
    )
    policy = "; ".join(POLICY).format(hashes=hashes)
    html = html.replace(PLACEHOLDER, policy)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"post_build.py: CSP pinned to {len(scripts)} inline script(s)")
    return write_embed_loader(staging) or write_docs_loader(staging)


EMBED_JS = """// 两业融合政策自测 widget loader: mounts the self-check into every
// [data-fusion-check] element of the page. See EMBEDDING.md.
import init from "./{js}";
await init({{ module_or_path: new URL("./{wasm}", import.meta.url) }});
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
// in this worker. Written by scripts/post_build.py; see src/docs.rs.
importScripts("./{js}");
wasm_bindgen({{ module_or_path: "./{wasm}" }}).catch(() => postMessage("failed"));
"""


def write_docs_loader(staging: str) -> int:
    files = {ext: os.path.join(staging, f"{DOCS}{ext}") for ext in (".js", "_bg.wasm")}
    missing = [p for p in files.values() if not os.path.exists(p)]
    if missing:
        print(f"post_build.py: the on-demand module is missing: {missing}", file=sys.stderr)
        return 1
    digest = hashlib.sha256()
    for path in files.values():
        with open(path, "rb") as f:
            digest.update(f.read())
    tag = digest.hexdigest()[:16]
    names = {}
    for ext, path in files.items():
        names[ext] = f"{DOCS}-{tag}{ext}"
        os.replace(path, os.path.join(staging, names[ext]))
    with open(os.path.join(staging, f"{DOCS}-loader.js"), "w", encoding="utf-8") as f:
        f.write(DOCS_LOADER.format(js=names[".js"], wasm=names["_bg.wasm"]))
    print(f"post_build.py: on-demand module {names['_bg.wasm']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
