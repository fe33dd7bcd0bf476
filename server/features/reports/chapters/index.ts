/**
 * Chapter builders in GB/T 39551 report order (graph-schema/dto/report.ts REPORT_CHAPTERS). The
 * findings chapter is built last (it gathers every other chapter's findings) but printed first.
 */
import type { ReportChapterId } from '@graph-schema/dto/report';
import type { ChapterBuilder } from '../report-context';
import { buildAppendicesChapter } from './appendices';
import { buildApplicantsChapter } from './applicants';
import { buildChainPanoramaChapter } from './chain-panorama';
import { buildCompositionChapter } from './composition';
import { buildCorePatentsChapter } from './core-patents';
import { buildDataSourcesChapter } from './data-sources';
import { buildFindingsChapter } from './findings';
import { buildGapsChapter } from './gaps';
import { buildGeographyChapter } from './geography';
import { buildLimitationsChapter } from './limitations';
import { buildRisksChapter } from './risks';
import { buildScopeMethodChapter } from './scope-method';
import { buildTalentChapter } from './talent';
import { buildTechEffectChapter } from './tech-effect';
import { buildTechRouteChapter } from './tech-route';
import { buildTrendsChapter } from './trends';

export const CHAPTER_BUILDERS: Record<ReportChapterId, ChapterBuilder> = {
  findings: buildFindingsChapter,
  'scope-method': buildScopeMethodChapter,
  'data-sources': buildDataSourcesChapter,
  'chain-panorama': buildChainPanoramaChapter,
  trends: buildTrendsChapter,
  composition: buildCompositionChapter,
  geography: buildGeographyChapter,
  applicants: buildApplicantsChapter,
  gaps: buildGapsChapter,
  'tech-effect': buildTechEffectChapter,
  'core-patents': buildCorePatentsChapter,
  'tech-route': buildTechRouteChapter,
  risks: buildRisksChapter,
  talent: buildTalentChapter,
  limitations: buildLimitationsChapter,
  appendices: buildAppendicesChapter,
};
