import { describe, expect, it } from 'vitest';
import { bubbleMatrix } from './bubble-matrix';
import { groupedBars } from './grouped-bars';
import { fitBox, mainPathDiagram } from './main-path-diagram';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('groupedBars', () => {
  const input = {
    categories: ['正极材料', '电解液'],
    series: [
      { label: '目标', values: [4, 0] },
      { label: '对手甲', values: [2, 8] },
    ],
    valueLabel: '同族数',
  };

  it('draws one bar per category and series, a legend swatch per series, and the value scale', () => {
    const figure = groupedBars(input);
    expect(count(figure.svg, /<rect /g)).toBe(2 * 2 + 2);
    expect(texts(figure.svg)).toEqual([
      '目标',
      '对手甲',
      '正极材料',
      '4',
      '2',
      '电解液',
      '0',
      '8',
      '0',
      '8',
      '同族数',
    ]);
    expect(figure.height).toBe(34 + 2 * (2 * 9 + 10) + 40);
  });

  it('is deterministic and scales the longest bar to the plot width', () => {
    expect(groupedBars(input).svg).toBe(groupedBars(input).svg);
    const widths = [...groupedBars(input).svg.matchAll(/<rect x="220" y="[\d.]+" width="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(widths).toEqual([240, 120, 0, 480]);
  });
});

describe('bubbleMatrix', () => {
  const input = {
    rows: ['负极', '隔膜'],
    columns: ['安全性', '成本'],
    cells: [
      { row: 0, column: 0, value: 9 },
      { row: 0, column: 1, value: 0, mark: '#D55E00' },
      { row: 1, column: 1, value: 1 },
    ],
  };

  it('gives bubble areas proportional to the values, labels non-empty cells and outlines marked ones', () => {
    const { svg, width, height } = bubbleMatrix(input);
    const radii = [...svg.matchAll(/<circle [^>]*r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(radii).toEqual([14, 4.67]);
    expect(count(svg, /stroke-dasharray/g)).toBe(1);
    expect(texts(svg)).toEqual(['安全性', '成本', '负极', '隔膜', '9', '1']);
    expect([width, height]).toEqual([200 + 2 * 34 + 70, 130 + 2 * 34 + 16]);
  });
});

describe('mainPathDiagram', () => {
  const boxes = [
    { id: 'CN1', year: 2012, title: '一种锂电池正极材料及其制备方法', applicant: '甲公司', emphasis: true },
    { id: 'US2', year: 2015, title: 'Cathode', applicant: 'B Corp', emphasis: false },
    { id: 'CN3', year: 2015, title: '电解液', applicant: '丙', emphasis: false },
    { id: 'EP4', year: null, title: 'Separator', applicant: 'D', emphasis: false },
  ];
  const links = [
    { from: 'CN1', to: 'US2' },
    { from: 'US2', to: 'CN3' },
  ];

  it('puts the year axis on top in time order (no year first) and one box per family', () => {
    const { svg } = mainPathDiagram({ boxes, links, noYear: '年份不详' });
    expect(texts(svg).slice(0, 3)).toEqual(['年份不详', '2012', '2015']);
    expect(count(svg, /<rect /g)).toBe(4);
    expect(texts(svg)).toContain('一种锂电池正极材料…');
  });

  it('flows strictly left to right by year and draws one arrow per link, within a year down the side', () => {
    const { svg, width } = mainPathDiagram({ boxes, links, noYear: '—' });
    const x = (id: string) =>
      Number(new RegExp(`<rect x="([\\d.]+)"[^>]*/><text [^>]*>${id}<`).exec(svg)![1]);
    expect(x('EP4')).toBeLessThan(x('CN1'));
    expect(x('CN1')).toBeLessThan(x('US2'));
    expect(x('US2')).toBe(x('CN3'));
    expect(count(svg, /marker-end="url\(#main-path-arrow\)"/g)).toBe(2);
    expect(width).toBe(12 * 2 + 3 * 130 + 2 * 34);
  });

  it('wraps a long route into bands of six year columns, each with its own axis, read top to bottom', () => {
    const long = Array.from({ length: 8 }, (_, i) => ({
      id: `P${i}`,
      year: 2010 + i,
      title: 't',
      applicant: 'a',
      emphasis: false,
    }));
    const chain = long.slice(1).map((box, i) => ({ from: `P${i}`, to: box.id }));
    const { svg, width } = mainPathDiagram({ boxes: long, links: chain, noYear: '—' });
    const at = (id: string) => {
      const [, x, y] = new RegExp(`<rect x="([\\d.]+)" y="([\\d.]+)"[^>]*/><text [^>]*>${id}<`).exec(svg)!;
      return [Number(x), Number(y)];
    };
    expect(width).toBe(12 * 2 + 6 * 130 + 5 * 34);
    expect(at('P6')[0]).toBe(at('P0')[0]);
    expect(at('P6')[1]).toBeGreaterThan(at('P5')[1]! + 50);
    expect(texts(svg).filter((t) => /^20\d\d$/.test(t!))).toEqual(long.map((b) => String(b.year)));
    expect(count(svg, /marker-end=/g)).toBe(7);
  });

  it('cuts box labels by printed width: about 10 Chinese or 20 Latin characters', () => {
    expect(fitBox('一种锂电池正极材料及其制备方法')).toBe('一种锂电池正极材料…');
    expect(fitBox('High-nickel cathode active material')).toBe('High-nickel cathode…');
    expect(fitBox('Bellmont Cells GmbH')).toBe('Bellmont Cells GmbH');
  });
});
