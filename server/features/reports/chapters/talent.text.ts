/** Sentences of the talent chapter, in both languages. */
import type { Bilingual } from '../report-context';

export const TALENT_TEXT = {
  empty: (): Bilingual => ({
    zh: '本项目范围内的专利没有发明人信息，无法进行人才分析。',
    en: "No patent in the project's scope names an inventor, so no talent analysis can be given.",
  }),
  summary: (inventors: number, top: string, families: number, applicant: string | null): Bilingual => ({
    zh: `范围内共有 ${inventors} 位发明人；发明同族最多的是 ${top}（${families} 个同族${applicant ? `，主要申请人 ${applicant}` : ''}）。`,
    en: `The scope names ${inventors} inventors; ${top} has the most families (${families}${applicant ? `, mainly for ${applicant}` : ''}).`,
  }),
  teams: (teams: number, largest: number, members: string, shared: number): Bilingual => ({
    zh: `在排名靠前的发明人中识别出 ${teams} 个合作团队；最大的团队有 ${largest} 人（${members}），共同发明 ${shared} 个同族。`,
    en: `Among the leading inventors there are ${teams} co-inventor teams; the largest has ${largest} members (${members}) who share ${shared} families.`,
  }),
  noTeams: (): Bilingual => ({
    zh: '排名靠前的发明人之间没有达到阈值的合作关系，未识别出团队。',
    en: 'No two leading inventors share enough families to form a team.',
  }),
  targetInventors: (target: string, inventors: number, top: string): Bilingual => ({
    zh: `目标申请人 ${target} 共有 ${inventors} 位发明人，核心发明人为：${top}。`,
    en: `The target ${target} has ${inventors} inventors; its leading inventors are: ${top}.`,
  }),
  targetNoInventors: (target: string): Bilingual => ({
    zh: `目标申请人 ${target} 在本范围内没有署名发明人的专利。`,
    en: `The target ${target} has no patents naming an inventor in this scope.`,
  }),
  noTarget: (): Bilingual => ({
    zh: '本项目未设定目标申请人，不单列其发明人。',
    en: 'The project sets no target applicant, so its inventors are not listed.',
  }),
  inventorItem: (name: string, families: number): Bilingual => ({
    zh: `${name}（${families}）`,
    en: `${name} (${families})`,
  }),
  topFinding: (name: string, families: number): Bilingual => ({
    zh: `核心发明人 ${name} 发明了 ${families} 个同族。`,
    en: `The leading inventor ${name} invented ${families} families.`,
  }),
  targetFinding: (target: string, name: string, families: number): Bilingual => ({
    zh: `目标申请人 ${target} 的核心发明人是 ${name}（${families} 个同族）。`,
    en: `The target ${target}'s leading inventor is ${name} (${families} families).`,
  }),
  rankingFigureTitle: (): Bilingual => ({ zh: '主要发明人排名', en: 'Leading inventors' }),
  rankingLegend: (): Bilingual[] => [
    {
      zh: '纵向为发明人（按同族数排序），横轴为其发明的同族数。',
      en: 'Rows: inventors by families; x: families they invented.',
    },
    {
      zh: '橙色粗体为主要申请人是本项目目标申请人或竞争对手的发明人。',
      en: "Orange and bold: inventors whose main applicant is the project's target or a competitor.",
    },
  ],
  familiesAxis: (): Bilingual => ({ zh: '同族数', en: 'families' }),
  emphasisNote: (): Bilingual => ({
    zh: '粗体行为主要申请人是本项目目标申请人或竞争对手的发明人。',
    en: "Bold rows: inventors whose main applicant is the project's target or a competitor.",
  }),
  rankingCaption: (): Bilingual => ({ zh: '发明人排名', en: 'Inventor ranking' }),
  rankingColumns: (): Bilingual[] => [
    { zh: '排名', en: 'Rank' },
    { zh: '发明人', en: 'Inventor' },
    { zh: '同族数', en: 'Families' },
    { zh: '活跃年份', en: 'Active years' },
    { zh: '主要申请人', en: 'Main applicant' },
  ],
  teamsCaption: (): Bilingual => ({ zh: '发明人合作团队', en: 'Co-inventor teams' }),
  teamsColumns: (): Bilingual[] => [
    { zh: '团队', en: 'Team' },
    { zh: '人数', en: 'Members' },
    { zh: '成员（同族数）', en: 'Members (families)' },
    { zh: '共同发明同族', en: 'Shared families' },
    { zh: '主要申请人', en: 'Main applicant' },
  ],
  targetCaption: (target: string): Bilingual => ({
    zh: `目标申请人 ${target} 的发明人`,
    en: `Inventors of the target ${target}`,
  }),
};
