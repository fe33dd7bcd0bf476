import { describe, expect, it } from 'vitest';
import { loadPdfjs } from './pdfjs-loader';

describe('loadPdfjs', () => {
  it('loads pdfjs without replacing the built-ins the process already had', async () => {
    const before = {
      push: Array.prototype.push,
      parse: JSON.parse,
      toString: Function.prototype.toString,
      MessageChannel: globalThis.MessageChannel,
      AbortSignal: globalThis.AbortSignal,
      DOMException: globalThis.DOMException,
    };
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect({
      push: Array.prototype.push,
      parse: JSON.parse,
      toString: Function.prototype.toString,
      MessageChannel: globalThis.MessageChannel,
      AbortSignal: globalThis.AbortSignal,
      DOMException: globalThis.DOMException,
    }).toEqual(before);
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    // What the build only adds stays: pdfjs calls it on Node 20.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(await loadPdfjs()).toBe(pdfjs);
  });
});
