import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeInOneCut } from './tokenize';

describe('tokenizeInOneCut', () => {
  it('gives the tokens of tokenize on Chinese, English and mixed patent text', () => {
    const texts = [
      '本发明公开了一种锂离子电池正极材料，包括：镍钴锰三元材料（NCM811）和lithium-ion电解液；所述正极材料的粒径为5-10 μm。',
      'A lithium battery comprising a cathode, wherein the cathode comprises LiFePO4 particles.',
      '1. 一种光伏组件的边框，其特征在于，包括铝合金型材和 silicone 密封胶。',
      '',
    ];
    for (const text of texts) expect(tokenizeInOneCut(text)).toEqual(tokenize(text));
  });

  it('gives the same tokens when its remembered words are reused, in English-only text too', () => {
    // Words seen before come from the memo: the second pass must equal the first and tokenize's.
    const texts = [
      "Batteries and BATTERIES: the lithium-ion/sodium-ion cell's anode, 5-10 μm, \u212Aelvin-rated",
      '一种电池，包括 Batteries and lithium-ion 正极；the anode of the battery-pack',
      "--- ,,, / ' \t\n",
    ];
    for (let pass = 0; pass < 2; pass++)
      for (const text of texts) expect(tokenizeInOneCut(text)).toEqual(tokenize(text));
  });
});
