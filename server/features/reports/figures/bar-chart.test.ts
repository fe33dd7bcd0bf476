import { describe, expect, it } from 'vitest';
import { type BarChartInput, barChart } from './bar-chart';

describe('barChart', () => {
  const input: BarChartInput = {
    bars: [
      { label: '宁德时代 <CATL>', value: 47 },
      { label: 'LG & Co', value: 12, highlight: true },
      { label: 'Panasonic', value: 3 },
    ],
    valueLabel: '同族数 / families',
    shares: [0.5, 0.125, 0.03125],
  };
  const chart = barChart(input);

  it('draws one bar per category, value and share at its end, ticks on a nice axis', () => {
    expect(chart.svg.match(/class="bar"/g)).toHaveLength(3);
    expect(chart.svg).toContain('>47 (50.0%)</text>');
    expect(chart.svg).toContain('>12 (12.5%)</text>');
    const ticks = [...chart.svg.matchAll(/text-anchor="middle" fill="#222">(\d+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(chart.svg).toContain('>同族数 / families</text>');
  });

  it('escapes labels and marks the highlighted bar', () => {
    expect(chart.svg).toContain('宁德时代 &lt;CATL&gt;');
    expect(chart.svg).toContain('LG &amp; Co');
    expect(chart.svg).not.toContain('<CATL>');
    expect(chart.svg.match(/fill="#D55E00"/g)).toHaveLength(1);
    expect(chart.svg).toContain('font-weight="bold" fill="#222">LG &amp; Co');
  });

  it('grows with the bars and is deterministic', () => {
    expect(chart.height).toBe(12 + 3 * 22 + 46);
    expect(barChart({ bars: [], valueLabel: 'x' }).svg).not.toContain('class="bar"');
    expect(barChart(structuredClone(input)).svg).toBe(chart.svg);
  });
});
