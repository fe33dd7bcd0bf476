/** Sentences of the data-sources chapter (chapters/data-sources.ts), in both languages. */
import type { Bilingual } from '../report-context';

export const SOURCES_TEXT = {
  intro: (p: { files: number; read: number; loaded: number; quarantined: number }): Bilingual => ({
    zh: `本项目载入了 ${p.files} 个数据文件：共读取 ${p.read} 条记录，载入 ${p.loaded} 条，隔离 ${p.quarantined} 条（被隔离的记录逐条记入隔离文件并按原因计数，不会被静默丢弃）。`,
    en: `The project loaded ${p.files} data file(s): ${p.read} records read, ${p.loaded} loaded, ${p.quarantined} quarantined (each quarantined record is written to the quarantine file and counted by reason, never dropped silently).`,
  }),
  noDatasets: {
    zh: '本项目尚未记录任何数据文件（未通过 --project 载入数据，或项目由文件导入而数据未在此载入）；以下图谱总量为整个图谱的数据。',
    en: 'No data file is recorded for this project (nothing was loaded with --project, or the project was imported without its data); the graph totals below cover the whole graph.',
  },
  table: (p: { chapter: number }): Bilingual => ({
    zh: `表 ${p.chapter}-1 数据文件`,
    en: `Table ${p.chapter}-1 Data files`,
  }),
  columns: [
    { zh: '文件', en: 'File' },
    { zh: '格式', en: 'Format' },
    { zh: '导出平台', en: 'Exporter' },
    { zh: '导出日期', en: 'Export date' },
    { zh: '大小（字节）', en: 'Size (bytes)' },
    { zh: '校验和（SHA-256 前 12 位）', en: 'Checksum (SHA-256, first 12)' },
    { zh: '载入时间', en: 'Imported' },
    { zh: '读取', en: 'Read' },
    { zh: '载入', en: 'Loaded' },
    { zh: '隔离', en: 'Quarantined' },
  ],
  unknown: { zh: '未记录', en: 'not recorded' },
  tableNote: {
    zh: '导出日期仅在文件本身注明时记录；载入时间为该文件最近一次载入的时间。',
    en: 'The export date is recorded only where the file states it; Imported is the last time the file was loaded.',
  },
  totals: (p: GraphTotals): Bilingual => ({
    zh: `图谱总量：${p.patents} 件专利公开（另有 ${p.stubs} 件仅见于引证的外部文献，不计入任何统计），${p.families} 个同族，${p.applicants} 个申请人，${p.inventors} 名发明人，${p.citations} 条引证关系，${p.runs} 次载入运行。`,
    en: `Graph totals: ${p.patents} patent publications (plus ${p.stubs} documents known only from citations, outside every count), ${p.families} families, ${p.applicants} applicants, ${p.inventors} inventors, ${p.citations} citation links, ${p.runs} ingest runs.`,
  }),
} as const;

export interface GraphTotals {
  patents: number;
  stubs: number;
  families: number;
  applicants: number;
  inventors: number;
  citations: number;
  runs: number;
}
