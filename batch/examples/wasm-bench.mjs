// Times the batch worker's session in wasm under Node: see wasm-bench.rs.
// usage: node batch/examples/wasm-bench.mjs MODULE.wasm FILE.csv|FILE.xlsx
import { readFileSync } from "node:fs";

const [wasmPath, filePath] = process.argv.slice(2);
if (!wasmPath || !filePath) {
  console.error("usage: node wasm-bench.mjs MODULE.wasm FILE");
  process.exit(2);
}
const module = new WebAssembly.Module(readFileSync(wasmPath));
// The session needs no host function. Should a module need the clock or
// random bytes, they are given by the names wasm-bindgen gives them (its
// `_bg.wasm`); any other import is a stub that fails loudly.
let exports;
const host = {
  now: () => Date.now(),
  getRandomValues: (at, len) =>
    globalThis.crypto.getRandomValues(new Uint8Array(exports.memory.buffer, at, len)),
  init_externref_table: () => {
    const table = exports.__wbindgen_externrefs;
    table.set(0, undefined);
    table.set(1024, undefined);
    table.set(1025, null);
    table.set(1026, true);
    table.set(1027, false);
  },
};
const imports = {};
for (const i of WebAssembly.Module.imports(module)) {
  imports[i.module] ??= {};
  const known = Object.keys(host).find((k) => i.name.includes(`_${k}_`) || i.name.endsWith(k));
  imports[i.module][i.name] = known
    ? host[known]
    : () => {
        throw new Error(`import ${i.module}.${i.name} called`);
      };
}
exports = new WebAssembly.Instance(module, imports).exports;
exports.__wbindgen_start?.();
const file = readFileSync(filePath);
// Wall time, and CPU time (what a shared machine does not inflate).
const time = (label, f) => {
  const [t, cpu] = [performance.now(), process.cpuUsage()];
  const n = f();
  const wall = (performance.now() - t).toFixed(1).padStart(9);
  const used = process.cpuUsage(cpu);
  const ms = ((used.user + used.system) / 1000).toFixed(0).padStart(6);
  console.log(`${label.padEnd(24)} ${wall} ms wall ${ms} ms CPU  ${n}`);
  return n;
};
time("copy in", () => {
  const at = exports.file_buffer(file.length);
  new Uint8Array(exports.memory.buffer, at, file.length).set(file);
  return file.length;
});
time("open", () => exports.open());
time("run", () => exports.run());
time("query: sort by cash", () => exports.query());
// Again, V8 having compiled the module fully (a page's worker is compiled
// while the user picks the file): the CPU figure is then the run's own.
time("run again", () => exports.run());
const mib = () => `${(exports.memory.buffer.byteLength / 1048576).toFixed(0)} MiB`;
console.log(`wasm memory after the runs: ${mib()}`);
time("export results CSV", () => exports.export(0));
console.log(`wasm memory: ${mib()}`);
time("export results XLSX", () => exports.export(1));
console.log(`wasm memory (it never shrinks: the peak): ${mib()}`);
