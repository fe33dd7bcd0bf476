/**
 * Chinese effect patterns (效果句式), applied to the Han text of one sentence:
 * - `zh.verb-object`: 提高/降低/改善/防止/实现 … + 宾语 up to the next punctuation
 *   ("提高了开发效率", "降低误报漏报率", "实现信息的扩散");
 * - `zh.noun-verb`: a nominalised result ("整体效率的提升", "工作量的降低");
 * - `zh.adjective-property`: 较强的泛化能力 / 成像效果好 / 训练时间短.
 * Connectives (从而/使得/进而/以) need no pattern of their own: the verb after them is matched
 * and the connective is named in the pattern id (`.result`) for the explanation.
 */
import type { PatternMatch, Polarity } from './types';

const VERBS: ReadonlyArray<[Polarity, string[]]> = [
  [
    'up',
    // 优化 is left out: "进行优化处理" names a step far more often than an effect.
    [
      '提高',
      '提升',
      '增加',
      '增强',
      '改善',
      '改进',
      '加快',
      '延长',
      '扩大',
      '丰富',
      '保证',
      '保障',
      '确保',
      '加强',
    ],
  ],
  [
    'down',
    ['降低', '减少', '减小', '缩短', '减轻', '抑制', '防止', '避免', '消除', '简化', '节约', '节省', '减缓'],
  ],
  ['enable', ['实现', '满足', '允许', '适应']],
];
const CONNECTIVES = ['从而', '进而', '使得', '以便', '以'];

/** An object runs to the next clause punctuation; 的/了 after the verb are not part of it. */
const OBJECT = '[^，。；、,;：:（）()\\s]{1,24}';
const verbAlternation = (words: readonly string[]) => words.join('|');

const NOMINAL: ReadonlyArray<[Polarity, string[]]> = [
  ['up', ['提升', '提高', '改善', '增强']],
  ['down', ['降低', '简化', '减少', '缩短']],
];
/** 高/强/好 = more of the property; 低/短/少 = less of it. */
const ADJECTIVE_BEFORE = /(?:较|更|更加|很|极)?(高|强|好|低|短|少)的([^，。；、,;：:（）()\s的]{2,8})/gu;
const ADJECTIVE_AFTER = /([^，。；、,;：:（）()\s]{2,8}?)(更好|较好|好|高|强|短|低|少)(?=[，。；、,;]|$)/gu;
const MORE = new Set(['高', '强', '好', '更好', '较好']);

export function chineseMatches(sentence: string, offset: number): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const [polarity, verbs] of VERBS) {
    const pattern = new RegExp(`(${verbAlternation(verbs)})了?(?:对|对于)?(${OBJECT})`, 'gu');
    for (const m of sentence.matchAll(pattern)) {
      const object = trimObject(m[2]!);
      if (object.length < 2 || GENERIC_OBJECT.test(object)) continue;
      const before = sentence.slice(Math.max(0, m.index - 2), m.index);
      const marked = CONNECTIVES.some((c) => before.endsWith(c)) ? '.result' : '';
      out.push({
        polarity,
        object,
        pattern: `zh.verb-object${marked}`,
        span: { start: offset + m.index, end: offset + m.index + m[0].length },
      });
    }
  }
  for (const [polarity, verbs] of NOMINAL) {
    const pattern = new RegExp(`([^，。；、,;：:（）()\\s和及与]{2,12})的(${verbAlternation(verbs)})`, 'gu');
    for (const m of sentence.matchAll(pattern)) {
      out.push({
        polarity,
        object: m[1]!,
        pattern: 'zh.noun-verb',
        span: { start: offset + m.index, end: offset + m.index + m[0].length },
      });
    }
  }
  for (const m of sentence.matchAll(/高效(?:的|地|率)?/gu)) {
    // 高效 (highly efficient) states the efficiency effect itself.
    if (sentence.slice(m.index + m[0].length).startsWith('水平')) continue;
    out.push({
      polarity: 'up',
      object: '效率',
      pattern: 'zh.adjective-property',
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
    });
  }
  for (const m of sentence.matchAll(ADJECTIVE_BEFORE)) {
    out.push({
      polarity: MORE.has(m[1]!) ? 'up' : 'down',
      object: m[2]!,
      pattern: 'zh.adjective-property',
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
    });
  }
  for (const m of sentence.matchAll(ADJECTIVE_AFTER)) {
    const object = m[1]!.replace(/^(具有|且|并|其|和|及|与)/u, '');
    // "…的X高" only: a bare "X高" inside a longer clause is usually a name (高压, 高温).
    if (
      !/(效果|时间|能力|效率|精度|速度|质量|性能|价值|成本|能耗|寿命|强度|稳定性|可靠性|准确性|率)$/u.test(
        object,
      )
    ) {
      continue;
    }
    const start = offset + m.index + m[1]!.length - object.length;
    out.push({
      polarity: MORE.has(m[2]!) ? 'up' : 'down',
      object,
      pattern: 'zh.adjective-property',
      span: { start, end: offset + m.index + m[0].length },
    });
  }
  return out;
}

/** Objects that name the invention itself (实现方法), not an effect. */
const GENERIC_OBJECT = /^(方法|装置|系统|设备|过程|模块|单元|步骤)$/u;
/** Words after which the object is over: a new clause (同时, 从而 …) or a frame word (要求, 问题). */
const OBJECT_END = /(的同时|同时|从而|进而|并且|以便|使得|仍然|要求|需求|问题|目的).*$/u;

/**
 * The object's head phrase: a leading 的/了 dropped, cut at a clause word, and only what follows
 * the last 的 kept when that is two characters or more — Chinese noun phrases are head-final, so
 * "阀门状态评判及管理的便利性" is an effect on 便利性.
 */
function trimObject(raw: string): string {
  const object = raw
    .replace(/^[的了]+/u, '')
    .replace(OBJECT_END, '')
    .replace(/的$/u, '');
  const tail = object.slice(object.lastIndexOf('的') + 1);
  return tail.length >= 2 ? tail : object;
}
