/**
 * Peak labels in the reader's language: a cluster's terms mix Chinese words and English stems
 * (families carry both texts), so the label takes the cluster's heaviest terms in the UI's script
 * first and falls back to the others when there are too few.
 */
import type { TopicMapReady, TopicPeak } from '@graph-schema/dto/topic-map';
import type { Lang } from '@web/src/i18n';

const HAN = /\p{Script=Han}/u;
export const LABEL_TERMS = 3;

export function termsInLanguage(
  terms: readonly { term: string }[],
  lang: Lang,
  count = LABEL_TERMS,
): string[] {
  const wanted = terms.filter((entry) => HAN.test(entry.term) === (lang === 'zh'));
  const others = terms.filter((entry) => !wanted.includes(entry));
  return [...wanted, ...others].slice(0, count).map((entry) => entry.term);
}

export function peakLabel(map: TopicMapReady, peak: TopicPeak, lang: Lang): string {
  const cluster = map.clusters.find((candidate) => candidate.id === peak.cluster);
  return termsInLanguage(cluster?.terms ?? peak.terms, lang).join(lang === 'zh' ? '、' : ', ');
}
