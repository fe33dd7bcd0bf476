import { describe, expect, it } from 'vitest';
import { compileLexicon, detectEffects, prepareText } from '../extract';
import { extractEffectPhrases, freeEffectKey, sentences } from './extract-phrases';

/** Abstracts written for these tests in the shape of real US/CN abstracts of fields the lexicon does not cover. */
const RECORDING_HEAD =
  'A magnetic head includes a write pole and a side shield. The side shield is recessed from the ' +
  'air bearing surface, thereby reducing adjacent track interference and improving the signal-to-noise ' +
  'ratio. The head has excellent corrosion resistance.';
const SURGICAL_STAPLER =
  'A surgical stapler comprises an anvil and a cartridge. A cutting element for reducing tissue trauma ' +
  'is provided. The stapler prevents misfiring and enables one-handed operation.';
const CN_SCHEDULER =
  '本发明公开了一种任务调度方法，根据任务类型分配计算节点，从而提高了任务执行效率，降低了系统能耗，且训练时间短。';

const summary = (text: string) =>
  extractEffectPhrases(text).map((m) => [m.effect, m.pattern, text.slice(m.span.start, m.span.end)]);

describe('extractEffectPhrases', () => {
  it('finds effects the battery lexicon has no word for (before: none)', () => {
    const before = detectEffects(prepareText({ zh: [], en: [RECORDING_HEAD] }), compileLexicon());
    expect([...before.strict]).toEqual([]);
    expect(summary(RECORDING_HEAD)).toEqual([
      ['down:adjac track interfer', 'en.verb-object.result', 'reducing adjacent track interference'],
      ['up:signal nois ratio', 'en.verb-object', 'improving the signal-to-noise ratio'],
      ['up:corros resist', 'en.adjective-property', 'excellent corrosion resistance'],
    ]);
  });

  it('skips purposes of parts ("for reducing") and keeps prevent/enable effects', () => {
    expect(summary(SURGICAL_STAPLER)).toEqual([
      ['down:misfir', 'en.verb-object', 'prevents misfiring'],
      // natural's stemmer reads "one" as "on"; both sides of a comparison are stemmed alike.
      ['enable:on hand oper', 'en.verb-object', 'enables one-handed operation'],
    ]);
  });

  it('reads Chinese effect clauses and canonicalises objects the lexicon knows', () => {
    expect(summary(CN_SCHEDULER)).toEqual([
      ['efficiency', 'zh.verb-object.result', '提高了任务执行效率'],
      ['down:系统能耗', 'zh.verb-object', '降低了系统能耗'],
      ['down:训练时间', 'zh.adjective-property', '训练时间短'],
    ]);
  });

  it('keeps each mention explainable: pattern, span and the sentence it lies in', () => {
    const [first] = extractEffectPhrases(RECORDING_HEAD);
    expect(first).toMatchObject({
      canonical: false,
      polarity: 'down',
      object: 'adjacent track interference',
    });
    const sentence = RECORDING_HEAD.slice(first!.sentence.start, first!.sentence.end);
    expect(sentence).toBe(
      'The side shield is recessed from the air bearing surface, thereby reducing adjacent track interference and improving the signal-to-noise ratio.',
    );
  });

  it('canonicalises by strict term, loose term and a one-word name head', () => {
    const effects = (text: string) => extractEffectPhrases(text).map((m) => m.effect);
    expect(effects('The cell improves the energy density of the pack.')).toEqual(['energyDensity']);
    expect(effects('The method improves the task execution efficiency.')).toEqual(['efficiency']);
    // "performance" alone is not the lexicon's "low-temperature performance".
    expect(effects('The sensor improves sensor performance.')).toEqual(['up:sensor perform']);
  });
});

describe('sentences and keys', () => {
  it('does not cut at decimal points and cuts at Chinese full stops', () => {
    const text = 'Stable from 2.5 to 4.8 V. Second one。第三句；';
    expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Stable from 2.5 to 4.8 V.',
      'Second one。',
      '第三句；',
    ]);
  });

  it('keys a free effect by polarity and content stems', () => {
    expect(freeEffectKey('down', 'the surface defects')).toBe('down:surfac defect');
    expect(freeEffectKey('up', '使用体验')).toBe('up:使用体验');
  });
});
