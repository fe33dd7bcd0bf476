import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecord } from './test-records';
import {
  BUILT_IN_WIPO_TABLE,
  defaultWipoTablePath,
  loadWipoFields,
  parseWipoTable,
  tagWipoFields,
  type WipoFieldTable,
} from './wipo-fields';

const HEADER =
  'Field_number,Sector_en,Sector_fr,Sector_es,Field_en,Field_fr,Field_es,IPC_code,Updated_on,Remark';
const SMALL_TABLE = [
  `\ufeff${HEADER}`,
  '1,Electrical engineering,,,"Electrical machinery, apparatus, energy",,,H01M%,,',
  '2,Electrical engineering,,,Audio-visual technology,,,H04N%,,',
  '6,Electrical engineering,,,Computer technology,,,H04N   1/%,,',
  '32,Mechanical engineering,,,Transport,,,B60L%,,',
].join('\n');

const electrical = {
  fieldId: 1,
  fieldName: 'Electrical machinery, apparatus, energy',
  sector: 'Electrical engineering',
};
const transport = { fieldId: 32, fieldName: 'Transport', sector: 'Mechanical engineering' };

describe('WIPO fields on a small table', () => {
  const table = parseWipoTable(SMALL_TABLE, 'small.csv');

  it('uses the longest matching prefix (H04N 1/% beats H04N%)', () => {
    const record = makeRecord({ ipc: ['H04N1/00', 'H04N5/232', 'H04N11/04'] });
    expect(tagWipoFields(record, table).map((field) => field.fieldId)).toEqual([6, 2]);
  });

  it('lists distinct fields in classification order, IPC first and CPC only as a fallback', () => {
    expect(tagWipoFields(makeRecord({ ipc: ['B60L53/16', 'H01M10/0525', 'B60L58/12'] }), table)).toEqual([
      transport,
      electrical,
    ]);
    expect(tagWipoFields(makeRecord({ ipc: ['H01M10/0525'], cpc: ['B60L2240/12'] }), table)).toEqual([
      electrical,
    ]);
    expect(tagWipoFields(makeRecord({ cpc: ['B60L2240/12', 'Y02T10/70'] }), table)).toEqual([transport]);
  });

  it('returns no fields without a table', () => {
    expect(tagWipoFields(makeRecord({ ipc: ['H01M10/0525'] }), null)).toEqual([]);
  });

  it('reports a missing table instead of failing', async () => {
    const missing = path.join(os.tmpdir(), 'patnav-no-such-wipo-table.csv');
    expect(await loadWipoFields(missing)).toEqual({
      table: null,
      warning: `WIPO fields unavailable: ${missing} not found`,
    });
  });

  it('takes the table path from PATNAV_WIPO_TABLE when set', () => {
    expect(defaultWipoTablePath({ PATNAV_WIPO_TABLE: '/data/wipo.csv' })).toBe('/data/wipo.csv');
    expect(defaultWipoTablePath({})).toBe(BUILT_IN_WIPO_TABLE);
  });

  it('names the line of a row it cannot read', () => {
    expect(() => parseWipoTable(`${HEADER}\nx,Sector,,,Field,,,H01M,,`, 'bad.csv')).toThrow(
      'bad.csv: line 2: cannot read IPC_code "H01M" / Field_number "x"',
    );
  });
});

describe('WIPO fields on the shipped concordance', () => {
  let table: WipoFieldTable;
  beforeAll(async () => {
    const loaded = await loadWipoFields();
    if (!loaded.table) throw new Error(loaded.warning);
    table = loaded.table;
  });

  it('reads all 764 patterns into 35 fields', () => {
    expect(table.byPrefix.size).toBe(764);
    expect(new Set([...table.byPrefix.values()].map((field) => field.fieldId)).size).toBe(35);
  });

  it('maps batteries, EV charging, PV cells and drones to their fields', () => {
    const fieldsOf = (...ipc: string[]) =>
      tagWipoFields(makeRecord({ ipc }), table).map((field) => field.fieldName);
    expect(fieldsOf('H01M10/0525')).toEqual(['Electrical machinery, apparatus, energy']);
    expect(fieldsOf('B60L53/16')).toEqual(['Transport']);
    expect(fieldsOf('H01L31/18')).toEqual(['Semiconductors']);
    expect(fieldsOf('G05D1/10', 'B64C39/02')).toEqual(['Control', 'Transport']);
    // H04N is split by main group in the concordance: 1/% is telecommunications (facsimile).
    expect(fieldsOf('H04N1/00')).toEqual(['Telecommunications']);
  });
});
