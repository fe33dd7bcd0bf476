/** The UI name of a chain segment kind (上游 / 中游 / 下游); other kinds have none. */
import type { Translate } from '@web/src/i18n';

const KNOWN_KINDS = ['upstream', 'midstream', 'downstream'] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

export function segmentKindLabel(t: Translate): (kind: string) => string | undefined {
  return (kind) =>
    (KNOWN_KINDS as readonly string[]).includes(kind) ? t(`nav.segmentKind.${kind as KnownKind}`) : undefined;
}
