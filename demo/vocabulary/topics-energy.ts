/** The ends of the chain: battery recycling and photovoltaic modules. */
import type { Topic } from './topic-types';

export const ENERGY_TOPICS: readonly Topic[] = [
  {
    id: 'recycling',
    name: ['电池回收', 'battery recycling'],
    weight: 4,
    onset: 2018,
    utilityModelShare: 0.2,
    ipc: ['H01M10/54', 'C22B7/00', 'C22B26/12', 'C22B23/00', 'C22B3/08'],
    cpcExtra: ['Y02W30/84', 'Y02P10/20'],
    field: ['废旧动力电池回收', 'recycling of spent traction batteries'],
    titles: [
      {
        title: [
          '一种废旧锂离子电池正极材料回收方法',
          'Method for recycling cathode material from spent lithium-ion batteries',
        ],
        subject: ['回收方法', 'recycling method'],
      },
      {
        title: [
          '从废旧电池中回收有价金属的方法',
          'Method for recovering valuable metals from spent batteries',
        ],
        subject: ['有价金属回收方法', 'method for recovering valuable metals'],
      },
      {
        title: [
          '退役动力电池梯次利用筛选方法',
          'Screening method for cascade utilisation of retired power batteries',
        ],
        subject: ['梯次利用筛选方法', 'cascade utilisation screening method'],
      },
    ],
    elements: [
      [
        '将废旧电池放电、拆解、破碎得到电池粉',
        'discharging, dismantling and crushing spent batteries to obtain black mass',
      ],
      [
        '采用硫酸和双氧水对所述电池粉进行浸出',
        'leaching the black mass with sulfuric acid and hydrogen peroxide',
      ],
      [
        '对浸出液除杂后萃取分离镍钴锰',
        'removing impurities from the leachate and separating nickel, cobalt and manganese by extraction',
      ],
    ],
    features: [
      ['采用碳酸钠沉淀回收碳酸锂', 'lithium carbonate is recovered by sodium carbonate precipitation'],
      [
        '根据内阻和容量一致性对退役电池分级',
        'retired batteries are graded by internal resistance and capacity consistency',
      ],
    ],
    dependents: [
      ['浸出温度为{60-95}℃', 'a leaching temperature is {60-95} °C'],
      ['所述硫酸的浓度为{1-4}mol/L', 'a concentration of the sulfuric acid is {1-4} mol/L'],
      ['浸出时间为{1-6}h', 'a leaching time is {1-6} h'],
    ],
    // safety is left out on purpose.
    effects: ['recovery', 'pollution', 'cost'],
  },
  {
    id: 'pv-module',
    name: ['光伏组件', 'photovoltaic module'],
    weight: 8,
    onset: 2011,
    utilityModelShare: 0.5,
    ipc: ['H01L31/048', 'H01L31/05', 'H01L31/0224', 'H01L31/18', 'H01L31/0747', 'H02S30/10', 'H02S40/34'],
    cpcExtra: ['Y02E10/50', 'Y02E10/547'],
    field: ['太阳能光伏', 'solar photovoltaics'],
    titles: [
      {
        title: ['一种光伏组件及其封装方法', 'Photovoltaic module and encapsulation method thereof'],
        subject: ['光伏组件', 'photovoltaic module'],
      },
      {
        title: ['TOPCon太阳能电池及其制备方法', 'TOPCon solar cell and preparation method thereof'],
        subject: ['太阳能电池', 'solar cell'],
        since: 2018,
      },
      {
        title: ['异质结电池的栅线电极结构', 'Grid line electrode structure for heterojunction cell'],
        subject: ['栅线电极结构', 'grid line electrode structure'],
        since: 2016,
      },
      {
        title: ['一种双面光伏组件的边框', 'Frame for bifacial photovoltaic module'],
        subject: ['边框', 'frame'],
      },
    ],
    elements: [
      ['前板玻璃、封装胶膜、电池串和背板', 'front glass, an encapsulant film, cell strings and a back sheet'],
      [
        '硅基底以及设置于所述硅基底背面的隧穿氧化层和掺杂多晶硅层',
        'a silicon substrate and a tunnel oxide layer and doped polysilicon layer on its back side',
      ],
      ['主栅和细栅', 'busbars and fingers'],
      ['铝合金边框和接线盒', 'an aluminium alloy frame and a junction box'],
    ],
    features: [
      ['所述电池串采用多主栅焊带互连', 'the cell strings are interconnected by multi-busbar ribbons'],
      ['所述隧穿氧化层的厚度为1～2nm', 'the tunnel oxide layer is 1 to 2 nm thick'],
      ['所述细栅采用银包铜浆料印刷', 'the fingers are printed with silver-coated copper paste'],
    ],
    dependents: [
      ['所述主栅的数量为{9-20}根', 'the number of busbars is {9-20}'],
      ['所述封装胶膜为POE胶膜', 'the encapsulant film is a POE film'],
      ['所述掺杂多晶硅层的厚度为{60-150}nm', 'the doped polysilicon layer has a thickness of {60-150} nm'],
    ],
    effects: ['efficiency', 'cost', 'reliability', 'weight'],
  },
];
