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
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if PLACEHOLDER not in html:
        print(f"post_build.py: no {PLACEHOLDER} placeholder in index.html", file=sys.stderr)
        return 1
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
    print(f"post_build.py: CSP pinned to {len(scripts)} inline script(s) and {len(styles)} style element(s)")
    return write_embed_loader(staging) or write_docs_loader(staging)


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
