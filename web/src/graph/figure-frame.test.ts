import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  estimateTextWidth,
  type FigureFrame,
  figureSvg,
  placedSvg,
  wrapText,
} from './figure-frame';

const SWATCH = {
  markup:
    '<svg width="16" height="16" viewBox="0 0 16 16"><rect x="1.5" y="1.5" width="13" height="13" fill="#3b82f6"/></svg>',
  width: 16,
  height: 16,
};

const FRAME: FigureFrame = {
  title: '产业链全景 — 动力电池',
  legendTitle: '图例',
  legend: [{ text: '产业链', mark: SWATCH }, { text: 'Weak link <reasons> & notes' }],
  caption: [
    { label: '范围', value: '受理局 CN、US；2015–2024' },
    { label: '日期口径', value: '优先权日' },
  ],
};

const PICTURE = { markup: '<svg x="0" y="0" width="600" height="300"><g/></svg>', width: 600, height: 300 };

/** The text content of every <text> element, in order. */
function texts(markup: string): string[] {
  return [...markup.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
}

describe('figureSvg', () => {
  it('writes title, legend title and lines, and caption lines as <text>, escaped', () => {
    const figure = figureSvg(FRAME, PICTURE);
    expect(texts(figure.markup)).toEqual([
      '产业链全景 — 动力电池',
      '图例',
      '产业链',
      'Weak link &lt;reasons&gt; &amp; notes',
      '范围: 受理局 CN、US；2015–2024',
      '日期口径: 优先权日',
    ]);
  });

  it('puts the picture below the title block and the legend and caption below the picture', () => {
    const figure = figureSvg(FRAME, PICTURE);
    const pictureTop = Number(/<g transform="translate\((\d+) (\d+)\)">/.exec(figure.markup)?.[2]);
    const legendTitleY = Number(/<text x="20" y="([\d.]+)"[^>]*>图例</.exec(figure.markup)?.[1]);
    expect(pictureTop).toBeGreaterThanOrEqual(40);
    expect(legendTitleY).toBeGreaterThan(pictureTop + PICTURE.height);
    expect(figure.height).toBeGreaterThan(legendTitleY + 4 * 17);
    expect(figure.width).toBe(640);
    expect(figure.markup).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="640" height="\d+" viewBox="0 0 640 \d+"/,
    );
    expect(figure.markup).toContain('<rect x="0" y="0" width="640"');
    expect(figure.markup).toContain('fill="#ffffff"');
  });

  it('places legend marks as nested <svg> before their line', () => {
    const figure = figureSvg(FRAME, PICTURE);
    expect(figure.markup).toMatch(
      /<svg y="\d+" x="20" width="16" height="16" viewBox="0 0 16 16"><rect [^>]*fill="#3b82f6"\/><\/svg><text x="44"/,
    );
  });

  it('gives a symbol taller than a text row a taller row instead of drawing it over the line above', () => {
    const tall = { markup: '<svg width="70" height="40"><circle r="20"/></svg>', width: 70, height: 40 };
    const figure = figureSvg(
      { ...FRAME, legend: [{ text: 'Above' }, { text: 'Node size', mark: tall }, { text: 'Below' }] },
      PICTURE,
    );
    const baseline = (label: string) =>
      Number(new RegExp(`<text x="\\d+" y="(\\d+)"[^>]*>${label}<`).exec(figure.markup)?.[1]);
    const markTop = Number(/<svg y="(\d+)" x="20" width="70" height="40">/.exec(figure.markup)?.[1]);
    expect(markTop).toBeGreaterThan(baseline('Above') + 3);
    expect(baseline('Node size')).toBeGreaterThan(markTop + 20);
    expect(baseline('Below')).toBeGreaterThan(markTop + 40 + 13);
  });

  it('wraps a long caption line within the figure instead of widening it', () => {
    const value = 'families of the exporter, by priority date; '.repeat(6).trim();
    const figure = figureSvg({ ...FRAME, caption: [{ label: 'Counts', value }] }, PICTURE);
    expect(figure.width).toBe(640);
    const lines = texts(figure.markup).slice(4);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(`Counts: ${value}`);
    for (const line of lines) expect(estimateTextWidth(line, 11.5)).toBeLessThanOrEqual(600);
  });

  it('leaves out the legend block when the view has no legend', () => {
    const figure = figureSvg({ ...FRAME, legend: [] }, PICTURE);
    expect(texts(figure.markup)).not.toContain('图例');
  });
});

describe('placedSvg', () => {
  it('drops an XML prolog and doctype and sets x and y on the root element', () => {
    const markup =
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg width="10" height="10"><g/></svg>';
    expect(placedSvg(markup, 5, 7)).toBe('<svg y="7" x="5" width="10" height="10"><g/></svg>');
    expect(() => placedSvg('<html/>', 0, 0)).toThrow('no <svg>');
  });
});

describe('wrapText', () => {
  it('breaks at spaces in English and between characters in Chinese', () => {
    expect(wrapText('alpha beta gamma', 60, 10)).toEqual(['alpha beta', 'gamma']);
    expect(wrapText('专利导航图谱', 40, 10)).toEqual(['专利导航', '图谱']);
    expect(wrapText('averyveryverylongword x', 30, 10)).toEqual(['averyveryverylongword', 'x']);
  });
});

describe('estimateTextWidth and escapeXml', () => {
  it('counts CJK characters as one em and others as 0.6 em', () => {
    expect(estimateTextWidth('专利ab', 10)).toBeCloseTo(32);
  });
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
