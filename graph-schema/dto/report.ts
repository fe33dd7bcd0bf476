/**
 * The navigation report (issue 11): pins an analyst adds from the web app, the report document the
 * generator builds from a project, and the background job that renders it. The document is the one
 * contract between the chapter builders (server/features/reports/chapters/) and the renderers
 * (HTML, PDF, DOCX): builders produce resolved text in one language, renderers only lay it out, so
 * every format carries the same words and numbers.
 */
import { z } from 'zod';
import { ProjectId } from './project-id';

/**
 * The chapters in GB/T 39551-2020 practice, in report order (the cover is not a chapter). Ids are
 * stable: pins and the report builder page refer to them.
 */
export const REPORT_CHAPTERS = {
  findings: { zh: '主要结论', en: 'Key findings' },
  'scope-method': { zh: '导航范围与方法', en: 'Scope and method' },
  'data-sources': { zh: '数据来源', en: 'Data sources' },
  'chain-panorama': { zh: '产业链全景与薄弱环节', en: 'Industry chain panorama and weak links' },
  trends: { zh: '申请趋势与技术生命周期', en: 'Trends and lifecycle' },
  composition: { zh: '技术构成', en: 'Technology composition' },
  geography: { zh: '地域分布', en: 'Geography' },
  applicants: { zh: '申请人分析', en: 'Applicants' },
  gaps: { zh: '布局空白与建议', en: 'Layout gaps and recommendations' },
  'tech-effect': { zh: '技术功效矩阵与空白点', en: 'Technology–effect matrix and white space' },
  'core-patents': { zh: '核心专利', en: 'Core patents' },
  'tech-route': { zh: '技术路线与专利围栏', en: 'Technology route and fences' },
  risks: { zh: '风险提示', en: 'Risks' },
  talent: { zh: '人才分析', en: 'Talent' },
  limitations: { zh: '局限性说明', en: 'Limitations' },
  appendices: { zh: '附录', en: 'Appendices' },
} as const;
export type ReportChapterId = keyof typeof REPORT_CHAPTERS;
export const REPORT_CHAPTER_IDS = Object.keys(REPORT_CHAPTERS) as [ReportChapterId, ...ReportChapterId[]];
export const ReportChapterId = z.enum(REPORT_CHAPTER_IDS);

export const ReportLanguage = z.enum(['zh', 'en']);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

export const REPORT_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

// ── Pins ────────────────────────────────────────────────────────────────────────────────────────

const Cell = z.union([z.string(), z.number(), z.null()]);

/** What the web app captured when the analyst pinned: the figure as SVG (with its caption frame) and/or the table. */
export const PinSnapshot = z.strictObject({
  svg: z.string().max(4_000_000).nullable().default(null),
  table: z
    .strictObject({
      columns: z.array(z.string().max(200)).min(1).max(50),
      rows: z.array(z.array(Cell).max(50)).max(1000),
    })
    .nullable()
    .default(null),
});
export type PinSnapshot = z.infer<typeof PinSnapshot>;

/** What the web app sends to pin a view: the view id, its exact URL state and data version, a comment. */
export const PinInput = z.strictObject({
  /** A web view id (web/src/views/registry.ts), e.g. `gaps`, `core-patents`. */
  view: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'expected a view id such as core-patents'),
  /** The view's URL query string (without `?`): restores exactly what was pinned. */
  state: z.string().max(4000),
  /** The title the analyst saw (view title and subject). */
  title: z.string().trim().min(1).max(300),
  /** The data version the view showed (GET /api/health `data.version`). */
  dataVersion: z.string().max(200),
  comment: z.string().max(5000).default(''),
  chapter: ReportChapterId,
  snapshot: PinSnapshot.default({ svg: null, table: null }),
});
export type PinInput = z.input<typeof PinInput>;

export const Pin = PinInput.extend({
  id: z.string().uuid(),
  project: ProjectId,
  /** Position within its chapter, 0-based. */
  order: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Pin = z.infer<typeof Pin>;

/** Edit a pin: comment, chapter, position. */
export const PinPatch = z.strictObject({
  comment: z.string().max(5000).optional(),
  chapter: ReportChapterId.optional(),
  order: z.number().int().nonnegative().optional(),
});
export type PinPatch = z.infer<typeof PinPatch>;

// ── The document ────────────────────────────────────────────────────────────────────────────────

/**
 * What makes a figure readable on paper without the app: every line is resolved text in the
 * report's language.
 */
export const FigureCaption = z.strictObject({
  /** e.g. "图 5-1 锂电池产业链申请趋势" / "Figure 5-1 Filing trends of the lithium-battery chain". */
  title: z.string(),
  scope: z.string(),
  dateBasis: z.string(),
  source: z.string(),
  /** Data version and as-of date (last load; day the report was made). */
  asOf: z.string(),
  /** What the axes, colours and sizes mean, one entry per line. */
  legend: z.array(z.string()),
});
export type FigureCaption = z.infer<typeof FigureCaption>;

/** Where a number came from: the API call (path + query) a reader can repeat, and what it counted. */
export const Evidence = z.strictObject({ api: z.string(), note: z.string().optional() });
export type Evidence = z.infer<typeof Evidence>;

export const ReportBlock = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  /** A generated sentence or paragraph; `code` is the template it came from. */
  z.strictObject({
    kind: z.literal('paragraph'),
    code: z.string(),
    text: z.string(),
    evidence: z.array(Evidence).default([]),
  }),
  z.strictObject({ kind: z.literal('bullets'), items: z.array(z.string()) }),
  z.strictObject({
    kind: z.literal('table'),
    /** Stable id (e.g. `core-patents`, `gaps`): the DOCX/XLSX checks and readers find tables by it. */
    id: z.string(),
    caption: z.string(),
    columns: z.array(z.strictObject({ label: z.string(), numeric: z.boolean().default(false) })),
    rows: z.array(z.array(Cell)),
    note: z.string().optional(),
    /** Indexes into `rows` to print in bold (the project's target and competitors); absent = none. */
    emphasisRows: z.array(z.number().int().nonnegative()).optional(),
  }),
  z.strictObject({
    kind: z.literal('figure'),
    id: z.string(),
    caption: FigureCaption,
    /** Self-contained SVG (no external references), drawing area only; renderers add the caption. */
    svg: z.string(),
    width: z.number().positive(),
    height: z.number().positive(),
  }),
  /** A pinned view with the analyst's comment, inserted in the chapter it was pinned to. */
  z.strictObject({
    kind: z.literal('pin'),
    pinId: z.string(),
    title: z.string(),
    comment: z.string(),
    /** Sentence saying when it was pinned and whether the data changed since. */
    provenance: z.string(),
    svg: z.string().nullable(),
    table: PinSnapshot.shape.table,
  }),
  /** A chapter (or part) with no data says so instead of disappearing. */
  z.strictObject({ kind: z.literal('empty'), code: z.string(), text: z.string() }),
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

export const ReportChapter = z.strictObject({
  id: ReportChapterId,
  /** 1-based chapter number in the document. */
  number: z.number().int().positive(),
  title: z.string(),
  blocks: z.array(ReportBlock),
});
export type ReportChapter = z.infer<typeof ReportChapter>;

export const ReportDocument = z.strictObject({
  language: ReportLanguage,
  cover: z.strictObject({
    title: z.string(),
    client: z.string().nullable(),
    /** Day the report was made (YYYY-MM-DD): the only date that may differ between two runs. */
    date: z.string(),
    dataVersion: z.string(),
    /** Day of the last load into the graph (YYYY-MM-DD), null if never recorded. */
    dataAsOf: z.string().nullable(),
    /** True when the graph holds the generated demo corpus: the cover then says SYNTHETIC DEMO DATA. */
    syntheticDemo: z.boolean(),
    lines: z.array(z.string()),
  }),
  chapters: z.array(ReportChapter),
  /** What reproduces the report: the project definition, parameters and data version, as JSON. */
  reproducibility: z.strictObject({
    projectId: ProjectId,
    projectDefinition: z.unknown(),
    parameters: z.record(z.string(), z.unknown()),
    dataVersion: z.string(),
  }),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

export const ReportRequest = z.strictObject({
  language: ReportLanguage.default('zh'),
  formats: z.array(ReportFormat).min(1).default(['html', 'pdf', 'docx', 'xlsx']),
});
export type ReportRequest = z.input<typeof ReportRequest>;

export const ReportJob = z.strictObject({
  id: z.string().uuid(),
  project: ProjectId,
  state: z.enum(['queued', 'running', 'done', 'failed']),
  /** The step running now and how far along the whole job is (0–1). */
  progress: z.strictObject({ step: z.string(), fraction: z.number().min(0).max(1) }),
  request: z.strictObject({ language: ReportLanguage, formats: z.array(ReportFormat) }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** One per finished format: GET `url` downloads it. */
  files: z.array(
    z.strictObject({ format: ReportFormat, fileName: z.string(), bytes: z.number().int(), url: z.string() }),
  ),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export type ReportJob = z.infer<typeof ReportJob>;
