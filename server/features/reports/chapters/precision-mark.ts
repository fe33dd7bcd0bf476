/**
 * The low-precision mark of a branch in report chapters (issue 13): a branch whose rule the project
 * judged under 80 % precision is named with "⚠ 查准率 40%" / "⚠ precision 40 %" wherever a chapter
 * names it (the web views carry the same mark, web/src/views/navigation/branch-precision.ts), so a
 * reader sees which counts rest on a rule the analyst found too loose.
 */
import type { Bilingual } from '@graph-schema/dto/navigation-common';
import type { Precision } from '@graph-schema/dto/precision';

export function precisionMark(precision: Precision | undefined, language: 'zh' | 'en'): string {
  if (precision?.precisionFlag !== 'low' || precision.estimate === null) return '';
  const percent = Math.round(precision.estimate * 100);
  return language === 'zh' ? ` ⚠ 查准率 ${percent}%` : ` ⚠ precision ${percent} %`;
}

/** Both names with the mark in their own language; unchanged unless judged under 80 %. */
export function markedName<N extends Bilingual>(name: N, precision: Precision | undefined): N {
  if (!precisionMark(precision, 'en')) return name;
  return {
    ...name,
    zh: name.zh === null ? null : `${name.zh}${precisionMark(precision, 'zh')}`,
    en: name.en === null ? null : `${name.en}${precisionMark(precision, 'en')}`,
  };
}
