/** The panorama as tables (every branch, and the weak links with reasons): what a report copies. */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { CsvCell } from '@web/src/export/csv';
import { explainAll } from '@web/src/i18n/explain';
import { bothNames } from '../navigation/bilingual';
import { dataTable, type TableColumn } from '../navigation/table';
import type { ViewContext } from '../types';

export function branchTable(panorama: ChainPanoramaResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const withApplicant = panorama.segments.some((s) => s.branches.some((b) => b.applicant !== undefined));
  // In a project: each judged branch's precision flag (issue 13), so a rule under 80 % is seen here too.
  const withPrecision = panorama.segments.some((s) => s.branches.some((b) => b.precision !== undefined));
  const columns: TableColumn[] = [
    { label: t('kind.segment') },
    { label: t('kind.branch') },
    { label: t('nav.level'), kind: 'int' },
    { label: t('details.families'), kind: 'int' },
    { label: t('nav.shareOfChain'), kind: 'percent' },
    { label: t('nav.growth'), kind: 'growth' },
    { label: t('nav.weakLink') },
    ...(withPrecision ? [{ label: t('review.precision') }] : []),
    ...(withApplicant
      ? ([
          { label: t('nav.applicantFamilies'), kind: 'int' },
          { label: t('nav.applicantShare'), kind: 'percent' },
          { label: t('nav.rta'), kind: 'ratio' },
        ] as const)
      : []),
  ];
  const rows: CsvCell[][] = panorama.segments.flatMap((segment) =>
    segment.branches.map((branch) => [
      bothNames(segment.name, segment.id),
      bothNames(branch.name, branch.localId),
      branch.level,
      branch.families,
      branch.shareOfChain,
      branch.threeYearGrowth,
      // Yes/no on screen: the reasons are in the weak-link table next to this one.
      branch.weakLink ? t('nav.weakLink') : '',
      ...(withPrecision && branch.precision ? [t(`review.flag.${branch.precision.precisionFlag}`)] : []),
      ...(withApplicant
        ? [
            branch.applicant?.families ?? null,
            branch.applicant?.shareOfBranch ?? null,
            branch.applicant?.rta ?? null,
          ]
        : []),
    ]),
  );
  return dataTable({
    title: t('nav.branchTable'),
    columns,
    rows,
    what: `panorama-${panorama.chain.id}`,
    t,
    lang,
  });
}

export function weakLinkTable(panorama: ChainPanoramaResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return dataTable({
    title: t('nav.weakLinks', { count: panorama.weakLinks.length }),
    columns: [{ label: t('kind.branch') }, { label: t('nav.reasons') }],
    rows: panorama.weakLinks.map((weak) => [bothNames(weak.name, weak.id), explainAll(weak.reasons, lang)]),
    what: `weak-links-${panorama.chain.id}`,
    t,
    lang,
    testId: 'weak-links',
  });
}
