import { describe, expect, it } from 'vitest';
import { lineChart } from './line-chart';

describe('lineChart', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020];
  const chart = lineChart({
    years,
    series: [
      { label: '申请量', values: [3, 5, 9, 14, 6, 2] },
      { label: '同族数', values: [2, 4, 8, 12, 5, 1] },
    ],
    incompleteYears: [2019, 2020],
    incompleteLabel: '数据不完整',
    yearLabel: '年份',
    valueLabel: '数量',
  });

  it('labels every year on the year axis and the count axis with nice ticks', () => {
    for (const year of years) expect(chart.svg).toContain(`text-anchor="middle" fill="#222">${year}</text>`);
    const counts = [...chart.svg.matchAll(/text-anchor="end" fill="#222">(\d+)<\/text>/g)].map((m) => m[1]);
    expect(counts).toEqual(['0', '5', '10', '15']);
    expect(chart.svg).toContain('>年份</text>');
    expect(chart.svg).toContain('>数量</text>');
  });

  it('draws one line per series with a point per year', () => {
    expect(chart.svg.match(/class="series"/g)).toHaveLength(2);
    expect(chart.svg.match(/<circle /g)).toHaveLength(12);
  });

  it('shades exactly the incomplete years and says so', () => {
    const band = /class="incomplete" x="([\d.]+)" y="34" width="([\d.]+)"/.exec(chart.svg)!;
    const slot = (760 - 64 - 20) / years.length;
    expect(Number(band[1])).toBeCloseTo(64 + 4 * slot, 1);
    expect(Number(band[2])).toBeCloseTo(2 * slot, 1);
    expect(chart.svg).toContain('>数据不完整</text>');
  });

  it('shades nothing when every year is complete', () => {
    const plain = lineChart({
      years,
      series: [{ label: 'a', values: [1, 1, 1, 1, 1, 1] }],
      incompleteYears: [],
      incompleteLabel: 'x',
      yearLabel: 'y',
      valueLabel: 'v',
    });
    expect(plain.svg).not.toContain('class="incomplete"');
  });

  it('thins year labels on a long axis but keeps the last year', () => {
    const long = Array.from({ length: 40 }, (_, i) => 1985 + i);
    const svg = lineChart({
      years: long,
      series: [{ label: 'a', values: long.map(() => 1) }],
      incompleteYears: [],
      incompleteLabel: 'x',
      yearLabel: 'y',
      valueLabel: 'v',
    }).svg;
    expect(svg).toContain('>1985</text>');
    expect(svg).not.toContain('>1986</text>');
    expect(svg).toContain('>2024</text>');
  });
});
