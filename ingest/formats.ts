/** The closed list of input formats the ingest readers understand. */
export const FORMATS = {
  lens: 'Lens.org CSV export (2015, 2016/2018 and current layouts; `;;` multi-values)',
  google: 'Google Patents CSV (`search URL:` line, then id,title,assignee,inventor/author,…)',
  patsnap: 'PatSnap (智慧芽) patent list, Chinese or English headers, CSV or XLSX',
  patentscope:
    'WIPO PATENTSCOPE result list (Application Id, …, Publication Number, Priority Data, …), XLS, XLSX or CSV',
  'patsnap-family': 'PatSnap family tab (application_number,…,family_members,inpadoc_family_members,…)',
  incopat: 'incoPat (合享) export with Chinese headers (公开(公告)号, 标题, 申请人 …), CSV, XLSX or XLS',
  cnipr: 'CNIPR / CNIPA-platform export (公开（公告）号, 名称, 申请（专利权）人 …), CSV, XLSX or XLS',
  'uspto-xml': 'USPTO grant / application full-text XML v4.x (bulk files of concatenated documents)',
  'epo-ops-xml': 'EPO OPS / DOCDB exchange XML (biblio, family, INPADOC legal, claims responses)',
  patentsview: 'PatentsView bulk TSV tables (g_patent + g_application, g_cpc_current, … joined by patent_id)',
} as const satisfies Record<string, string>;

export type FormatId = keyof typeof FORMATS;
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

export function isFormatId(value: string): value is FormatId {
  return Object.hasOwn(FORMATS, value);
}

export function describeFormats(): string {
  return FORMAT_IDS.map((id) => `  ${id}: ${FORMATS[id]}`).join('\n');
}
