import { describe, expect, it } from 'vitest';
import { withAxisStrip } from './axis-figure';

const picture = {
  markup: '<image x="0" y="0" width="400" height="200" href="graph.png"/>',
  width: 400,
  height: 200,
};

describe('axis strip in an exported figure', () => {
  it('puts each mark over its column, in order, above the picture moved down by the strip', () => {
    const marks = [2015, 2016, 2017, 2030].map((year, i) => ({
      x: -100 + i * 120,
      text: String(year),
      key: String(year),
    }));
    const figure = withAxisStrip(picture, marks, -120);
    const texts = [...figure.markup.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]);
    // Model x -100, 20, 140, 260 from the picture's left edge at model x -120.
    expect(texts).toStrictEqual([
      [20, '2015'],
      [140, '2016'],
      [260, '2017'],
      [380, '2030'],
    ]);
    expect(figure.markup).toContain('<g transform="translate(0 26)"><image');
    expect(figure.height).toBe(226);
    expect(figure.width).toBe(400);
  });

  it('leaves out marks off the picture, thins crowded ones, escapes text, and adds nothing without marks', () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({
      x: i * 10,
      text: `Y${2000 + i}`,
      key: String(i),
    }));
    const shown = [...withAxisStrip(picture, crowded, 0).markup.matchAll(/<text /g)].length;
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(40);
    const odd = withAxisStrip(
      picture,
      [
        { x: 50, text: 'A & <B>', key: 'k' },
        { x: 900, text: 'off', key: 'o' },
      ],
      0,
    );
    expect(odd.markup).toContain('>A &amp; &lt;B&gt;</text>');
    expect(odd.markup).not.toContain('>off<');
    expect(withAxisStrip(picture, [], 0)).toBe(picture);
  });

  it('sizes the strip and its marks to the given font size', () => {
    const figure = withAxisStrip(picture, [{ x: 100, text: '2020', key: '2020' }], 0, 24);
    expect(figure.markup).toContain('font-size="24"');
    expect(figure.markup).toContain('<g transform="translate(0 53)">');
    expect(figure.height).toBe(253);
  });

  it('keeps a mark at the edge of the picture inside it', () => {
    const edges = withAxisStrip(
      picture,
      [
        { x: 0, text: '2009', key: '2009' },
        { x: 400, text: '2024', key: '2024' },
      ],
      0,
    );
    expect(edges.markup).toContain('<text x="0" y="17" text-anchor="start"');
    expect(edges.markup).toContain('<text x="400" y="17" text-anchor="end"');
  });
});
