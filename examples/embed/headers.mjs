// The response headers a bureau's web servers send for the embed, exactly
// as EMBEDDING.md ("Headers a host must send") gives them; the end-to-end
// tests (tests/e2e/hosting.test.mjs) serve the example pages with these.

/**
 * The Content-Security-Policy of a host page with the script embed, the
 * tool's files on the page's own origin: the widget needs its scripts and
 * WebAssembly ('wasm-unsafe-eval'), and to fetch its .wasm (connect-src).
 * Its styles are constructed stylesheets and its print frame a srcdoc
 * frame, so no 'unsafe-inline' and no frame-src. The rest is this example
 * page's own (its stylesheets are files).
 */
export const HOST_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
  "style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The same with the tool on another origin (CORS then applies: TOOL_CORS). */
export const hostCspFor = (toolOrigin) =>
  HOST_CSP.replace("script-src 'self'", `script-src 'self' ${toolOrigin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${toolOrigin}`);

/** The bundle's files whose names carry a hash (the app, the on-demand
 *  module, the batch page and its worker, the worker's loader): they never
 *  change. */
export const HASHED = /^fusion-(check|docs|batch-page|batch-worker)-[0-9a-f]{16}(_bg\.wasm|\.js|-loader\.js)$/;

/** Cache headers: hashed bundle files never change; the rest revalidate. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Headers of a file of the tool's folder (dist/). `frameAncestors`: who may
 * frame the tool's page (the iframe embed); `corsOrigin`: the host origin
 * allowed to load the script embed from another origin.
 */
export function toolHeaders(file, { frameAncestors = "'self'", corsOrigin = null } = {}) {
  const headers = {};
  if (HASHED.test(file)) headers['cache-control'] = CACHE_IMMUTABLE;
  else headers['cache-control'] = CACHE_REVALIDATE;
  // The page's own policy is in its <meta>; frame-ancestors only works as a header.
  if (file === '' || file === 'index.html') headers['content-security-policy'] = `frame-ancestors ${frameAncestors}`;
  if (corsOrigin && /\.(js|wasm)$/.test(file)) {
    headers['access-control-allow-origin'] = corsOrigin;
    headers.vary = 'Origin';
  }
  return headers;
}
