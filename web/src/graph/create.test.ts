import { describe, expect, it } from 'vitest';
import { rendererOptions, WEBGL_ELEMENT_THRESHOLD } from './create';

describe('rendererOptions', () => {
  it('keeps the canvas renderer up to the threshold and switches to WebGL above it', () => {
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD)).toStrictEqual({});
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD + 1)).toStrictEqual({
      renderer: { name: 'canvas', webgl: true },
      hideEdgesOnViewport: true,
      textureOnViewport: false,
    });
  });

  it('lets a caller force either renderer (the benchmark compares both)', () => {
    expect(rendererOptions(10, true)).toMatchObject({ renderer: { webgl: true } });
    expect(rendererOptions(50_000, false)).toStrictEqual({});
  });
});
