/** Text for the patent details panel that is worth testing on its own. Pure. */
import type { PatentDetail } from '@graph-schema/dto/patent';
import type { Lang } from '../i18n';

/** The title in the UI language, else the other one, else the publication number. */
export function preferredTitle(patent: Pick<PatentDetail, 'id' | 'title'>, lang: Lang): string {
  const [first, second] =
    lang === 'zh' ? [patent.title.zh, patent.title.en] : [patent.title.en, patent.title.zh];
  return first || second || patent.id;
}

/** `file:line`, the way an editor or grep wants it; the bare file when the line is unknown. */
export function sourceLocation(source: PatentDetail['source']): string | undefined {
  if (!source.file) return undefined;
  return source.line === null ? source.file : `${source.file}:${source.line}`;
}

/** `normalised (raw)` when the source wording differs from the normalised status; `label` words the status in the UI language. */
export function legalStatusText(
  patent: Pick<PatentDetail, 'legalStatus' | 'legalStatusRaw'>,
  label: (status: NonNullable<PatentDetail['legalStatus']>) => string = (status) => status,
): string | undefined {
  const { legalStatus, legalStatusRaw } = patent;
  if (!legalStatus) return legalStatusRaw ?? undefined;
  const shown = label(legalStatus);
  return legalStatusRaw && legalStatusRaw !== legalStatus && legalStatusRaw !== shown
    ? `${shown} (${legalStatusRaw})`
    : shown;
}

/**
 * Kind code and document type together, e.g. `A · invention` / `A · 发明`: the code is the office's
 * (data), `typeLabel` words the type in the UI language.
 */
export function kindText(
  patent: Pick<PatentDetail, 'kind' | 'type'>,
  typeLabel: (type: NonNullable<PatentDetail['type']>) => string = (type) => type,
): string | undefined {
  const parts = [patent.kind, patent.type && typeLabel(patent.type)].filter((part): part is string =>
    Boolean(part),
  );
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The exporter systems whose family ids the graph keeps (`F:<system>:<id>`, ingest/load/rows.ts), by their own name. */
const FAMILY_SYSTEMS: Record<string, string> = {
  incopat: 'incoPat',
  docdb: 'DOCDB',
  patsnap: 'PatSnap',
  lens: 'Lens',
};

/**
 * A family id as a reader can use it: the exporter's family number under the exporter's name
 * (`F:incopat:60002986` → `incoPat 60002986`), the earliest priority (`P:…`) or the publication
 * (`D:…`) as the number alone. The graph's prefixes are keys, not words.
 */
export function familyNumber(familyId: string): string {
  const exporter = /^F:([^:]+):(.+)$/.exec(familyId);
  if (exporter) return `${FAMILY_SYSTEMS[exporter[1]!] ?? exporter[1]} ${exporter[2]}`;
  return familyId.replace(/^[PD]:/, '');
}
