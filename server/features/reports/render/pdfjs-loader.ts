/**
 * pdfjs-dist, loaded on first use with the built-ins it replaces put back. Its legacy build (the
 * one Node 20 runs) installs core-js polyfills as it loads, and on Node 20 some of them *replace*
 * built-ins the process already has: `Array.prototype.push` with a JavaScript version (~2× slower,
 * for every push in the process), `JSON.parse`, `MessageChannel`, `AbortSignal`, `DOMException`,
 * `Function.prototype.toString`. Imported at server start, the polyfilled push alone was ~12 % of
 * the event loop's time during FTO screenings (a CPU profile of bench:api, 5 Dec). What the build
 * only adds (`Promise.withResolvers`, `Uint8Array.prototype.toBase64`, iterator helpers, …) stays:
 * pdfjs needs those on Node 20, and nothing else in the process had them.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The objects whose existing properties the polyfills may replace (checked: see the test). */
const GUARDED_OWNERS: readonly object[] = [
  globalThis,
  Array.prototype,
  Function.prototype,
  JSON,
  Object,
  Promise,
  String.prototype,
];

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importKeepingBuiltIns();
  return loading;
}

async function importKeepingBuiltIns(): Promise<Pdfjs> {
  const saved = GUARDED_OWNERS.map((owner) => ({
    owner,
    properties: Reflect.ownKeys(owner).map(
      (key) => [key, Object.getOwnPropertyDescriptor(owner, key)!] as const,
    ),
  }));
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    for (const { owner, properties } of saved)
      for (const [key, descriptor] of properties) {
        const now = Object.getOwnPropertyDescriptor(owner, key);
        const replaced =
          now !== undefined &&
          (!Object.is(now.value, descriptor.value) ||
            now.get !== descriptor.get ||
            now.set !== descriptor.set);
        if (replaced && (now.configurable ?? false)) Object.defineProperty(owner, key, descriptor);
      }
  }
}
