#!/usr/bin/env python3
"""Trunk post-build hook: pins the page's Content-Security-Policy to the
exact inline loader script Trunk generated (by its SHA-256), so the page can
run only its own code and talk only to its own origin.

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
