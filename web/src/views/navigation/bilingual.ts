/** Names that come in Chinese and English (chains, segments, branches): pick one for the UI. Pure. */
import type { Bilingual } from '@graph-schema/dto/navigation-common';
import type { Lang } from '@web/src/i18n';

/** The name in the UI language, else the other language, else the fallback (an id). */
export function nameIn(name: Bilingual, lang: Lang, fallback: string): string {
  const other = lang === 'zh' ? name.en : name.zh;
  return name[lang] || other || fallback;
}

/** "中文 / English" when both exist and differ: for details panels and CSV files. */
export function bothNames(name: Bilingual, fallback: string): string {
  const parts = [name.zh, name.en].filter((part): part is string => Boolean(part));
  return [...new Set(parts)].join(' / ') || fallback;
}
