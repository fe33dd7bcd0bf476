/**
 * Technical effects (技术功效) the abstracts and claims state, as the phrases a technology–effect
 * matrix extracts. Each topic lists the effects it may state; the effects it leaves out are the
 * deliberate empty cells of the matrix.
 */
export const EFFECTS = {
  energyDensity: { zh: '提高能量密度', en: 'improve energy density' },
  safety: { zh: '提升安全性', en: 'improve safety' },
  cost: { zh: '降低成本', en: 'reduce cost' },
  cycleLife: { zh: '延长循环寿命', en: 'extend cycle life' },
  efficiency: { zh: '提高效率', en: 'improve efficiency' },
  weight: { zh: '减轻重量', en: 'reduce weight' },
  chargeTime: { zh: '缩短充电时间', en: 'shorten charging time' },
  accuracy: { zh: '提高估算精度', en: 'improve estimation accuracy' },
  heat: { zh: '提高散热性能', en: 'improve heat dissipation' },
  lowTemperature: { zh: '改善低温性能', en: 'improve low-temperature performance' },
  recovery: { zh: '提高回收率', en: 'increase recovery rate' },
  pollution: { zh: '减少环境污染', en: 'reduce environmental pollution' },
  powerDensity: { zh: '提高功率密度', en: 'increase power density' },
  reliability: { zh: '提高可靠性', en: 'improve reliability' },
} as const;

export type EffectId = keyof typeof EFFECTS;
