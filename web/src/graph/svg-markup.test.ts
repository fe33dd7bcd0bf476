import { describe, expect, it } from 'vitest';
import { withViewBox } from './svg-markup';

describe('withViewBox', () => {
  it('adds a viewBox from width and height, rounding fractional sizes up', () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="812.5" height="400"><defs/><g><rect width="10" height="10"/></g></svg>';
    expect(withViewBox(markup)).toBe(
      '<svg viewBox="0 0 813 400" xmlns="http://www.w3.org/2000/svg" version="1.1" width="813" height="400"><defs/><g><rect width="10" height="10"/></g></svg>',
    );
  });

  it('replaces an existing viewBox and rejects markup without a size', () => {
    expect(withViewBox('<svg width="20" height="10" viewBox="1 1 1 1"></svg>')).toBe(
      '<svg width="20" height="10" viewBox="0 0 20 10"></svg>',
    );
    expect(() => withViewBox('<svg></svg>')).toThrow('width and height');
    expect(() => withViewBox('<html/>')).toThrow('no <svg>');
  });
});
