/** The words the HTML renderer itself adds around the document's text, per report language. */
import type { ReportLanguage } from '@graph-schema/dto/report';

export interface HtmlWords {
  contents: string;
  chapter: (number: number) => string;
  pin: string;
  analystComment: string;
  noComment: string;
  evidence: string;
  reproducibility: string;
  caption: { scope: string; dateBasis: string; source: string; asOf: string };
}

export const HTML_WORDS: Record<ReportLanguage, HtmlWords> = {
  zh: {
    contents: '目录',
    chapter: (number) => `第 ${number} 章`,
    pin: '分析人员固定的视图',
    analystComment: '分析人员评注',
    noComment: '（无评注）',
    evidence: '依据',
    reproducibility: '复现参数',
    caption: { scope: '范围', dateBasis: '日期口径', source: '来源', asOf: '数据时间' },
  },
  en: {
    contents: 'Contents',
    chapter: (number) => `Chapter ${number}`,
    pin: 'Pinned by the analyst',
    analystComment: 'Analyst comment',
    noComment: '(no comment)',
    evidence: 'Evidence',
    reproducibility: 'Reproducibility parameters',
    caption: { scope: 'Scope', dateBasis: 'Date basis', source: 'Source', asOf: 'As of' },
  },
};
