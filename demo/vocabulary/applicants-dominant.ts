/**
 * The eight dominant applicants of the demo world. All are FICTIONAL: invented names that belong to
 * no real company. Each spells itself several ways, as real exports do (renamed after an IPO,
 * abbreviated by Lens/DOCDB, punctuated differently), so name normalisation has work to do.
 */
import type { TextPair } from './topic-types';

export interface DominantApplicant {
  id: string;
  /** Share of all families (the eight together hold about 40 %). */
  share: number;
  country: 'CN' | 'JP' | 'KR';
  /** Chinese spellings; `renamedIn` switches from the first to the second (公司 → 股份有限公司). */
  zh: readonly string[];
  renamedIn?: number;
  /** English spellings as applicants and as Lens/DOCDB abbreviations. */
  en: readonly string[];
  /** Topic ids with weights: what this company files on. */
  topics: readonly (readonly [string, number])[];
  /** Share of families extended abroad (WO/US/EP/JP/KR). */
  abroad: number;
}

export const DOMINANT_APPLICANTS: readonly DominantApplicant[] = [
  {
    id: 'dom-ningchuan',
    share: 0.085,
    country: 'CN',
    zh: ['宁川新能源科技有限公司', '宁川新能源科技股份有限公司'],
    renamedIn: 2018,
    en: [
      'Ningchuan New Energy Technology Co., Ltd.',
      'NINGCHUAN NEW ENERGY TECH CO LTD',
      'NINGCHUAN NEW ENERGY TECHNOLOGY CO LTD',
    ],
    topics: [
      ['cathode', 3],
      ['anode', 3],
      ['solid-electrolyte', 3],
      ['electrolyte', 2],
      ['separator', 1],
      ['bms', 2],
      ['thermal', 2],
      ['pack', 3],
      ['fast-charging', 3],
      ['recycling', 1],
    ],
    abroad: 0.3,
  },
  {
    id: 'dom-lanwan',
    share: 0.07,
    country: 'CN',
    zh: ['澜湾汽车有限公司', '澜湾汽车股份有限公司'],
    renamedIn: 2015,
    en: ['Lanwan Automobile Co., Ltd.', 'LANWAN AUTOMOBILE CO LTD', 'LANWAN AUTO CO LTD'],
    topics: [
      ['motor', 3],
      ['inverter', 3],
      ['bms', 3],
      ['thermal', 2],
      ['pack', 3],
      ['charging-pile', 2],
      ['fast-charging', 1],
    ],
    abroad: 0.15,
  },
  {
    id: 'dom-cuifeng',
    share: 0.055,
    country: 'CN',
    zh: ['翠峰锂业股份有限公司'],
    en: ['Cuifeng Lithium Industry Co., Ltd.', 'CUIFENG LITHIUM IND CO LTD'],
    topics: [
      ['cathode', 4],
      ['recycling', 3],
      ['solid-electrolyte', 1],
      ['electrolyte', 1],
    ],
    abroad: 0.08,
  },
  {
    id: 'dom-qiheng',
    share: 0.05,
    country: 'CN',
    zh: ['启衡动力电池有限公司', '启衡动力电池(江苏)有限公司'],
    renamedIn: 2020,
    en: [
      'Qiheng Power Battery Co., Ltd.',
      'QIHENG POWER BATTERY CO LTD',
      'QIHENG POWER BATTERY JIANGSU CO LTD',
    ],
    topics: [
      ['anode', 2],
      ['solid-electrolyte', 3],
      ['separator', 1],
      ['bms', 2],
      ['pack', 2],
      ['fast-charging', 2],
    ],
    abroad: 0.12,
  },
  {
    id: 'dom-chenguang',
    share: 0.045,
    country: 'CN',
    zh: ['辰光光伏科技有限公司', '辰光光伏科技股份有限公司'],
    renamedIn: 2016,
    en: [
      'Chenguang Photovoltaic Technology Co., Ltd.',
      'CHENGUANG PHOTOVOLTAIC TECH CO LTD',
      'CHENGUANG PV TECHNOLOGY CO LTD',
    ],
    topics: [
      ['pv-module', 8],
      ['charging-pile', 1],
    ],
    abroad: 0.18,
  },
  {
    id: 'dom-yuanchi',
    share: 0.035,
    country: 'CN',
    zh: ['远驰电驱动系统有限公司'],
    en: [
      'Yuanchi Electric Drive System Co., Ltd.',
      'YUANCHI ELECTRIC DRIVE SYSTEM CO LTD',
      'YUANCHI ELEC DRIVE SYSTEMS CO LTD',
    ],
    topics: [
      ['motor', 4],
      ['inverter', 4],
      ['thermal', 1],
    ],
    abroad: 0.06,
  },
  {
    id: 'dom-hoshino',
    share: 0.035,
    country: 'JP',
    zh: ['星野蓄电池株式会社'],
    en: ['Hoshino Storage Battery K.K.', 'HOSHINO STORAGE BATTERY KK', 'HOSHINO CHIKUDENCHI KK'],
    topics: [
      ['cathode', 2],
      ['solid-electrolyte', 4],
      ['electrolyte', 2],
      ['separator', 2],
    ],
    abroad: 0.9,
  },
  {
    id: 'dom-hanseol',
    share: 0.025,
    country: 'KR',
    zh: ['韩雪能源株式会社'],
    en: ['Hanseol Energy Co., Ltd.', 'HANSEOL ENERGY CO LTD', 'HANSEOL ENERGY CORP'],
    topics: [
      ['cathode', 2],
      ['anode', 2],
      ['separator', 1],
      ['pack', 2],
      ['bms', 1],
    ],
    abroad: 0.9,
  },
];

/** Partner universities of the dominant companies' joint filings (fictional too). */
export const UNIVERSITY_SUFFIXES: readonly TextPair[] = [
  ['理工大学', 'University of Technology'],
  ['工业大学', 'Polytechnic University'],
  ['科技大学', 'University of Science and Technology'],
  ['大学', 'University'],
];
