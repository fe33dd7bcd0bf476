/** A small panorama in the API's shape, for the pure tests of this view and of the gaps overlay. */
import type { ChainPanoramaResponse, PanoramaBranch } from '@graph-schema/dto/chains';
import type { ChainExplanation } from '@graph-schema/dto/explanation';

const fewFamilies: ChainExplanation = {
  code: 'chain.fewFamilies',
  params: { families: 2, weakBelow: 5 },
  text: 'few families: 2 < 5 同族数少',
};

function branch(
  id: string,
  level: number,
  parentId: string | null,
  patch: Partial<PanoramaBranch> = {},
): PanoramaBranch {
  return {
    id: `lib:${id}`,
    localId: id,
    level,
    name: { zh: `分支${id}`, en: `Branch ${id}` },
    isLeaf: true,
    families: 10,
    shareOfChain: 0.1,
    threeYearGrowth: 0,
    topApplicants: [],
    weakLink: false,
    weakLinkReasons: [],
    parentId: parentId === null ? null : `lib:${parentId}`,
    childIds: [],
    ...patch,
  };
}

export const PANORAMA_FIXTURE: ChainPanoramaResponse = {
  chain: { id: 'lib', name: { zh: '锂电池', en: 'Lithium batteries' } },
  dateBasis: 'priority',
  basis: { code: 'basis.panorama', params: { dateBasis: 'priority' }, text: 'basis' },
  growthWindows: { asOfYear: 2022, recent: [2020, 2022], earlier: [2017, 2019] },
  growthNote: {
    code: 'note.growthWindows',
    params: { incompleteYears: 2 },
    text: 'threeYearGrowth = recent / earlier − 1',
  },
  families: 100,
  segments: [
    {
      id: 'lib:up',
      kind: 'upstream',
      order: 1,
      name: { zh: '上游', en: 'Upstream' },
      families: 60,
      shareOfChain: 0.6,
      threeYearGrowth: 0.2,
      branches: [
        branch('1', 1, null, { isLeaf: false, families: 40, childIds: ['lib:1.1', 'lib:1.2'] }),
        branch('1.1', 2, '1', {
          families: 36,
          threeYearGrowth: 1.5,
          applicant: { key: 'catl', families: 9, shareOfBranch: 0.25, rta: 2 },
        }),
        branch('1.2', 2, '1', {
          families: 2,
          threeYearGrowth: null,
          weakLink: true,
          weakLinkReasons: [fewFamilies],
          applicant: { key: 'catl', families: 0, shareOfBranch: 0, rta: 0 },
        }),
      ],
    },
    {
      id: 'lib:down',
      kind: 'downstream',
      order: 3,
      name: { zh: '下游', en: 'Downstream' },
      families: 30,
      shareOfChain: 0.3,
      threeYearGrowth: -0.5,
      branches: [branch('3', 1, null, { families: 30, threeYearGrowth: -0.5 })],
    },
  ],
  weakLinks: [{ id: 'lib:1.2', name: { zh: '分支1.2', en: 'Branch 1.2' }, reasons: [fewFamilies] }],
  rules: [
    {
      code: 'chain.rule.weakLink',
      params: {},
      text: 'weak link: a leaf branch that is blank or has few families',
    },
  ],
};
