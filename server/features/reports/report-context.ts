/**
 * What every chapter builder receives and returns. Builders read the analyses through the same
 * functions the API routes call (never over HTTP), resolve every sentence in the report's language
 * from their own templates, and return blocks plus the key findings and method notes the
 * `findings` and `appendices` chapters gather.
 */
import type { Project } from '@graph-schema/dto/project';
import type { Pin, ReportBlock, ReportChapterId, ReportLanguage } from '@graph-schema/dto/report';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { ServerContext } from '@server/platform/context';

/** A sentence in both languages; the builder picks one with `ctx.tr`. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface ReportContext {
  readonly server: ServerContext;
  readonly project: Project;
  /** The navigation scope the project implies (graph-schema/dto/project.ts `projectScope`). */
  readonly scope: ScopeQuery;
  readonly language: ReportLanguage;
  readonly pins: readonly Pin[];
  readonly dataVersion: string;
  /** Day of the last load (YYYY-MM-DD), null if never recorded. */
  readonly dataAsOf: string | null;
  /** Day the report is made (YYYY-MM-DD). */
  readonly today: string;
  /** The text in the report's language. */
  tr(text: Bilingual): string;
  /**
   * What the other chapters produced, for the chapters that summarise them (findings, limitations,
   * appendices): build-report.ts builds those after the rest and sets this; absent before.
   */
  readonly gathered?: GatheredContent;
}

/** How a chapter's build ended: with content, with only empty-state blocks, or with an error. */
export interface ChapterOutcome {
  id: ReportChapterId;
  number: number;
  state: 'content' | 'empty' | 'failed';
  /** The empty blocks' codes, or the error code of a failed build. */
  codes: string[];
}

export interface GatheredContent {
  findings: readonly Finding[];
  methods: readonly MethodNote[];
  outcomes: readonly ChapterOutcome[];
}

/** A key finding: one sentence with its numbers, ranked for the findings chapter (higher first). */
export interface Finding {
  chapter: ReportChapterId;
  weight: number;
  text: string;
}

/** A coded note or rule the chapter's analyses used, for the methods appendix. */
export interface MethodNote {
  code: string;
  text: string;
}

export interface ChapterContent {
  blocks: ReportBlock[];
  findings: Finding[];
  methods: MethodNote[];
}

/** The chapter's position, for figure and table numbering ("图 5-1"). */
export interface ChapterPlace {
  id: ReportChapterId;
  number: number;
}

export type ChapterBuilder = (ctx: ReportContext, place: ChapterPlace) => Promise<ChapterContent>;

export const emptyContent = (): ChapterContent => ({ blocks: [], findings: [], methods: [] });
