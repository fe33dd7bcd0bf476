import { NPL_TEXTS_MAX } from '@graph-schema/stored/patent';
import { describe, expect, it } from 'vitest';
import { citedReferences } from './xml-references';
import { parseXml } from './xml-tree';

const referencesOf = (citations: string) =>
  parseXml(`<us-references-cited>${citations}</us-references-cited>`).root;

describe('citedReferences', () => {
  it('counts every non-patent citation but stores at most NPL_TEXTS_MAX texts, saying so', () => {
    const many = Array.from(
      { length: NPL_TEXTS_MAX + 2 },
      (_, index) =>
        `<us-citation><nplcit num="${index + 1}"><othercit>Paper ${index + 1}</othercit></nplcit></us-citation>`,
    ).join('');
    const references = citedReferences(referencesOf(many));
    expect(references.nplCitationCount).toBe(NPL_TEXTS_MAX + 2);
    expect(references.nplCitations).toHaveLength(NPL_TEXTS_MAX);
    expect(references.nplCitations.at(-1)).toBe(`Paper ${NPL_TEXTS_MAX}`);
    expect(references.warnings).toEqual([
      {
        code: 'NPL_CITATIONS_CUT',
        message: `2 non-patent citations beyond the first ${NPL_TEXTS_MAX} counted, their texts not stored`,
        field: 'references-cited',
      },
    ]);
  });

  it('reads structured NPL (article parts) as its text and numbers references by position when unnumbered', () => {
    const references = citedReferences(
      referencesOf(
        '<citation><nplcit><article><author><name>Doe</name></author><atl>Hinges</atl></article></nplcit></citation>' +
          '<citation><patcit><document-id><country>US</country></document-id></patcit></citation>',
      ),
    );
    expect(references).toEqual({
      citations: [],
      nplCitations: ['Doe, Hinges'],
      nplCitationCount: 1,
      warnings: [
        {
          code: 'BAD_CITATION_NUMBER',
          message: 'unreadable cited patent "US" (reference 2)',
          field: 'references-cited',
        },
      ],
    });
  });
});
