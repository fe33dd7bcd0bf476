/** A small layout-gap answer in the API's shape (two segments, three leaf branches, two competitors). */
import type { GapExplanation } from '@graph-schema/dto/explanation';
import type { BranchGap, GapsResponse } from '@graph-schema/dto/gaps';

const noOwnFamilies: GapExplanation = {
  code: 'gap.noOwnFamilies',
  params: { fieldFamilies: 50 },
  text: 'no own families among 50 in the branch 本分支无自有申请',
};

function branch(
  id: string,
  field: number,
  own: number,
  others: [number, number],
  patch: Partial<BranchGap> = {},
): BranchGap {
  return {
    id: `lib:${id}`,
    name: { zh: `分支${id}`, en: `Branch ${id}` },
    level: 2,
    segment: 'lib:up',
    fieldFamilies: field,
    own: { key: 'catl', families: own, shareOfBranch: field ? own / field : 0, rta: own ? 2 : 0 },
    competitors: [
      { key: 'byd', families: others[0], shareOfBranch: field ? others[0] / field : 0, rta: 0.5 },
      { key: 'lg', families: others[1], shareOfBranch: field ? others[1] / field : 0, rta: 1 },
    ],
    threeYearGrowth: 0.1,
    signals: null,
    importance: { large: false, fastGrowing: false, hot: false },
    verdict: 'none',
    priority: null,
    reasons: [],
    ...patch,
  };
}

export const GAPS_FIXTURE: GapsResponse = {
  chain: { id: 'lib', name: { zh: '锂电池', en: 'Lithium batteries' } },
  applicant: { key: 'catl', name: 'CATL', families: 30 },
  competitors: [
    { key: 'byd', name: 'BYD', families: 20, chosenBy: 'top-of-chain' },
    { key: 'lg', name: 'LG', families: 10, chosenBy: 'top-of-chain' },
  ],
  dateBasis: 'priority',
  basis: { code: 'basis.gaps', params: { dateBasis: 'priority' }, text: 'basis' },
  growthWindows: null,
  growthNote: {
    code: 'note.growthWindows',
    params: { incompleteYears: 2 },
    text: 'threeYearGrowth = recent / earlier − 1',
  },
  fieldFamilies: 200,
  largeBranchThreshold: 50,
  segments: [
    {
      id: 'lib:up',
      kind: 'upstream',
      name: { zh: '上游', en: 'Upstream' },
      fieldFamilies: 150,
      ownFamilies: 25,
      competitors: [],
      branches: [
        branch('1.1', 100, 25, [40, 5], {
          verdict: 'strength',
          reasons: [{ code: 'gap.strongRta', params: { rta: 2 }, text: 'own RTA 2.00 ≥ 1 相对优势' }],
          importance: { large: true, fastGrowing: false, hot: false },
        }),
        branch('1.2', 50, 0, [10, 0], { verdict: 'gap', priority: 'high', reasons: [noOwnFamilies] }),
      ],
    },
    {
      id: 'lib:down',
      kind: 'downstream',
      name: { zh: '下游', en: 'Downstream' },
      fieldFamilies: 50,
      ownFamilies: 5,
      competitors: [],
      branches: [branch('3.1', 50, 5, [0, 5], { segment: 'lib:down', verdict: 'watch', priority: 'low' })],
    },
  ],
  gaps: [
    {
      id: 'lib:1.2',
      name: { zh: '分支1.2', en: 'Branch 1.2' },
      priority: 'high',
      reasons: [noOwnFamilies],
    },
  ],
  geography: [
    {
      office: 'CN',
      fieldFamilies: 180,
      fieldShare: 0.8,
      ownFamilies: 30,
      ownShare: 0.9,
      gap: false,
      reason: null,
    },
    {
      office: 'US',
      fieldFamilies: 40,
      fieldShare: 0.2,
      ownFamilies: 1,
      ownShare: 0.03,
      gap: true,
      reason: {
        code: 'gap.officeGap',
        params: { fieldShare: 0.2, ownShare: 0.03 },
        text: 'the field files 20 % of its office filings here, the target 3 % 该局布局不足',
      },
    },
  ],
  rules: [{ code: 'gap.rule.watch', params: {}, text: 'watch: …' }],
};
