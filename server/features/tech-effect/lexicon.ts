/**
 * The technical-effect lexicon (技术功效词表) behind the technology–effect matrix. Each effect has
 * Chinese synonyms (matched as substrings: Chinese has no word boundaries and effect phrases are
 * short and specific) and English phrases (matched as consecutive Porter stems after natural's
 * tokenizer, so "improves the energy densities" still hits "energy density").
 *
 * `loose` terms are weaker or differently phrased mentions (低温 alone, "cold"): they do not count
 * in a cell, but a cell that is empty under the strict terms yet has loose hits is labelled an
 * apparent gap (a phrasing artefact) rather than white space.
 */
export interface EffectTerms {
  readonly zh: readonly string[];
  /** English phrases; each is tokenised and stemmed once, then matched as a stem sequence. */
  readonly en: readonly string[];
}

export interface EffectDefinition {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly strict: EffectTerms;
  readonly loose: EffectTerms;
}

export const EFFECT_LEXICON: readonly EffectDefinition[] = [
  {
    id: 'energyDensity',
    name: { zh: '提高能量密度', en: 'improve energy density' },
    strict: {
      zh: ['能量密度', '比能量', '比容量', '容量密度'],
      en: ['energy density', 'specific energy', 'specific capacity'],
    },
    loose: { zh: ['高容量', '续航'], en: ['high capacity', 'driving range'] },
  },
  {
    id: 'safety',
    name: { zh: '提升安全性', en: 'improve safety' },
    strict: {
      zh: ['安全性', '热失控', '阻燃', '防爆'],
      en: ['safety', 'thermal runaway', 'flame retardant', 'explosion proof'],
    },
    loose: { zh: ['安全'], en: ['safe', 'short circuit'] },
  },
  {
    id: 'cost',
    name: { zh: '降低成本', en: 'reduce cost' },
    strict: {
      zh: ['降低成本', '成本低', '低成本', '节约成本', '降低生产成本'],
      en: ['reduce cost', 'low cost', 'cost reduction', 'lower cost'],
    },
    loose: { zh: ['成本', '经济性'], en: ['cost', 'inexpensive'] },
  },
  {
    id: 'cycleLife',
    name: { zh: '延长循环寿命', en: 'extend cycle life' },
    strict: {
      zh: ['循环寿命', '循环性能', '循环稳定性', '容量保持率'],
      en: ['cycle life', 'cycling stability', 'cycle performance', 'capacity retention'],
    },
    loose: { zh: ['使用寿命', '寿命'], en: ['service life', 'lifetime', 'durability'] },
  },
  {
    id: 'efficiency',
    name: { zh: '提高效率', en: 'improve efficiency' },
    strict: {
      zh: ['提高效率', '效率高', '转换效率', '能量效率', '提高了效率', '效率提升'],
      en: [
        'improve efficiency',
        'conversion efficiency',
        'energy efficiency',
        'higher efficiency',
        'efficiency improvement',
      ],
    },
    loose: { zh: ['效率', '损耗'], en: ['efficiency', 'efficient', 'loss'] },
  },
  {
    id: 'weight',
    name: { zh: '减轻重量', en: 'reduce weight' },
    strict: {
      zh: ['减轻重量', '轻量化', '重量轻', '减重'],
      en: ['reduce weight', 'lightweight', 'weight reduction', 'light weight'],
    },
    loose: { zh: ['重量', '体积小'], en: ['weight', 'compact'] },
  },
  {
    id: 'fastCharging',
    name: { zh: '快速充电', en: 'fast charging' },
    strict: {
      zh: ['快速充电', '快充', '缩短充电时间', '充电时间'],
      en: ['fast charging', 'charging time', 'rapid charging', 'quick charging'],
    },
    loose: { zh: ['充电速度', '倍率性能'], en: ['charging speed', 'rate capability'] },
  },
  {
    id: 'lowTemperature',
    name: { zh: '改善低温性能', en: 'improve low-temperature performance' },
    strict: {
      zh: ['低温性能', '低温环境', '低温放电', '低温充电', '低温下'],
      en: ['low temperature performance', 'low temperature', 'cold environment'],
    },
    loose: { zh: ['低温', '寒冷', '冷启动'], en: ['cold', 'subzero', 'freezing'] },
  },
  {
    id: 'heatDissipation',
    name: { zh: '提高散热性能', en: 'improve heat dissipation' },
    strict: {
      zh: ['散热', '导热', '热管理效果'],
      en: ['heat dissipation', 'thermal conductivity', 'heat transfer', 'cooling efficiency'],
    },
    loose: { zh: ['温升', '冷却'], en: ['cooling', 'temperature rise'] },
  },
  {
    id: 'estimationAccuracy',
    name: { zh: '提高估算精度', en: 'improve estimation accuracy' },
    strict: {
      zh: ['估算精度', '估计精度', '检测精度', '测量精度', '预测精度'],
      en: ['estimation accuracy', 'measurement accuracy', 'prediction accuracy', 'accuracy'],
    },
    loose: { zh: ['精度', '准确'], en: ['precise', 'accurate'] },
  },
  {
    id: 'powerDensity',
    name: { zh: '提高功率密度', en: 'increase power density' },
    strict: {
      zh: ['功率密度', '输出功率', '扭矩密度'],
      en: ['power density', 'output power', 'torque density'],
    },
    loose: { zh: ['功率'], en: ['power output'] },
  },
  {
    id: 'reliability',
    name: { zh: '提高可靠性', en: 'improve reliability' },
    // 稳定性 / stability stay loose: 循环稳定性 and "cycling stability" are cycle-life phrases.
    strict: { zh: ['可靠性', '可靠运行'], en: ['reliability', 'reliable operation'] },
    loose: { zh: ['可靠', '稳定性'], en: ['reliable', 'stability'] },
  },
  {
    id: 'recovery',
    name: { zh: '提高回收率', en: 'increase recovery rate' },
    strict: {
      zh: ['回收率', '浸出率', '回收效率'],
      en: ['recovery rate', 'recovery efficiency', 'leaching rate'],
    },
    loose: { zh: ['回收'], en: ['recovery', 'recycling'] },
  },
  {
    id: 'pollution',
    name: { zh: '减少环境污染', en: 'reduce environmental pollution' },
    strict: {
      zh: ['环境污染', '减少污染', '环保', '绿色'],
      en: ['environmental pollution', 'pollution', 'environmentally friendly'],
    },
    loose: { zh: ['废水', '排放'], en: ['waste water', 'emission'] },
  },
];
