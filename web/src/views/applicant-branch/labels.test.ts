import { describe, expect, it } from 'vitest';
import { labelInLanguage, withBranchLabels } from './labels';

describe('branch labels in the UI language', () => {
  it('keeps the half of a "中文 / English" label for the language', () => {
    expect(labelInLanguage('碳基负极 / Carbon-based anodes', 'zh')).toBe('碳基负极');
    expect(labelInLanguage('碳基负极 / Carbon-based anodes', 'en')).toBe('Carbon-based anodes');
  });

  it('leaves other labels alone', () => {
    expect(labelInLanguage('BMS', 'en')).toBe('BMS');
    expect(labelInLanguage('a / b / c', 'zh')).toBe('a / b / c');
  });

  it('changes branch nodes only', () => {
    const map = withBranchLabels(
      {
        nodes: [
          { id: 'a:x', kind: 'applicant', label: 'X / Y', weight: 1, details: {} },
          { id: 'b:1', kind: 'branch', label: '甲 / A', weight: 1, details: {} },
        ],
        edges: [],
        measure: { code: 'map.measure.applicantBranch', params: { dateBasis: 'priority' }, text: 'families' },
        truncated: false,
      },
      'en',
    );
    expect(map.nodes.map((n) => n.label)).toEqual(['X / Y', 'A']);
  });
});
