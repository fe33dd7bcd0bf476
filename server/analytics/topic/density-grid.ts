/**
 * Gaussian kernel density of points on the unit square, on a size × size grid: points are binned
 * to their nearest grid node, then the counts are blurred by a separable Gaussian (two 1-D passes,
 * O(size² · kernel)), which equals a Gaussian KDE with the bandwidth in grid cells up to the binning
 * (Silverman 1986, ch. 3; Wand 1994 on binned KDE).
 */
export interface DensityGrid {
  readonly size: number;
  /** Row-major: value of node (i = column, j = row) at j * size + i. */
  readonly values: Float32Array;
  readonly max: number;
}

export function gridCell(coordinate: number, size: number): number {
  return Math.min(size - 1, Math.max(0, Math.round(coordinate * (size - 1))));
}

export function densityGrid(positions: Float32Array, size: number, bandwidthCells: number): DensityGrid {
  const counts = new Float32Array(size * size);
  for (let p = 0; p < positions.length; p += 2) {
    const x = positions[p]!;
    if (Number.isNaN(x)) continue;
    counts[gridCell(positions[p + 1]!, size) * size + gridCell(x, size)]! += 1;
  }
  const kernel = gaussianKernel(bandwidthCells);
  const values = blur(blur(counts, size, kernel, true), size, kernel, false);
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return { size, values, max };
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.ceil(3 * sigma);
  const kernel = new Float32Array(2 * radius + 1);
  for (let d = -radius; d <= radius; d++) kernel[d + radius] = Math.exp(-(d * d) / (2 * sigma * sigma));
  return kernel;
}

function blur(input: Float32Array, size: number, kernel: Float32Array, horizontal: boolean): Float32Array {
  const radius = (kernel.length - 1) / 2;
  const output = new Float32Array(input.length);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let sum = 0;
      for (let d = -radius; d <= radius; d++) {
        const [si, sj] = horizontal ? [i + d, j] : [i, j + d];
        if (si < 0 || sj < 0 || si >= size || sj >= size) continue;
        sum += input[sj * size + si]! * kernel[d + radius]!;
      }
      output[j * size + i] = sum;
    }
  }
  return output;
}
