import type { ReportDocument } from '@graph-schema/dto/report';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html';
import { HTML_WORDS } from './html.text';
import { blockHtml, captionHtml, tableHtml } from './html-blocks';

const zh = HTML_WORDS.zh;

const document: ReportDocument = {
  language: 'zh',
  cover: {
    title: 'A <b>&"title"',
    client: null,
    date: '2026-12-04',
    dataVersion: '2|x|10',
    dataAsOf: null,
    syntheticDemo: true,
    lines: ['合成演示数据 SYNTHETIC DEMO DATA', '导航类型：企业经营类'],
  },
  chapters: [
    {
      id: 'findings',
      number: 1,
      title: '主要结论',
      blocks: [{ kind: 'empty', code: 'report.findings.none', text: '无 <结论>' }],
    },
    {
      id: 'trends',
      number: 2,
      title: '申请趋势 & 生命周期',
      blocks: [
        {
          kind: 'paragraph',
          code: 'p.1',
          text: 'x < y',
          evidence: [{ api: '/api/landscape/trends?chain=a&b=1' }],
        },
        { kind: 'bullets', items: ['<i>'] },
      ],
    },
  ],
  reproducibility: {
    projectId: 'p1',
    projectDefinition: { name: '<n>' },
    parameters: {},
    dataVersion: '2|x|10',
  },
};

describe('HTML report', () => {
  const html = renderHtml(document);

  it('escapes every text and keeps the page self-contained', () => {
    expect(html).toContain('<title>A &lt;b&gt;&amp;&quot;title&quot;</title>');
    expect(html).toContain('<h1 class="title">A &lt;b&gt;&amp;&quot;title&quot;</h1>');
    expect(html).toContain('<p data-code="p.1">x &lt; y</p>');
    expect(html).toContain(
      '<div class="evidence">依据: <code>/api/landscape/trends?chain=a&amp;b=1</code></div>',
    );
    expect(html).toContain('<ul><li>&lt;i&gt;</li></ul>');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/|@import|url\(/);
  });

  it('has the cover with the demo notice, the TOC with page slots, and one section per chapter on a new page', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh">')).toBe(true);
    expect(html).toContain(
      '<header class="cover"><p class="demo">合成演示数据 SYNTHETIC DEMO DATA</p><h1 class="title">A &lt;b&gt;&amp;&quot;title&quot;</h1><ul><li>导航类型：企业经营类</li></ul></header>',
    );
    expect(html).toContain(
      '<nav class="toc"><h1>目录</h1><ol>\n' +
        '<li><a href="#chapter-findings"><span class="toc-number">1</span> <span class="toc-title">主要结论</span></a><span class="toc-page" data-for="chapter-findings"></span></li>\n' +
        '<li><a href="#chapter-trends"><span class="toc-number">2</span> <span class="toc-title">申请趋势 &amp; 生命周期</span></a><span class="toc-page" data-for="chapter-trends"></span></li>\n' +
        '</ol></nav>',
    );
    expect(html.match(/<section class="chapter" id="chapter-[a-z-]+">/g)).toEqual([
      '<section class="chapter" id="chapter-findings">',
      '<section class="chapter" id="chapter-trends">',
    ]);
    expect(html).toContain('section.chapter { break-before: page; }');
    expect(html).toContain('@page { size: A4; margin: 20mm 16mm 18mm 16mm; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain(
      '<div class="empty" data-code="report.findings.none">无 &lt;结论&gt; <span class="code">[report.findings.none]</span></div>',
    );
    expect(html).toContain('<pre>{\n  &quot;projectId&quot;: &quot;p1&quot;');
  });

  it('gives a figure its caption lines as text after the inline SVG', () => {
    const caption = {
      title: '图 5-1 趋势',
      scope: '产业链 a',
      dateBasis: '按最早优先权日统计',
      source: 'PatNav',
      asOf: '数据版本 v',
      legend: ['横轴 <年>'],
    };
    expect(captionHtml(caption, zh)).toBe(
      '<div class="caption-title">图 5-1 趋势</div><div class="caption-legend">横轴 &lt;年&gt;</div><div class="caption-scope">范围: 产业链 a</div><div class="caption-date-basis">日期口径: 按最早优先权日统计</div><div class="caption-source">来源: PatNav</div><div class="caption-as-of">数据时间: 数据版本 v</div>',
    );
    expect(
      blockHtml({ kind: 'figure', id: 'f1', caption, svg: '<svg></svg>', width: 1, height: 1 }, zh),
    ).toBe(
      `<figure data-figure-id="f1"><svg></svg><figcaption>${captionHtml(caption, zh)}</figcaption></figure>`,
    );
  });

  it('marks a pin, shows its comment and embeds its client-made SVG as an image, never as markup', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const html = blockHtml(
      {
        kind: 'pin',
        pinId: 'p-1',
        title: 'Gaps <view>',
        comment: '注意 & 跟进',
        provenance: '固定于 2026-11-20',
        svg,
        table: { columns: ['a'], rows: [[1], [null]] },
      },
      zh,
    );
    expect(html).toBe(
      `<aside class="pin" data-pin-id="p-1"><div class="pin-label">分析人员固定的视图</div><h3>Gaps &lt;view&gt;</h3><figure><img alt="Gaps &lt;view&gt;" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></figure><table><thead><tr><th scope="col">a</th></tr></thead><tbody>\n<tr><td>1</td></tr>\n<tr><td>—</td></tr>\n</tbody></table><div class="comment"><strong>分析人员评注:</strong> 注意 &amp; 跟进</div><p class="provenance">固定于 2026-11-20</p></aside>`,
    );
    expect(html).not.toContain('<script>');
  });

  it('right-aligns numeric columns and names the table by its id', () => {
    const table = {
      columns: [
        { label: 'n', numeric: true },
        { label: 't', numeric: false },
      ],
      rows: [[3, 'x']],
    };
    expect(tableHtml(table, '表 1', 'scope')).toBe(
      '<table data-table-id="scope"><caption>表 1</caption><thead><tr><th scope="col">n</th><th scope="col">t</th></tr></thead><tbody>\n<tr><td class="num">3</td><td>x</td></tr>\n</tbody></table>',
    );
  });
});
