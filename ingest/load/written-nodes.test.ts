import { describe, expect, it } from 'vitest';
import type { ClassNodeRow, PartyRow } from './rows';
import { type NodeRows, WrittenNodes } from './written-nodes';

const applicant = (key: string, ...spellings: string[]): PartyRow => ({
  key,
  name: spellings[0] ?? key,
  kind: 'organisation',
  spellings,
});
const cpcNode = (code: string, parent: string | null = null): ClassNodeRow => ({
  code,
  level: 'subclass',
  parent,
});
const rowsOf = (parts: Partial<NodeRows>): NodeRows => ({
  applicants: [],
  inventors: [],
  ipcNodes: [],
  cpcNodes: [],
  ...parts,
});

describe('the run’s written nodes', () => {
  it('keeps every row of the first batch and skips the rows a committed batch wrote', () => {
    const written = new WrittenNodes();
    const batch = rowsOf({ applicants: [applicant('SKYWARD', 'Skyward Ltd')], cpcNodes: [cpcNode('B64C')] });
    expect(written.unwritten(batch)).toEqual(batch);
    written.remember(batch);
    expect(written.unwritten(batch)).toEqual(rowsOf({}));
  });

  it('sends a known party again when it brings a spelling the run has not written', () => {
    const written = new WrittenNodes();
    written.remember(rowsOf({ applicants: [applicant('SKYWARD', 'Skyward Ltd')] }));
    const again = applicant('SKYWARD', 'Skyward Ltd', 'SKYWARD LIMITED');
    expect(written.unwritten(rowsOf({ applicants: [again] })).applicants).toEqual([again]);
  });

  it('keeps applicants and inventors apart, and IPC and CPC codes apart', () => {
    const written = new WrittenNodes();
    written.remember(rowsOf({ applicants: [applicant('LIN', 'Lin')], ipcNodes: [cpcNode('B64C')] }));
    const other = rowsOf({ inventors: [applicant('LIN', 'Lin')], cpcNodes: [cpcNode('B64C')] });
    expect(written.unwritten(other)).toEqual(other);
  });

  it('forgets parties (not classes) after a batch deleted released nodes', () => {
    const written = new WrittenNodes();
    const batch = rowsOf({ applicants: [applicant('SKYWARD', 'Skyward Ltd')], cpcNodes: [cpcNode('B64C')] });
    written.remember(batch);
    written.forgetParties();
    expect(written.unwritten(batch)).toEqual(rowsOf({ applicants: batch.applicants }));
  });
});
