import { describe, expect, it } from 'vitest';
import { loadPdfjs } from './pdfjs-loader';

/** The built-ins pdfjs-dist's polyfills replaced on Node 20 (docs/decisions/2026-12-05-pdfjs-built-ins.md). */
const builtIns = () => ({
  push: Array.prototype.push,
  parse: JSON.parse,
  toString: Function.prototype.toString,
  MessageChannel: globalThis.MessageChannel,
  AbortSignal: globalThis.AbortSignal,
  DOMException: globalThis.DOMException,
});

describe('loadPdfjs', () => {
  it('loads pdfjs without replacing the built-ins the process already had', async () => {
    const before = builtIns();
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    const after = builtIns();
    for (const name of Object.keys(before) as Array<keyof typeof before>)
      expect(after[name]).toBe(before[name]);
    // What the build only adds stays: pdfjs calls it on Node 20.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(await loadPdfjs()).toBe(pdfjs);
  });
});
