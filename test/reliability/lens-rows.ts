/** Fictional Lens CSV exports of any size for the reliability suite, built from the lens-current fixture's header. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO_ROOT } from '../shared-fixtures';

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Publication ids (as stored) of `count` CN applications numbered from `first`. */
export const lensIds = (first: number, count: number) =>
  Array.from({ length: count }, (_, k) => `CN${first + k}A`);

/** Writes `count` one-member families; returns the stored publication ids. */
export async function writeLensExport(file: string, first: number, count: number): Promise<string[]> {
  const template = readFileSync(path.join(REPO_ROOT, 'test/fixtures/exports/lens-current.csv'), 'utf8');
  const [header, row] = parse(template, { bom: true, relax_column_count: true }) as string[][];
  const column = (name: string) => header!.indexOf(name);
  const lines = [header!.map(cell).join(',')];
  for (let k = 0; k < count; k++) {
    const number = first + k;
    const values = [...row!];
    values[column('#')] = String(k + 1);
    values[column('Display Key')] = `CN ${number} A`;
    values[column('Lens ID')] = `900-${String(number).padStart(12, '0')}`;
    values[column('Application Number')] = `CN 2020${number} A`;
    values[column('Priority Numbers')] = `CN 2020${number} A 20201009`;
    values[column('Title')] = `Fictional reliability record ${number}`;
    values[column('Simple Family Members')] = `CN ${number} A`;
    values[column('Simple Family Member Jurisdictions')] = 'CN';
    values[column('Simple Family Size')] = '1';
    values[column('Extended Family Members')] = `CN ${number} A`;
    values[column('Extended Family Member Jurisdictions')] = 'CN';
    values[column('Extended Family Size')] = '1';
    lines.push(values.map(cell).join(','));
  }
  await writeFile(file, `${lines.join('\n')}\n`);
  return lensIds(first, count);
}
