/**
 * English effect patterns, applied to one sentence at a time:
 * - `en.verb-object`: an effect verb and the noun phrase after it ("reduces surface defects",
 *   "thereby increasing sensor performance", "enabling effective microwave-assisted recording");
 * - `en.noun-of`: a nominalised verb ("reduction of head media spacing", "improvement in yield");
 * - `en.passive`: the noun phrase before a passive effect verb ("its resistance can be lowered",
 *   "intergranular resistance decreased");
 * - `en.adjective-property`: an evaluative adjective before a property noun ("excellent mechanical
 *   strength", "low gate resistance", "high throughput");
 * - `en.resistant-to`: "resistant to corrosion" (→ up: corrosion resistance).
 * The verb lists are general patent-drafting vocabulary, not any field's terms, so the patterns
 * carry to fields the lexicon does not cover.
 */
import type { PatternMatch, Polarity } from './types';

interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*|[^\sA-Za-z\d]/g;

const tokenize = (text: string, offset: number): Token[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));

/** Verb stems by polarity; a token matches when it starts with the stem and is a verb form. */
const VERB_STEMS: ReadonlyArray<[Polarity, RegExp]> = [
  [
    'up',
    /^(improv|increas|enhanc|rais|extend|boost|maximi[sz]|strengthen|promot|accelerat|expand|widen|ensur|secur|guarante|enrich)(e|es|ed|ing|s)?$/,
  ],
  [
    'down',
    /^(reduc|decreas|lower|minimi[sz]|shorten|suppress|inhibit|prevent|avoid|eliminat|retard|mitigat|alleviat|restrain|constrain|lessen|simplif|diminish|curb|correct|compensat)(e|es|ed|ing|s|y|ies|ied|ying)?$/,
  ],
  ['enable', /^(enabl|allow|permit|facilitat)(e|es|ed|ing|s)?$/],
];

const NOUN_FORMS: ReadonlyArray<[Polarity, RegExp]> = [
  ['up', /^(improvement|increase|enhancement|extension)s?$/],
  ['down', /^(reduction|decrease|minimi[sz]ation|prevention|elimination|suppression|simplification)s?$/],
];

const ADJECTIVES: ReadonlyArray<[Polarity, RegExp]> = [
  [
    'up',
    /^(high|higher|highest|improved|enhanced|increased|excellent|good|better|superior|greater|great|satisfactory|sufficient|strong|stronger|outstanding|wider|longer|faster|quicker|enlarged)$/,
  ],
  ['down', /^(low|lower|lowest|reduced|decreased|less|minimal|minimum|smaller|shorter|fewer|suppressed)$/],
];

/**
 * Nouns that name a property an invention can have more or less of. Conditions (temperature,
 * voltage, frequency, pressure) are left out: "at high temperature" states a condition, not an effect.
 */
const PROPERTY_NOUN =
  /(ity|ness|ance|ence|ency|propert(y|ies)|characteristics|strength|speed|rate|time|life|lifetime|density|quality|performance|accuracy|precision|efficiency|throughput|yield|cost|costs|consumption|loss|losses|noise|weight|resistance|modulus|energy|capability|power|output)$/;
const NOT_PROPERTY =
  /^(temperature|voltage|frequency|pressure|concentration|entity|cavity|quantity|variety|majority|community|vicinity|city|presence|sequence|reference|difference|instance|distance|balance|substance|appearance|ambience|audience|sentence|sense|license|evidence|occurrence|residence|interference|impedance|inductance|capacitance|conductance|reactance|advance|alliance|tolerance|experience|surveillance|absence|agency|frequency|emergency|tendency|currency|latency)$/;

/** Words that end a noun phrase (a clause or a prepositional phrase that is not "of" begins). */
const BOUNDARY = new Set(
  `by through via using with when while whereby thereby thus so which that to in for from during without as than at on
   between because since if is are was were be being been can may will would could should further and or but
   wherein where such into onto per due within over under after before providing while also its their
   comprising including having upon against across along toward towards around among beyond throughout until`
    .split(/\s+/)
    .filter(Boolean),
);
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'these',
  'such',
  'any',
  'said',
  'each',
]);
/** An adverb or direction after the verb ("extends distally", "outwardly") is spatial, not an effect. */
const SPATIAL = /(ly|ward|wards)$|^(distal|proximal|therethrough|therefrom|thereto|therebetween|radially)$/;
/** "correcting section", "enabling signal": an -ing word naming a part, not an action on an object. */
const PART_NOUN =
  /^(section|unit|device|member|circuit|module|portion|element|part|mechanism|means|layer|structure|system|apparatus|film|plate|assembly|agent|step|signal|line|transistor|gate|pin|terminal)s?$/;
/** Words before an effect verb that mark a result clause; named in the pattern for explanation. */
/**
 * -ing words that are nouns in patent text ("head media spacing", "microwave-assisted recording"):
 * they end an object rather than open a participle clause.
 */
const ING_NOUN =
  /^(spacing|recording|processing|packaging|bonding|wiring|housing|bearing|coating|heating|cooling|shielding|printing|imaging|sensing|coupling|switching|manufacturing|etching|sealing|cladding|tensioning|charging|signaling|signalling|scheduling|rendering|encoding|decoding|handling|positioning|loading|mounting|building|opening|healing|bleeding|swelling|cracking|warping|peeling|clogging)$/;
/**
 * Words that make the following adjective-property a set value ("the allowable high multi-speed",
 * "increasing a set high multi-speed"): a parameter chosen, not an effect achieved.
 */
const SETTING_WORDS = new Set([
  'allowable',
  'set',
  'predetermined',
  'preset',
  'selected',
  'target',
  'given',
  'specified',
  'nominal',
  'rated',
]);
/** Verbs after "enable/allow X to": the effect is their object ("to take remedial action"). */
const LIGHT_VERBS = new Set(['take', 'achieve', 'perform', 'realize', 'realise', 'obtain', 'make', 'carry']);
/** A method sentence whose steps are listed as gerunds ("the method includes detecting … and increasing …"). */
const METHOD_SENTENCE = /\b(method|process)(es)?\b[^.;]*\b(compris|includ)/i;
/** "prevent X from causing Y": the effect is on Y. */
const CAUSE_VERBS = /^(causing|producing|generating|creating|inducing)$/;
/** "a faster rise time is needed": a requirement, not an effect achieved. */
const REQUIREMENT = /^(needed|required|necessary|desired|demanded)$/;
const STEP_OPENERS = new Set(['comprises', 'comprising', 'includes', 'including', 'and', ',', 'then']);
const RESULT_MARKERS = new Set(['thereby', 'thus', 'therefore', 'hence', 'consequently']);
const MAX_OBJECT_WORDS = 6;

const isWord = (t: Token | undefined) => t !== undefined && /^[a-z]/i.test(t.text);
const polarityOf = (table: ReadonlyArray<[Polarity, RegExp]>, word: string): Polarity | undefined =>
  table.find(([, pattern]) => pattern.test(word))?.[0];

/** The noun phrase starting at token i: determiners skipped, up to a boundary word or punctuation. */
function phraseAfter(tokens: readonly Token[], i: number): { from: number; to: number } | undefined {
  let k = i;
  while (tokens[k] && DETERMINER.has(tokens[k]!.lower)) k++;
  // "the need for X": the effect is on X.
  if (tokens[k]?.lower === 'need' && tokens[k + 1]?.lower === 'for') return phraseAfter(tokens, k + 2);
  const from = k;
  if (tokens[k] && SPATIAL.test(tokens[k]!.lower)) return undefined;
  while (
    k < tokens.length &&
    k - from < MAX_OBJECT_WORDS &&
    isWord(tokens[k]) &&
    !BOUNDARY.has(tokens[k]!.lower) &&
    !polarityOf(VERB_STEMS, tokens[k]!.lower) &&
    // A participle after the first word opens a clause ("coma aberration occurring in …").
    !(k > from && /ing$/.test(tokens[k]!.lower) && !ING_NOUN.test(tokens[k]!.lower))
  ) {
    k++;
  }
  // A phrase may not end on "of" ("the number of" is cut by a boundary or the word limit).
  while (k > from && tokens[k - 1]!.lower === 'of') k--;
  return k > from ? { from, to: k } : undefined;
}

/** The noun phrase ending just before token i (for passives): back to a boundary or punctuation. */
function phraseBefore(tokens: readonly Token[], i: number): { from: number; to: number } | undefined {
  let k = i;
  while (k > 0 && i - k < MAX_OBJECT_WORDS && isWord(tokens[k - 1]) && !BOUNDARY.has(tokens[k - 1]!.lower))
    k--;
  while (k < i && DETERMINER.has(tokens[k]!.lower)) k++;
  return k < i ? { from: k, to: i } : undefined;
}

const text = (sentence: string, offset: number, tokens: readonly Token[], from: number, to: number) =>
  sentence.slice(tokens[from]!.start - offset, tokens[to - 1]!.end - offset);

export function englishMatches(sentence: string, offset: number): PatternMatch[] {
  const tokens = tokenize(sentence, offset);
  const out: PatternMatch[] = [];
  const push = (
    polarity: Polarity,
    pattern: string,
    object: { from: number; to: number },
    spanFrom: number,
  ) => {
    const last = tokens[Math.max(object.to, spanFrom + 1) - 1]!;
    out.push({
      polarity,
      pattern,
      object: text(sentence, offset, tokens, object.from, object.to),
      span: { start: tokens[Math.min(spanFrom, object.from)]!.start, end: last.end },
    });
  };
  for (const [i, token] of tokens.entries()) {
    const verb = polarityOf(VERB_STEMS, token.lower);
    const next = tokens[i + 1];
    if (verb) {
      const passive = ['be', 'been', 'is', 'are', 'was', 'were'].includes(tokens[i - 1]?.lower ?? '');
      const aux = passive
        ? tokens[i - 2] && ['can', 'may', 'be', 'been'].includes(tokens[i - 2]!.lower)
          ? 2
          : 1
        : 0;
      if (passive) {
        const object = phraseBefore(tokens, i - aux);
        if (object) push(verb, 'en.passive', object, object.from);
        continue;
      }
      // "X decreased." / "X reduced," : a past participle closing the clause names its subject.
      if (/ed$/.test(token.lower) && (!isWord(next) || BOUNDARY.has(next!.lower))) {
        const object = phraseBefore(tokens, i);
        if (object && !isWord(next)) {
          push(verb, 'en.passive', object, object.from);
          continue;
        }
      }
      if (CONDITION_PREPOSITIONS.has(wordBefore(tokens, i))) continue;
      // "a method for reducing the number of images", "transistors for enabling …": the purpose of
      // a part, not an effect — unless the purpose is a property ("a process for improving
      // corrosion resistance"), which the labelled abstracts state as the invention's effect.
      if (tokens[i - 1]?.lower === 'for') {
        const object = phraseAfter(tokens, i + 1);
        if (object && propertyPhrase(tokens, object.from)) push(verb, 'en.verb-object', object, i);
        continue;
      }
      // "the method includes detecting … and increasing a set speed": a step of the method.
      if (
        /ing$/.test(token.lower) &&
        STEP_OPENERS.has(tokens[i - 1]?.lower ?? '') &&
        METHOD_SENTENCE.test(sentence)
      )
        continue;
      // "the method further includes using the processor to reduce the number of images": the
      // purpose of a step, not an effect of the invention.
      if (tokens[i - 1]?.lower === 'to' && METHOD_SENTENCE.test(sentence)) continue;
      if (/ing$/.test(token.lower) && next && PART_NOUN.test(next.lower)) continue;
      // A participle right before a noun is an adjective ("extended joint portions"): it states an
      // effect only on a property noun ("improved corrosion resistance").
      if (/ed$/.test(token.lower) && isWord(next) && !DETERMINER.has(next!.lower)) {
        const property = propertyPhrase(tokens, i + 1);
        if (property) push(verb, 'en.adjective-property', property, i);
        continue;
      }
      // "allows X to be supplied", "enabling effective recording": the phrase after the verb.
      const object = phraseAfter(tokens, i + 1);
      if (object && SETTING_WORDS.has(tokens[object.from]!.lower)) continue;
      if (object && verb === 'enable' && tokens[object.to]?.lower === 'to') {
        // "enabling the controller to take remedial action": the effect is the action, not the
        // controller; "allow the element to lock": no stated effect; "to be supplied" is kept.
        const action = tokens[object.to + 1]?.lower ?? '';
        if (action !== 'be') {
          const acted = LIGHT_VERBS.has(action) ? phraseAfter(tokens, object.to + 2) : undefined;
          if (acted) push(verb, 'en.verb-object', acted, i);
          continue;
        }
      }
      if (object && verb === 'down') {
        // "prevents the load beam and the flexure from hitting each other": one effect on both;
        // "preventing corrosion from causing parasitic resistance": the effect is on what is caused.
        const end = coordinated(tokens, object.to)?.to ?? object.to;
        const gerund = tokens[end + 1]?.lower ?? '';
        if (tokens[end]?.lower === 'from' && /ing$/.test(gerund)) {
          const prevented = CAUSE_VERBS.test(gerund)
            ? phraseAfter(tokens, end + 2)
            : { from: object.from, to: end };
          if (prevented) push(verb, 'en.verb-object', prevented, i);
          continue;
        }
      }
      if (object) {
        const marked = RESULT_MARKERS.has(tokens[i - 1]?.lower ?? '') ? '.result' : '';
        push(verb, `en.verb-object${marked}`, object, i);
        const second = coordinated(tokens, object.to);
        if (second) push(verb, `en.verb-object${marked}`, second, second.from);
      }
      continue;
    }
    const noun = polarityOf(NOUN_FORMS, token.lower);
    if (noun && next && ['of', 'in'].includes(next.lower)) {
      const object = phraseAfter(tokens, i + 2);
      if (object) push(noun, 'en.noun-of', object, i);
      continue;
    }
    const adverb = ADVERB_PROPERTIES[token.lower];
    if (adverb) {
      out.push({
        polarity: adverb[0],
        pattern: 'en.adverb',
        object: adverb[1],
        span: { start: token.start, end: token.end },
      });
      continue;
    }
    const [first, ...rest] = token.lower.split('-');
    const compound = rest.length > 0 ? polarityOf(ADJECTIVES, first!) : undefined;
    // "to a low-speed value", "for low-speed operation": a mode or value chosen, not an effect.
    const mode =
      CONDITION_PREPOSITIONS.has(wordBefore(tokens, i)) || ['to', 'for'].includes(wordBefore(tokens, i));
    if (compound && !mode && PROPERTY_NOUN.test(rest.at(-1)!) && !NOT_PROPERTY.test(rest.at(-1)!)) {
      // "high-efficiency", "low-cost": a hyphenated adjective-property pair.
      out.push({
        polarity: compound,
        pattern: 'en.adjective-property',
        object: rest.join(' '),
        span: { start: token.start, end: token.end },
      });
      continue;
    }
    const adjective = polarityOf(ADJECTIVES, token.lower);
    if (
      adjective &&
      !CONDITION_PREPOSITIONS.has(wordBefore(tokens, i)) &&
      !SETTING_WORDS.has(tokens[i - 1]?.lower ?? '')
    ) {
      const property = propertyPhrase(tokens, i + 1);
      const required =
        property &&
        ['is', 'are'].includes(tokens[property.to]?.lower ?? '') &&
        REQUIREMENT.test(tokens[property.to + 1]?.lower ?? '');
      if (property && !required) {
        push(adjective, 'en.adjective-property', property, i);
        // "excellent mechanical strength and heat resistance"
        const second = coordinated(tokens, property.to);
        const secondProperty = second && propertyPhrase(tokens, second.from);
        if (secondProperty) push(adjective, 'en.adjective-property', secondProperty, secondProperty.from);
      }
      continue;
    }
    if (token.lower === 'resistant' && next?.lower === 'to') {
      const object = phraseAfter(tokens, i + 2);
      if (object) {
        out.push({
          polarity: 'up',
          pattern: 'en.resistant-to',
          object: `${text(sentence, offset, tokens, object.from, object.to)} resistance`,
          span: { start: token.start, end: tokens[object.to - 1]!.end },
        });
      }
    }
  }
  return out;
}

/** "in reduced temperatures", "at high temperature": a condition of use, not an effect. */
const CONDITION_PREPOSITIONS = new Set(['in', 'at', 'under', 'over', 'within', 'below', 'above']);

/** Adverbs that state an effect of the verb they modify ("operate efficiently"), as the property. */
const ADVERB_PROPERTIES: Record<string, [Polarity, string]> = {
  efficiently: ['up', 'efficiency'],
  reliably: ['up', 'reliability'],
  safely: ['up', 'safety'],
  accurately: ['up', 'accuracy'],
  precisely: ['up', 'accuracy'],
  stably: ['up', 'stability'],
  quickly: ['up', 'speed'],
  rapidly: ['up', 'speed'],
};

/** The word before token i, looking past one determiner ("within a reduced range" → within). */
const wordBefore = (tokens: readonly Token[], i: number) => {
  const previous = tokens[i - 1]?.lower ?? '';
  return DETERMINER.has(previous) ? (tokens[i - 2]?.lower ?? '') : previous;
};

/** "improves performance and reliability": the phrase after "and"/"or", unless a verb starts it. */
function coordinated(tokens: readonly Token[], i: number): { from: number; to: number } | undefined {
  if (!['and', 'or'].includes(tokens[i]?.lower ?? '')) return undefined;
  const first = tokens[i + 1];
  if (!isWord(first) || polarityOf(VERB_STEMS, first!.lower) || polarityOf(ADJECTIVES, first!.lower))
    return undefined;
  // "… processing and employ “as-implanted” profiles", "and use the …": a verb opens a second clause.
  const afterFirst = tokens[i + 2]?.lower ?? '';
  if (DETERMINER.has(afterFirst) || /^[“"‘(]$/.test(afterFirst)) return undefined;
  return phraseAfter(tokens, i + 1);
}

/** Up to three words (hyphenated ones count as one) ending on a property noun at the phrase's end. */
function propertyPhrase(tokens: readonly Token[], i: number): { from: number; to: number } | undefined {
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const token = tokens[k]!;
    if (!isWord(token) || BOUNDARY.has(token.lower)) return undefined;
    const following = tokens[k + 1];
    const endsPhrase = !isWord(following) || BOUNDARY.has(following!.lower) || following!.lower === 'of';
    if (endsPhrase) {
      const head = token.lower.split('-').at(-1)!;
      return PROPERTY_NOUN.test(head) && !NOT_PROPERTY.test(head) ? { from: i, to: k + 1 } : undefined;
    }
  }
  return undefined;
}
