/**
 * Whether this browser draws WebGL on a GPU. Without one, Chromium emulates WebGL on the CPU
 * (SwiftShader, or Mesa's llvmpipe through the system driver), and Cytoscape's WebGL mode is then
 * slower than its canvas renderer: bench/web-render.ts measured 20k-element maps at 1–2 s per pan
 * frame on both emulations, against a cached canvas image during the same gesture.
 */

/** Renderer strings of CPU implementations of WebGL / OpenGL. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render/i;

export interface WebglSupport {
  /** A WebGL 2 context exists and its renderer is not a CPU emulation. */
  hardware: boolean;
  /** The unmasked renderer string (what the decision was made on), or why there is none. */
  renderer: string;
}

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

let probed: WebglSupport | undefined;

/** Probes once per page with a throw-away canvas (a context costs little; a GPU process restart does not). */
export function webglSupport(): WebglSupport {
  if (probed) return probed;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) {
    probed = { hardware: false, renderer: 'no WebGL 2' };
    return probed;
  }
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  probed = { hardware: !isSoftwareRenderer(renderer), renderer };
  return probed;
}
