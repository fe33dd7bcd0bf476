/**
 * One small fictional set of publications written in three exporters' real layouts (Lens current
 * CSV, PatSnap English list CSV, incoPat CSV), for the graph-integrity tests (issue 14): the same
 * set exported twice must give the same families as one export, and a later export of a patent
 * replaces what an earlier one said. Column names: ingest/readers/lens.ts, patsnap.ts, incopat.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayKeyFromId } from '@demo/numbering';
import { LENS_HEADER } from '@demo/write-lens-csv';
import { csv } from '../fixtures/exports/csv-text';

export interface OverlapPatent {
  /** Publication number without spaces, e.g. `CN120000001A`; Lens gets it spaced by `lensKey`. */
  publication: string;
  lensKey: string;
  /** CN numbers with their check digit (`CN202110000001.1`); the Lens spelling is in `lensApplication`. */
  application: string;
  lensApplication: string;
  applicationDate: string;
  publicationDate: string;
  /** The first filing whose priority it claims (bare number, date); none for a first filing. */
  priority?: { number: string; lens: string; date: string };
  /** Index into FAMILIES: the simple family every exporter agrees on. */
  family: number;
  title: string;
  applicants: string[];
  inventors: string[];
  ipc: string[];
  cites: string[];
}

const CN_FIRST = { number: 'CN202110000001', lens: 'CN 202110000001 A', date: '2021-01-10' };
const CN_SECOND = { number: 'CN202110000002', lens: 'CN 202110000002 A', date: '2021-02-20' };

/** Three simple families: a CN first filing with US and EP members, a CN filing with its WO, a lone utility model. */
export const OVERLAP_SET: OverlapPatent[] = [
  {
    publication: 'CN120000001A',
    lensKey: 'CN 120000001 A',
    application: 'CN202110000001.1',
    lensApplication: 'CN 202110000001 A',
    applicationDate: '2021-01-10',
    publicationDate: '2021-05-11',
    family: 0,
    title: 'Fictional battery cooling plate',
    applicants: ['FICTIONAL COOLING CO LTD'],
    inventors: ['ZHAO LIU'],
    ipc: ['H01M10/613'],
    cites: ['CN108000001A'],
  },
  {
    publication: 'US20220000001A1',
    lensKey: 'US 2022/0000001 A1',
    application: 'US17/100001',
    lensApplication: 'US 17/100001 A',
    applicationDate: '2021-12-20',
    publicationDate: '2022-06-23',
    priority: CN_FIRST,
    family: 0,
    title: 'Fictional battery cooling plate',
    applicants: ['FICTIONAL COOLING CO LTD'],
    inventors: ['ZHAO LIU'],
    ipc: ['H01M10/613'],
    cites: [],
  },
  {
    publication: 'EP4000001A1',
    lensKey: 'EP 4000001 A1',
    application: 'EP22000001',
    lensApplication: 'EP 22000001 A',
    applicationDate: '2022-01-05',
    publicationDate: '2022-07-13',
    priority: CN_FIRST,
    family: 0,
    title: 'Fictional battery cooling plate',
    applicants: ['FICTIONAL COOLING CO LTD'],
    inventors: ['ZHAO LIU'],
    ipc: ['H01M10/613'],
    cites: [],
  },
  {
    publication: 'CN113000002A',
    lensKey: 'CN 113000002 A',
    application: 'CN202110000002.5',
    lensApplication: 'CN 202110000002 A',
    applicationDate: '2021-02-20',
    publicationDate: '2021-06-15',
    family: 1,
    title: 'Fictional coolant pump',
    applicants: ['FICTIONAL PUMP CO LTD'],
    inventors: ['QIAN QI'],
    ipc: ['F04D13/06'],
    cites: [],
  },
  {
    publication: 'WO2022000002A1',
    lensKey: 'WO 2022/000002 A1',
    application: 'CN2022000002',
    lensApplication: 'WO 2022CN000002 A',
    applicationDate: '2022-02-18',
    publicationDate: '2022-08-25',
    priority: CN_SECOND,
    family: 1,
    title: 'Fictional coolant pump',
    applicants: ['FICTIONAL PUMP CO LTD'],
    inventors: ['QIAN QI'],
    ipc: ['F04D13/06'],
    cites: [],
  },
  {
    publication: 'CN214000003U',
    lensKey: 'CN 214000003 U',
    application: 'CN202120000003.3',
    lensApplication: 'CN 202120000003 U',
    applicationDate: '2021-03-03',
    publicationDate: '2021-09-09',
    family: 2,
    title: 'Fictional pump bracket',
    applicants: ['FICTIONAL PUMP CO LTD'],
    inventors: ['SUN BA'],
    ipc: ['F16M13/02'],
    cites: [],
  },
];

/** Each exporter numbers families its own way; both ids name the same three simple families. */
const PATSNAP_FAMILY_IDS = ['88000101', '88000102', '88000103'];
const INCOPAT_FAMILY_IDS = ['51000201', '51000202', '51000203'];

/** Every exporter names the whole simple family, also members missing from a partial export. */
const membersOf = (patent: OverlapPatent) => OVERLAP_SET.filter((p) => p.family === patent.family);

/** A first filing lists its own application as priority in Lens (demo/write-lens-csv.ts). */
function lensRow(patent: OverlapPatent, index: number): string[] {
  const members = membersOf(patent);
  const priority = patent.priority ?? {
    lens: patent.lensApplication,
    date: patent.applicationDate,
  };
  const cell: Partial<Record<(typeof LENS_HEADER)[number], string>> = {
    '#': String(index + 1),
    Jurisdiction: patent.publication.slice(0, 2),
    Kind: patent.lensKey.split(' ').at(-1)!,
    'Display Key': patent.lensKey,
    'Publication Date': patent.publicationDate,
    'Publication Year': patent.publicationDate.slice(0, 4),
    'Application Number': patent.lensApplication,
    'Application Date': patent.applicationDate,
    'Priority Numbers': `${priority.lens} ${priority.date.replaceAll('-', '')}`,
    'Earliest Priority Date': priority.date,
    Title: patent.title,
    Applicants: patent.applicants.join(';;'),
    Inventors: patent.inventors.join(';;'),
    'Document Type': patent.publication.endsWith('U') ? 'Utility Model' : 'Patent Application',
    'IPCR Classifications': patent.ipc.join(';;'),
    'Cites Patent Citations': patent.cites.map(displayKeyFromId).join(';;'),
    'Simple Family Size': String(members.length),
    'Simple Family Members': members.map((m) => m.lensKey).join(';;'),
    'Legal Status': 'PENDING',
  };
  return LENS_HEADER.map((header) => cell[header] ?? '');
}

const PATSNAP_HEADER = [
  'Publication Number',
  'Title',
  'Original Assignee',
  'Inventor',
  'Application Number',
  'Application Date',
  'Publication Date',
  'Priority Number',
  'Priority Date',
  'IPC',
  'Cited Patents',
  'Simple Family',
  'PatSnap Family ID',
  'Legal Status',
];

function patsnapRow(patent: OverlapPatent): string[] {
  return [
    patent.publication,
    patent.title,
    patent.applicants.join(' | '),
    patent.inventors.join(' | '),
    patent.application,
    patent.applicationDate,
    patent.publicationDate,
    patent.priority?.number ?? '',
    patent.priority?.date ?? '',
    patent.ipc.join(' | '),
    patent.cites.join(' | '),
    membersOf(patent)
      .map((m) => m.publication)
      .join(' | '),
    PATSNAP_FAMILY_IDS[patent.family]!,
    'Pending',
  ];
}

const INCOPAT_HEADER = [
  '序号',
  '公开(公告)号',
  '标题',
  '申请人',
  '申请日',
  '公开(公告)日',
  '申请号',
  'IPC',
  '发明人',
  '当前法律状态',
  '引证专利',
  '优先权号',
  '优先权日',
  '简单同族',
  '简单同族ID',
];

function incopatRow(patent: OverlapPatent, index: number): string[] {
  return [
    String(index + 1),
    patent.publication,
    patent.title,
    patent.applicants.join('; '),
    patent.applicationDate,
    patent.publicationDate,
    patent.application,
    patent.ipc.join('; '),
    patent.inventors.join('; '),
    '实质审查',
    patent.cites.join('; '),
    patent.priority?.number ?? '',
    patent.priority?.date ?? '',
    membersOf(patent)
      .map((m) => m.publication)
      .join('; '),
    INCOPAT_FAMILY_IDS[patent.family]!,
  ];
}

export type OverlapExporter = 'lens' | 'patsnap' | 'incopat';

/** The CSV text of `patents` in one exporter's layout. */
export function overlapExport(exporter: OverlapExporter, patents: OverlapPatent[]): string {
  if (exporter === 'lens') return csv([[...LENS_HEADER], ...patents.map(lensRow)]);
  if (exporter === 'patsnap') return csv([PATSNAP_HEADER, ...patents.map(patsnapRow)]);
  return `\uFEFF${csv([INCOPAT_HEADER, ...patents.map(incopatRow)])}`;
}

/** A fresh folder for one test's export files. */
export const exportDir = () => mkdtempSync(path.join(os.tmpdir(), 'patnav-overlap-'));

/** Writes `patents` as `name` in `dir` and returns the file's path. */
export function writeOverlapExport(
  dir: string,
  name: string,
  exporter: OverlapExporter,
  patents: OverlapPatent[] = OVERLAP_SET,
): string {
  const file = path.join(dir, name);
  writeFileSync(file, overlapExport(exporter, patents));
  return file;
}

/** The set with one publication's values changed, as a later export would state them. */
export function withChanges(publication: string, changes: Partial<OverlapPatent>): OverlapPatent[] {
  return OVERLAP_SET.map((patent) =>
    patent.publication === publication ? { ...patent, ...changes } : patent,
  );
}
