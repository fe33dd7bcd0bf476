/** Cell materials, continued: liquid electrolyte and separator. */
import type { Topic } from './topic-types';

export const ELECTROLYTE_TOPICS: readonly Topic[] = [
  {
    id: 'electrolyte',
    name: ['电解液', 'liquid electrolyte'],
    weight: 4,
    onset: 2011,
    utilityModelShare: 0,
    ipc: ['H01M10/0567', 'H01M10/0568', 'H01M10/0569', 'H01M10/0525'],
    cpcExtra: ['H01M2300/0025', 'Y02E60/10'],
    field: ['锂离子电池电解液', 'lithium-ion battery electrolytes'],
    titles: [
      {
        title: [
          '一种锂离子电池电解液添加剂及含其的电解液',
          'Electrolyte additive for lithium-ion battery and electrolyte containing the same',
        ],
        subject: ['电解液', 'electrolyte'],
      },
      {
        title: [
          '一种高电压锂离子电池非水电解液',
          'Non-aqueous electrolyte for high-voltage lithium-ion battery',
        ],
        subject: ['非水电解液', 'non-aqueous electrolyte'],
      },
      {
        title: ['阻燃电解液及锂离子电池', 'Flame-retardant electrolyte and lithium-ion battery'],
        subject: ['阻燃电解液', 'flame-retardant electrolyte'],
      },
    ],
    elements: [
      ['有机溶剂', 'an organic solvent'],
      ['锂盐，所述锂盐包括六氟磷酸锂', 'a lithium salt comprising lithium hexafluorophosphate'],
      ['成膜添加剂', 'a film-forming additive'],
    ],
    features: [
      [
        '所述添加剂包括氟代碳酸乙烯酯和二氟磷酸锂',
        'the additive comprises fluoroethylene carbonate and lithium difluorophosphate',
      ],
      ['所述电解液还包括磷酸酯类阻燃剂', 'the electrolyte further comprises a phosphate flame retardant'],
    ],
    dependents: [
      ['所述添加剂的质量分数为{1-5}%', 'a mass fraction of the additive is {1-5}%'],
      ['所述锂盐的浓度为{1-2}mol/L', 'a concentration of the lithium salt is {1-2} mol/L'],
      [
        '所述有机溶剂包括碳酸乙烯酯和碳酸二甲酯',
        'the organic solvent comprises ethylene carbonate and dimethyl carbonate',
      ],
    ],
    effects: ['cycleLife', 'safety', 'lowTemperature'],
  },
  {
    id: 'separator',
    name: ['隔膜', 'separator'],
    weight: 4,
    onset: 2013,
    utilityModelShare: 0.2,
    ipc: ['H01M50/449', 'H01M50/417', 'H01M50/431', 'H01M50/446', 'H01M50/403'],
    cpcExtra: ['Y02E60/10'],
    field: ['电池隔膜', 'battery separators'],
    titles: [
      {
        title: ['一种陶瓷涂覆隔膜及其制备方法', 'Ceramic-coated separator and preparation method thereof'],
        subject: ['隔膜', 'separator'],
      },
      {
        title: [
          '耐高温复合隔膜及锂离子电池',
          'High-temperature-resistant composite separator and lithium-ion battery',
        ],
        subject: ['复合隔膜', 'composite separator'],
      },
      {
        title: ['一种聚烯烃微孔隔膜的制备方法', 'Method for preparing polyolefin microporous separator'],
        subject: ['聚烯烃隔膜', 'polyolefin separator'],
      },
    ],
    elements: [
      ['聚烯烃基膜', 'a polyolefin base film'],
      ['设置于所述基膜至少一侧的陶瓷涂层', 'a ceramic coating on at least one side of the base film'],
      ['粘结层', 'a bonding layer'],
    ],
    features: [
      ['所述陶瓷涂层包括勃姆石颗粒', 'the ceramic coating comprises boehmite particles'],
      ['所述隔膜在150℃下的热收缩率小于3%', 'the separator has a thermal shrinkage below 3% at 150 °C'],
    ],
    dependents: [
      ['所述基膜的厚度为{5-16}μm', 'the base film has a thickness of {5-16} μm'],
      ['所述陶瓷涂层的厚度为{1-4}μm', 'the ceramic coating has a thickness of {1-4} μm'],
      ['所述隔膜的孔隙率为{35-50}%', 'the separator has a porosity of {35-50}%'],
    ],
    // weight and energyDensity are active columns elsewhere but empty here on purpose.
    effects: ['safety', 'cycleLife', 'cost'],
  },
];
