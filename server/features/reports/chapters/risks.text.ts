/** Sentence templates of the risks chapter, each in Chinese and English, with its numbers. */
import type { Bilingual } from '../report-context';

export const RISKS_TEXT = {
  noPatents: (): Bilingual => ({
    zh: '项目范围内没有专利，无法统计法律状态与到期情况。',
    en: 'The project scope holds no patents, so legal status and expiry cannot be counted.',
  }),
  statuses: (list: string, families: number): Bilingual => ({
    zh: `范围内 ${families} 个同族的法律状态（每个同族计入其成员中最强的状态）：${list}。`,
    en: `Legal status of the ${families} families in scope (each family counted under its members' strongest status): ${list}.`,
  }),
  status: (name: string, families: number, publications: number): Bilingual => ({
    zh: `${name} ${families} 个同族（${publications} 件）`,
    en: `${name} ${families} families (${publications} publications)`,
  }),
  expiry: (asOf: string, list: string): Bilingual => ({
    zh: `截至 ${asOf}，有效专利的到期窗口：${list}。到期后相关技术可能进入公有领域，但同族其他成员、外围专利或其他地区的权利仍可能有效。`,
    en: `As of ${asOf}, in-force patents expire as follows: ${list}. An expired patent may free its technology, but other family members, peripheral patents or rights in other offices may still be in force.`,
  }),
  expiryWindow: (years: number, until: string, publications: number, families: number): Bilingual => ({
    zh: `${years} 年内（至 ${until}）${publications} 件、${families} 个同族`,
    en: `within ${years} year${years === 1 ? '' : 's'} (until ${until}) ${publications} publications in ${families} families`,
  }),
  events: (list: string, families: number): Bilingual => ({
    zh: `法律事件：范围内 ${families} 个同族中，${list}。转让、许可与诉讼表明相关专利具有运营价值或争议，宜优先核查。`,
    en: `Legal events: of the ${families} families in scope, ${list}. Transfers, licences and litigation mark patents with commercial value or disputes: check them first.`,
  }),
  event: (name: string, families: number): Bilingual => ({
    zh: `${name} ${families} 个同族`,
    en: `${name}: ${families} families`,
  }),
  noEvents: (): Bilingual => ({
    zh: '图谱中没有转让、许可、诉讼等法律事件记录（所载入的导出数据可能不含法律事件字段），不能据此认为不存在此类事件。',
    en: 'The graph holds no transfer, licence or litigation events (the loaded exports may carry no legal-event field); this does not mean there are none.',
  }),
  ftoHeading: (): Bilingual => ({
    zh: '本项目的侵权风险初筛',
    en: 'Infringement-risk screenings of this project',
  }),
  noScreening: (): Bilingual => ({
    zh: '本项目尚未运行侵权风险初筛（FTO）；未经筛查不代表没有侵权风险。',
    en: 'No infringement-risk screening (FTO) has been run in this project; an unscreened product is not a product without risk.',
  }),
  screening: (p: {
    date: string;
    product: string;
    offices: string;
    total: number;
    levels: string;
    top: string;
  }): Bilingual => ({
    zh: `${p.date} 对产品「${p.product}」在 ${p.offices} 进行了初筛：${p.total} 件相关专利，其中 ${p.levels}。需重点核查：${p.top}。`,
    en: `On ${p.date} the product "${p.product}" was screened in ${p.offices}: ${p.total} relevant patents, ${p.levels}. Check first: ${p.top}.`,
  }),
  level: (name: string, count: number): Bilingual => ({ zh: `${name} ${count} 件`, en: `${name} ${count}` }),
  none: (): Bilingual => ({ zh: '无', en: 'none' }),
  disclaimer: (): Bilingual => ({
    zh: '以上为基于已载入数据的初步风险提示，不构成法律意见，也不表示不存在风险；具体结论须由专业人员依据权利要求全文、法律状态及同族信息核实。',
    en: 'These are preliminary risk signals from the loaded data, not a legal opinion, and they never mean there is no risk; a professional must verify them against full claims, legal status and family members.',
  }),
  legalTableCaption: (label: string): Bilingual => ({
    zh: `${label} 法律状态分布`,
    en: `${label} Legal status`,
  }),
  ftoTableCaption: (label: string): Bilingual => ({
    zh: `${label} 本项目的侵权风险初筛记录`,
    en: `${label} Infringement-risk screenings recorded for this project`,
  }),
} as const;

export const EVENT_NAMES: Record<string, Bilingual> = {
  transfer: { zh: '发生转让的', en: 'transferred' },
  licence: { zh: '有许可的', en: 'licensed' },
  litigation: { zh: '涉及诉讼或无效的', en: 'in litigation or invalidation' },
  pledge: { zh: '有质押的', en: 'pledged' },
  reexamination: { zh: '经复审的', en: 're-examined' },
};

export const RISK_COLUMNS = {
  status: { zh: '法律状态', en: 'Legal status' },
  families: { zh: '同族数', en: 'Families' },
  publications: { zh: '公开文本数', en: 'Publications' },
  date: { zh: '筛查日期', en: 'Date' },
  product: { zh: '产品（前 200 字）', en: 'Product (first 200 characters)' },
  offices: { zh: '受理局', en: 'Offices' },
  total: { zh: '相关专利', en: 'Relevant patents' },
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
  review: { zh: '待核查', en: 'To check' },
} as const satisfies Record<string, Bilingual>;
