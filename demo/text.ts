/**
 * Titles, abstracts and claims in the style of real CN and US documents, from a branch's
 * vocabulary. Both languages are rendered from the same draws, so the English text of a US member
 * says what the Chinese text of its CN sibling says.
 */
import type { Rng } from './prng';
import type { DemoClaim } from './types';
import { effectPhrase, type TextPair, type Topic } from './vocabulary';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface FamilyText {
  title: Bilingual;
  abstract: Bilingual;
  claims: { zh: DemoClaim[]; en: DemoClaim[] };
}

/** Replaces each `{a-b}` with one number drawn for both languages. */
function fillPair([zh, en]: TextPair, rng: Rng): Bilingual {
  const values: number[] = [];
  const zhText = zh.replace(/\{(-?\d+)-(-?\d+)\}/g, (_, low: string, high: string) => {
    const value = rng.int(Number(low), Number(high));
    values.push(value);
    return String(value);
  });
  let next = 0;
  const enText = en.replace(/\{(-?\d+)-(-?\d+)\}/g, () => String(values[next++]));
  return { zh: zhText, en: enText };
}

/** The claim words of a title variant: its own lists where it has them, else the topic's. */
export function variantWords(topic: Topic, titleIndex: number) {
  const variant = topic.titles[titleIndex]!;
  return {
    elements: variant.elements ?? topic.elements,
    features: variant.features ?? topic.features,
    dependents: variant.dependents ?? topic.dependents,
    ipc: variant.ipc ?? topic.ipc,
  };
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
const isMethod = (subject: TextPair) => subject[0].endsWith('方法');

type Words = ReturnType<typeof variantWords>;

function independentClaim(words: Words, subject: TextPair, rng: Rng): Bilingual {
  const elements = rng.sample(words.elements, rng.int(2, 3)).map((element) => fillPair(element, rng));
  const feature = fillPair(rng.pick(words.features), rng);
  const lead = isMethod(subject) ? '包括以下步骤：' : '包括：';
  return {
    zh: `一种${subject[0]}，${lead}${elements.map((element) => element.zh).join('；')}；其特征在于，${feature.zh}。`,
    en: `${article(subject[1])[0]!.toUpperCase()}${article(subject[1]).slice(1)}, comprising: ${elements.map((element) => element.en).join('; ')}; wherein ${feature.en}.`,
  };
}

/** Narrowing claims reuse a template with new numbers, as real claim sets narrow a range step by step. */
function dependentTemplates(words: Words, count: number, rng: Rng): TextPair[] {
  const ordered = rng.sample(words.dependents, words.dependents.length);
  const numeric = words.dependents.filter((template) => template[0].includes('{'));
  const templates = ordered.slice(0, count);
  while (templates.length < count) templates.push(rng.pick(numeric.length > 0 ? numeric : words.dependents));
  return templates;
}

/** `电池包液冷板及电池包` → the product claimed as containing the subject (`电池包`); none for `及其制备方法`. */
function productOfTitle(title: TextPair): TextPair | undefined {
  const zh = /[及和]([^及和、，]+)$/.exec(title[0])?.[1];
  const en = /\band ([^,]+)$/.exec(title[1])?.[1];
  if (!zh || !en || zh.startsWith('其') || /thereof|method/i.test(en)) return undefined;
  return [zh.replace(/^一种/, ''), en.replace(/^(?:an?|the) /i, '')];
}

function claimSet(topic: Topic, titleIndex: number, rng: Rng): { zh: DemoClaim[]; en: DemoClaim[] } {
  const variant = topic.titles[titleIndex]!;
  const words = variantWords(topic, titleIndex);
  const first = independentClaim(words, variant.subject, rng);
  const zh: DemoClaim[] = [{ number: 1, text: first.zh, dependsOn: [] }];
  const en: DemoClaim[] = [{ number: 1, text: first.en, dependsOn: [] }];
  const [subjectZh, subjectEn] = variant.subject;
  for (const template of dependentTemplates(words, rng.int(5, 15), rng)) {
    const number = zh.length + 1;
    const parent = number === 2 || rng.chance(0.6) ? 1 : rng.int(2, number - 1);
    const body = fillPair(template, rng);
    zh.push({
      number,
      text: `根据权利要求${parent}所述的${subjectZh}，其特征在于，${body.zh}。`,
      dependsOn: [parent],
    });
    en.push({
      number,
      text: `The ${subjectEn} of claim ${parent}, wherein ${body.en}.`,
      dependsOn: [parent],
    });
  }
  const product = productOfTitle(variant.title);
  if (product) {
    const number = zh.length + 1;
    const range = Array.from({ length: number - 1 }, (_, index) => index + 1);
    zh.push({
      number,
      text: `一种${product[0]}，其特征在于，包括权利要求1-${number - 1}任一项所述的${subjectZh}。`,
      dependsOn: range,
    });
    en.push({
      number,
      text: `${article(product[1]).replace(/^a/, 'A')} comprising the ${subjectEn} of any one of claims 1 to ${number - 1}.`,
      dependsOn: range,
    });
  }
  return { zh, en };
}

function effectSentence(effects: readonly string[]): Bilingual {
  const phrases = effects.map(effectPhrase);
  return {
    zh: `本发明能够${phrases.map((phrase) => phrase.zh).join('，并')}。`,
    en: `The invention can ${phrases.map((phrase) => phrase.en).join(' and ')}.`,
  };
}

function abstractText(topic: Topic, titleIndex: number, effects: readonly string[], rng: Rng): Bilingual {
  const variant = topic.titles[titleIndex]!;
  const words = variantWords(topic, titleIndex);
  const [elementA, elementB] = rng.sample(words.elements, 2).map((element) => fillPair(element, rng)) as [
    Bilingual,
    Bilingual,
  ];
  const feature = fillPair(rng.pick(words.features), rng);
  const effect = effectSentence(effects);
  const enTitle = variant.title[1].charAt(0).toLowerCase() + variant.title[1].slice(1);
  return {
    zh: `本发明涉及${topic.field[0]}技术领域，具体公开了${variant.title[0].replace(/^一种/, '')}。所述${variant.subject[0]}包括${elementA.zh}和${elementB.zh}，${feature.zh}。${effect.zh}`,
    en: `The invention relates to the field of ${topic.field[1]} and discloses ${article(enTitle)}. The ${variant.subject[1]} comprises ${elementA.en} and ${elementB.en}, wherein ${feature.en}. ${effect.en}`,
  };
}

export function renderFamilyText(
  topic: Topic,
  titleIndex: number,
  effects: readonly string[],
  rng: Rng,
): FamilyText {
  const [zh, en] = topic.titles[titleIndex]!.title;
  return {
    title: { zh, en },
    abstract: abstractText(topic, titleIndex, effects, rng),
    claims: claimSet(topic, titleIndex, rng),
  };
}
