import { describe, expect, it } from 'vitest';
import { familyTokens, MAX_TOKENS_PER_FAMILY, SurfaceForms } from './topic-text';

describe('family tokens for the topic map', () => {
  it('stems English, segments Chinese and drops boilerplate, digits and single letters', () => {
    const tokens = familyTokens([
      'The invention provides a lithium battery 10 a',
      '本发明涉及一种锂离子电池正极材料',
    ]);
    expect(tokens).toEqual(expect.arrayContaining(['lithium', 'batteri', '锂离子', '电池', '正极', '材料']));
    for (const dropped of ['invent', 'provid', '10', 'a', '本发明', '涉及'])
      expect(tokens).not.toContain(dropped);
  });

  it('stops at the cap however long the text is', () => {
    const long = 'cathode anode separator '.repeat(5000);
    expect(familyTokens([long, long])).toHaveLength(MAX_TOKENS_PER_FAMILY);
  });
});

describe('surface forms of English stems', () => {
  it('names a stem by its most frequent word, and leaves unknown terms as they are', () => {
    const forms = new SurfaceForms();
    forms.observe('Batteries and a battery; the battery electrolyte');
    expect(forms.formOf('batteri')).toBe('battery');
    expect(forms.formOf('electrolyt')).toBe('electrolyte');
    expect(forms.formOf('电池')).toBe('电池');
  });
});
