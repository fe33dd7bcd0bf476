import { describe, expect, it } from 'vitest';
import { panoramaDiagram, shade } from './panorama-diagram';

describe('panoramaDiagram', () => {
  const diagram = panoramaDiagram({
    columns: [
      {
        title: '上游',
        families: 30,
        boxes: [
          { label: '正极材料', families: 20, level: 1, weak: false },
          { label: '高镍 <NCM>', families: 2, level: 2, weak: true },
        ],
      },
      { title: '中游', families: 40, boxes: [{ label: '电芯制造', families: 40, level: 1, weak: false }] },
      { title: '下游', families: 0, boxes: [] },
    ],
    shadeLabel: '同族数',
    weakLabel: '薄弱环节',
  });

  it('draws three columns with their titles and a box per branch', () => {
    expect(diagram.svg).toContain('>上游 (30)</text>');
    expect(diagram.svg).toContain('>下游 (0)</text>');
    expect(diagram.svg.match(/class="branch( weak)?"/g)).toHaveLength(3);
    expect(diagram.width).toBe(14 + 3 * (240 + 14));
  });

  it('marks weak links and escapes labels', () => {
    expect(diagram.svg.match(/class="branch weak"/g)).toHaveLength(1);
    expect(diagram.svg).toContain('高镍 &lt;NCM&gt;');
    expect(diagram.svg).toContain('>薄弱环节</text>');
    expect(diagram.svg).toContain('>同族数 0–40</text>');
  });

  it('shades from white to deep blue by families', () => {
    expect(shade(0, 40)).toBe('#f7fbff');
    expect(shade(40, 40)).toBe('#08519c');
    expect(shade(5, 0)).toBe('#f7fbff');
  });
});
