/** Test helper: a small valid chain definition to mutate in tests. */
import type { ChainDefinition } from '@graph-schema/chains/schema';

export function smallChain(): ChainDefinition {
  return {
    id: 'demo',
    name: { zh: '示例', en: 'Demo' },
    version: '1',
    source: 'test',
    vocabularies: { ev: ['电动汽车', 'electric vehicle*'] },
    segments: [
      {
        id: 'demo-up',
        kind: 'upstream',
        name: { zh: '上游', en: 'Upstream' },
        branches: [
          {
            id: 'demo-drive',
            level: 1,
            name: { zh: '驱动', en: 'Drive' },
            children: [
              {
                id: 'demo-motor',
                level: 2,
                name: { zh: '电机', en: 'Motor' },
                rules: [
                  {
                    id: 'demo-motor-r1',
                    classifications: { include: ['H02K1*'] },
                    keywords: { any: ['@ev'] },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
