/** Cell materials: cathode, anode, solid-state electrolyte (liquid electrolyte and separator: topics-electrolyte.ts). */
import type { Topic } from './topic-types';

export const CELL_TOPICS: readonly Topic[] = [
  {
    id: 'cathode',
    name: ['正极材料', 'cathode material'],
    weight: 10,
    onset: 2012,
    utilityModelShare: 0,
    ipc: ['H01M4/525', 'H01M4/505', 'H01M4/5825', 'H01M4/36', 'H01M4/131', 'H01M4/62', 'C01G53/50'],
    cpcExtra: ['H01M2004/028', 'Y02E60/10', 'C01P2004/61'],
    field: ['锂离子电池正极材料', 'lithium-ion battery cathode materials'],
    titles: [
      {
        title: [
          '一种高镍三元正极材料及其制备方法',
          'High-nickel ternary cathode material and preparation method thereof',
        ],
        subject: ['正极材料', 'cathode material'],
      },
      {
        title: [
          '一种磷酸铁锂正极材料的包覆改性方法',
          'Coating modification method for lithium iron phosphate cathode material',
        ],
        subject: ['磷酸铁锂正极材料', 'lithium iron phosphate cathode material'],
      },
      {
        title: [
          '单晶高镍正极材料、其制备方法及锂离子电池',
          'Single-crystal high-nickel cathode material, preparation method thereof and lithium-ion battery',
        ],
        subject: ['单晶正极材料', 'single-crystal cathode material'],
        since: 2016,
      },
      {
        title: [
          '一种富锂锰基正极材料及其制备方法',
          'Lithium-rich manganese-based cathode material and preparation method thereof',
        ],
        subject: ['富锂锰基正极材料', 'lithium-rich manganese-based cathode material'],
      },
      {
        title: [
          '一种磷酸锰铁锂正极材料及锂离子电池',
          'Lithium manganese iron phosphate cathode material and lithium-ion battery',
        ],
        subject: ['正极材料', 'cathode material'],
        since: 2019,
      },
    ],
    elements: [
      ['内核，所述内核为LiNixCoyMnzO2，其中x+y+z=1', 'a core of LiNixCoyMnzO2, where x+y+z=1'],
      ['包覆于所述内核表面的包覆层', 'a coating layer covering a surface of the core'],
      [
        '掺杂元素，所述掺杂元素选自Al、Mg、Ti、Zr中的至少一种',
        'a doping element selected from at least one of Al, Mg, Ti and Zr',
      ],
      [
        '碳包覆层，所述碳包覆层包覆磷酸铁锂颗粒',
        'a carbon coating layer coating lithium iron phosphate particles',
      ],
    ],
    features: [
      ['所述包覆层为快离子导体层', 'the coating layer is a fast ion conductor layer'],
      ['所述正极材料的镍含量大于等于80%', 'a nickel content of the cathode material is at least 80%'],
      ['所述掺杂元素在所述内核中呈梯度分布', 'the doping element has a gradient distribution in the core'],
    ],
    dependents: [
      ['所述包覆层的厚度为{2-50}nm', 'the coating layer has a thickness of {2-50} nm'],
      [
        '所述正极材料的中值粒径D50为{3-15}μm',
        'the cathode material has a median particle size D50 of {3-15} μm',
      ],
      ['所述掺杂元素的质量分数为{1-9}000ppm', 'a mass fraction of the doping element is {1-9}000 ppm'],
      ['所述包覆层包括磷酸锂和氧化铝', 'the coating layer comprises lithium phosphate and aluminium oxide'],
      ['烧结温度为{650-950}℃', 'a sintering temperature is {650-950} °C'],
    ],
    effects: ['energyDensity', 'cycleLife', 'safety', 'cost'],
  },
  {
    id: 'anode',
    name: ['负极材料', 'anode material'],
    weight: 8,
    onset: 2013,
    utilityModelShare: 0,
    ipc: ['H01M4/386', 'H01M4/587', 'H01M4/134', 'H01M4/133', 'H01M4/36', 'H01M4/62'],
    cpcExtra: ['H01M2004/027', 'Y02E60/10'],
    field: ['锂离子电池负极材料', 'lithium-ion battery anode materials'],
    titles: [
      {
        title: [
          '一种硅碳复合负极材料及其制备方法',
          'Silicon-carbon composite anode material and preparation method thereof',
        ],
        subject: ['硅碳复合负极材料', 'silicon-carbon composite anode material'],
      },
      {
        title: [
          '一种预锂化硅氧负极材料及其制备方法',
          'Prelithiated silicon oxide anode material and preparation method thereof',
        ],
        subject: ['硅氧负极材料', 'silicon oxide anode material'],
        since: 2017,
      },
      {
        title: [
          '人造石墨负极材料及其制备方法与应用',
          'Artificial graphite anode material, preparation method and use thereof',
        ],
        subject: ['人造石墨负极材料', 'artificial graphite anode material'],
      },
      {
        title: [
          '一种负极极片及包含该负极极片的锂离子电池',
          'Negative electrode sheet and lithium-ion battery comprising the same',
        ],
        subject: ['负极极片', 'negative electrode sheet'],
      },
    ],
    elements: [
      ['纳米硅颗粒', 'nano-silicon particles'],
      ['包覆所述纳米硅颗粒的无定形碳层', 'an amorphous carbon layer coating the nano-silicon particles'],
      ['石墨基体', 'a graphite matrix'],
      [
        '负极集流体以及设置于所述负极集流体表面的负极活性层',
        'a negative current collector and a negative active layer on a surface of the collector',
      ],
    ],
    features: [
      [
        '所述纳米硅颗粒分散于所述石墨基体的孔隙中',
        'the nano-silicon particles are dispersed in pores of the graphite matrix',
      ],
      [
        '所述负极材料的首次库伦效率大于等于88%',
        'a first coulombic efficiency of the anode material is at least 88%',
      ],
      ['所述负极活性层包含预锂化剂', 'the negative active layer contains a prelithiation agent'],
    ],
    dependents: [
      ['所述纳米硅颗粒的粒径为{20-200}nm', 'the nano-silicon particles have a particle size of {20-200} nm'],
      ['所述硅元素的质量含量为{5-40}%', 'a mass content of silicon is {5-40}%'],
      ['所述无定形碳层由沥青热解形成', 'the amorphous carbon layer is formed by pyrolysis of pitch'],
      ['所述负极材料的比表面积为{1-6}m2/g', 'the anode material has a specific surface area of {1-6} m2/g'],
    ],
    effects: ['energyDensity', 'cycleLife', 'chargeTime', 'cost', 'lowTemperature'],
  },
  {
    id: 'solid-electrolyte',
    name: ['固态电解质', 'solid-state electrolyte'],
    weight: 7,
    onset: 2019,
    utilityModelShare: 0,
    ipc: ['H01M10/0562', 'H01M10/0565', 'H01M10/052', 'H01M10/0525', 'C01B25/14'],
    cpcExtra: ['H01M2300/0068', 'H01M2300/0082', 'Y02E60/10'],
    field: ['固态锂电池', 'solid-state lithium batteries'],
    titles: [
      {
        title: [
          '一种硫化物固态电解质及其制备方法和全固态锂电池',
          'Sulfide solid electrolyte, preparation method thereof and all-solid-state lithium battery',
        ],
        subject: ['硫化物固态电解质', 'sulfide solid electrolyte'],
      },
      {
        title: [
          '复合聚合物固态电解质膜及其制备方法',
          'Composite polymer solid electrolyte membrane and preparation method thereof',
        ],
        subject: ['固态电解质膜', 'solid electrolyte membrane'],
      },
      {
        title: [
          '一种氧化物固态电解质的表面改性方法',
          'Surface modification method for oxide solid electrolyte',
        ],
        subject: ['氧化物固态电解质', 'oxide solid electrolyte'],
      },
      {
        title: [
          '一种半固态锂离子电池及其制备方法',
          'Semi-solid lithium-ion battery and preparation method thereof',
        ],
        subject: ['半固态锂离子电池', 'semi-solid lithium-ion battery'],
        since: 2020,
      },
    ],
    elements: [
      ['锂磷硫系硫化物', 'a lithium phosphorus sulfide'],
      [
        '聚氧化乙烯基体以及分散于所述基体中的锂盐',
        'a polyethylene oxide matrix and a lithium salt dispersed in the matrix',
      ],
      ['石榴石型氧化物填料Li7La3Zr2O12', 'a garnet-type oxide filler Li7La3Zr2O12'],
      ['正极层、固态电解质层和负极层', 'a cathode layer, a solid electrolyte layer and an anode layer'],
    ],
    features: [
      [
        '所述固态电解质的室温离子电导率大于1mS/cm',
        'the solid electrolyte has a room-temperature ionic conductivity above 1 mS/cm',
      ],
      [
        '所述填料表面具有锂离子导电的修饰层',
        'the filler has a lithium-ion conducting modification layer on its surface',
      ],
      [
        '所述固态电解质层与负极层之间设置有界面缓冲层',
        'an interface buffer layer is arranged between the solid electrolyte layer and the anode layer',
      ],
    ],
    dependents: [
      ['所述填料的质量分数为{5-30}%', 'a mass fraction of the filler is {5-30}%'],
      ['所述固态电解质膜的厚度为{10-80}μm', 'the solid electrolyte membrane has a thickness of {10-80} μm'],
      ['所述硫化物为Li6PS5Cl', 'the sulfide is Li6PS5Cl'],
      ['所述界面缓冲层为LiF层', 'the interface buffer layer is a LiF layer'],
    ],
    // lowTemperature and cost are left out on purpose: blank cells of the matrix.
    effects: ['safety', 'energyDensity', 'cycleLife'],
  },
];
