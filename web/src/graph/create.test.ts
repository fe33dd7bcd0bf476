import { describe, expect, it } from 'vitest';
import { rendererOptions, WEBGL_ELEMENT_THRESHOLD } from './create';

describe('rendererOptions', () => {
  it('keeps the canvas renderer up to the threshold and switches to WebGL above it', () => {
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD)).toStrictEqual({});
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD + 1)).toStrictEqual({
      webgl: true,
      hideEdgesOnViewport: true,
      textureOnViewport: false,
    });
  });
});
