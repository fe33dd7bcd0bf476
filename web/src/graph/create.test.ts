import { describe, expect, it } from 'vitest';
import { rendererOptions, WEBGL_ELEMENT_THRESHOLD } from './create';
import { isSoftwareRenderer } from './webgl-support';

describe('rendererOptions', () => {
  const big = WEBGL_ELEMENT_THRESHOLD + 1;

  it('keeps small maps on the plain canvas renderer', () => {
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD, { hardwareWebgl: true })).toStrictEqual({});
    expect(rendererOptions(WEBGL_ELEMENT_THRESHOLD, { hardwareWebgl: false })).toStrictEqual({});
  });

  it('draws big maps with WebGL on a GPU, and on canvas with a cached image while moving without one', () => {
    expect(rendererOptions(big, { hardwareWebgl: true })).toStrictEqual({
      renderer: { name: 'canvas', webgl: true },
      hideEdgesOnViewport: true,
    });
    expect(rendererOptions(big, { hardwareWebgl: false })).toStrictEqual({ textureOnViewport: true });
  });

  it('lets a caller force either renderer (the benchmark compares both)', () => {
    expect(rendererOptions(10, { hardwareWebgl: false, force: 'webgl' })).toMatchObject({
      renderer: { webgl: true },
    });
    expect(rendererOptions(50_000, { hardwareWebgl: true, force: 'canvas' })).toStrictEqual({
      textureOnViewport: true,
    });
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises CPU emulations of WebGL and accepts GPUs', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'ANGLE (Mesa/X.org, llvmpipe (LLVM 15.0.6 256 bits), OpenGL ES 3.2)',
      'Microsoft Basic Render Driver',
    ])
      expect(isSoftwareRenderer(renderer)).toBe(true);
    for (const renderer of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    ])
      expect(isSoftwareRenderer(renderer)).toBe(false);
  });
});
