// Imports a JavaScript library with tsx's hooks off, where the thread's entry allows it
// (src/scan/worker-entry.mjs): tsx handles every module it loads, node_modules included, and
// pdfjs-dist (5 MB of JavaScript, 10 MB of source maps) then took ~350 MB per scan worker
// instead of ~65 MB. Elsewhere (vitest, a thread without tsx) a plain import.

const KEY = Symbol.for('rempart.importPlain');

export function importPlain<T>(specifier: string): Promise<T> {
  const plain = (globalThis as { [KEY]?: (specifier: string) => Promise<unknown> })[KEY];
  return (plain ? plain(specifier) : import(specifier)) as Promise<T>;
}
