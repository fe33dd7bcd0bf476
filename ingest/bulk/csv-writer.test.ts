import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importArguments } from './admin-import';
import { ARRAY_DELIMITER, CsvTable, csvCell, headerCell } from './csv-writer';
import { PATENT_COLUMNS, RELATIONSHIP_COLUMNS } from './headers';
import { BulkRefused, refuseExternalNeo4j } from './run';

describe('bulk CSV cells and headers', () => {
  it('quotes strings, keeps an empty string apart from an absent value, joins arrays', () => {
    expect(csvCell('say "hi", then\nleave', 'string')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell('', 'string')).toBe('""');
    expect(csvCell(undefined, 'string')).toBe('');
    expect(csvCell(['a;b', 'c'], 'string[]')).toBe(`"a;b${ARRAY_DELIMITER}c"`);
    expect(csvCell(2019, 'double')).toBe('2019');
    expect(() => csvCell([`x${ARRAY_DELIMITER}y`], 'string[]')).toThrow(/U\+001F/);
  });

  it('types the Patent columns from graph-schema: dates, doubles, booleans, lists', () => {
    const type = (name: string) => PATENT_COLUMNS.find((c) => c.name === name)?.type;
    expect(PATENT_COLUMNS[0]).toEqual({ name: 'id', type: 'ID(Patent)' });
    expect(type('publicationDate')).toBe('date');
    expect(type('updatedAt')).toBe('datetime');
    expect(type('priorityYear')).toBe('double');
    expect(type('external')).toBe('boolean');
    expect(type('datasets')).toBe('string[]');
    expect(type('titleZh')).toBe('string');
    expect(RELATIONSHIP_COLUMNS.CITES.slice(0, 2).map(headerCell)).toEqual([
      ':START_ID(Patent)',
      ':END_ID(Patent)',
    ]);
  });

  it('writes a header line and marks a file with a line break inside a value', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const table = new CsvTable(dir, 'patents', PATENT_COLUMNS.slice(0, 3));
    await table.write(['CN1A', true, undefined]);
    expect(table.multiline).toBe(false);
    await table.write(['CN2A', false, 'line\nbreak']);
    await table.close();
    expect(table.multiline).toBe(true);
    const lines = readFileSync(table.file, 'utf8').split('\n');
    expect(lines[0]).toBe('id:ID(Patent),external:boolean,updatedAt:datetime');
    expect(lines[1]).toBe('"CN1A",true,');
  });

  it('names the database before the file lists, which take every argument after them', () => {
    const args = importArguments(
      {
        nodes: ['Patent=/x/p.csv'],
        relationships: ['CITES=/x/c.csv'],
        multiline: ['/x/p.csv'],
        nodeCount: 1,
        relationshipCount: 1,
      },
      '/x/report',
    );
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--multiline-fields=/x/p.csv');
    expect(args).toContain('--relationships=CITES=/x/c.csv');
    expect(args.some((arg) => arg.startsWith('--max-off-heap-memory'))).toBe(false);
    const bounded = importArguments(
      { nodes: [], relationships: [], multiline: [], nodeCount: 0, relationshipCount: 0 },
      '/x/report',
      'neo4j',
      '2g',
    );
    expect(bounded).toContain('--max-off-heap-memory=2G');
  });

  it('refuses an external NEO4J_URI with the reason and the way out', () => {
    expect(() => refuseExternalNeo4j({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(BulkRefused);
    expect(() => refuseExternalNeo4j({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/without --bulk/);
    expect(() => refuseExternalNeo4j({})).not.toThrow();
  });
});
