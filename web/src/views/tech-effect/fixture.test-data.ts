/** A 2 × 3 technology–effect answer in the API's shape, one row and one column inactive. */
import type { TechEffectCell, TechEffectResponse } from '@graph-schema/dto/tech-effect';

function cell(row: string, effect: string, families: number, kind: TechEffectCell['kind']): TechEffectCell {
  return {
    row,
    effect,
    families,
    observedToExpected: null,
    band: null,
    kind,
    reasons:
      kind === 'white_space'
        ? [
            {
              code: 'techEffect.lowCell',
              params: { rowFamilies: 8, effectFamilies: 6, cellFamilies: families, expected: 2.4 },
              text: `row has 8 families and the effect 6; this cell ${families}, expected ~2 if effects were spread evenly (indicative)`,
            },
          ]
        : [],
    examples: families > 0 ? ['CN1A'] : [],
    evidence: [],
    artefactEvidence: [],
  };
}

export const TECH_EFFECT_FIXTURE: TechEffectResponse = {
  chain: { id: 'lib', name: { zh: '锂电池', en: 'Lithium batteries' } },
  rowLevel: 'leaf',
  dateBasis: 'priority',
  basis: { code: 'basis.techEffect', params: { dateBasis: 'priority' }, text: 'basis' },
  rows: [
    { id: 'lib:a', name: { zh: '甲', en: 'A' }, families: 50, active: true },
    { id: 'lib:b', name: { zh: '乙', en: 'B' }, families: 0, active: false },
  ],
  effects: [
    {
      id: 'cost',
      name: { zh: '降低成本', en: 'reduce cost' },
      origin: 'lexicon',
      families: 40,
      active: true,
    },
    {
      id: 'safety',
      name: { zh: '提升安全性', en: 'improve safety' },
      origin: 'lexicon',
      families: 10,
      active: true,
    },
    {
      id: 'weight',
      name: { zh: '减轻重量', en: 'reduce weight' },
      origin: 'lexicon',
      families: 0,
      active: false,
    },
  ],
  families: 50,
  familiesWithEffect: 45,
  // One cell missing on purpose: the matrix fills it as an empty inactive cell.
  cells: [
    cell('lib:a', 'cost', 40, 'saturated'),
    cell('lib:a', 'safety', 0, 'white_space'),
    cell('lib:a', 'weight', 0, 'inactive'),
    cell('lib:b', 'cost', 0, 'inactive'),
    cell('lib:b', 'safety', 0, 'inactive'),
  ],
  candidates: [cell('lib:a', 'safety', 0, 'white_space')],
  truncated: false,
  notes: [{ code: 'note.techEffectIndicative', params: {}, text: 'indicative' }],
};
