/** Battery systems: management (BMS), thermal management, pack structure, fast-charging methods. */
import type { Topic } from './topic-types';

export const PACK_TOPICS: readonly Topic[] = [
  {
    id: 'bms',
    name: ['电池管理系统', 'battery management system'],
    weight: 9,
    onset: 2014,
    utilityModelShare: 0.15,
    ipc: [
      'G01R31/367',
      'G01R31/382',
      'G01R31/392',
      'H01M10/42',
      'H01M10/48',
      'B60L58/12',
      'B60L58/16',
      'B60L58/22',
    ],
    cpcExtra: ['H01M10/425', 'H01M10/482', 'Y02E60/10', 'Y02T10/70'],
    field: ['电池管理技术', 'battery management'],
    titles: [
      {
        title: [
          '一种电池荷电状态估算方法、装置及电池管理系统',
          'Battery state-of-charge estimation method and device, and battery management system',
        ],
        subject: ['电池荷电状态估算方法', 'method for estimating a state of charge of a battery'],
      },
      {
        title: [
          '基于卡尔曼滤波的动力电池健康状态评估方法',
          'Power battery state-of-health evaluation method based on Kalman filtering',
        ],
        subject: ['健康状态评估方法', 'state-of-health evaluation method'],
      },
      {
        title: [
          '电池均衡控制方法、装置、电池管理系统及车辆',
          'Battery balancing control method and device, battery management system and vehicle',
        ],
        subject: ['电池均衡控制方法', 'battery balancing control method'],
      },
      {
        title: ['一种电池管理系统及储能系统', 'Battery management system and energy storage system'],
        subject: ['电池管理系统', 'battery management system'],
      },
    ],
    elements: [
      ['获取电池的电压、电流和温度数据', 'acquiring voltage, current and temperature data of a battery'],
      [
        '根据等效电路模型建立状态方程',
        'establishing a state equation according to an equivalent circuit model',
      ],
      ['采集单元、控制单元和通信单元', 'an acquisition unit, a control unit and a communication unit'],
      ['确定各电芯之间的电压差', 'determining a voltage difference between battery cells'],
    ],
    features: [
      [
        '采用扩展卡尔曼滤波算法对荷电状态进行迭代修正',
        'the state of charge is iteratively corrected by an extended Kalman filter',
      ],
      [
        '当所述电压差大于阈值时启动主动均衡',
        'active balancing is started when the voltage difference exceeds a threshold',
      ],
      ['根据容量衰减曲线确定电池的健康状态', 'the state of health is determined from a capacity fade curve'],
    ],
    dependents: [
      ['所述阈值为{10-50}mV', 'the threshold is {10-50} mV'],
      ['所述采样周期为{10-1000}ms', 'a sampling period is {10-1000} ms'],
      ['所述等效电路模型为二阶RC模型', 'the equivalent circuit model is a second-order RC model'],
      [
        '所述控制单元通过CAN总线与整车控制器通信',
        'the control unit communicates with a vehicle controller over a CAN bus',
      ],
    ],
    effects: ['accuracy', 'safety', 'cycleLife', 'reliability'],
  },
  {
    id: 'thermal',
    name: ['热管理', 'thermal management'],
    weight: 7,
    onset: 2015,
    utilityModelShare: 0.45,
    ipc: ['H01M10/6556', 'H01M10/613', 'H01M10/625', 'H01M10/6568', 'H01M10/615', 'B60L58/26', 'B60L58/27'],
    cpcExtra: ['Y02E60/10', 'Y02T10/70'],
    field: ['动力电池热管理', 'power battery thermal management'],
    titles: [
      {
        title: ['一种电池包液冷板及电池包', 'Liquid cooling plate for battery pack, and battery pack'],
        subject: ['液冷板', 'liquid cooling plate'],
      },
      {
        title: [
          '动力电池热管理系统及其控制方法',
          'Power battery thermal management system and control method thereof',
        ],
        subject: ['热管理系统', 'thermal management system'],
      },
      {
        title: ['电池低温加热方法及车辆', 'Low-temperature battery heating method and vehicle'],
        subject: ['电池加热方法', 'battery heating method'],
      },
      {
        title: [
          '一种抑制电池热失控蔓延的隔热结构',
          'Heat insulation structure for suppressing thermal runaway propagation of batteries',
        ],
        subject: ['隔热结构', 'heat insulation structure'],
        since: 2018,
      },
    ],
    elements: [
      ['板体，所述板体内设置有冷却液流道', 'a plate body provided with a coolant channel'],
      ['进液口和出液口', 'a liquid inlet and a liquid outlet'],
      ['温度传感器、水泵和换热器', 'a temperature sensor, a water pump and a heat exchanger'],
      ['设置于相邻电芯之间的隔热垫', 'a heat insulation pad arranged between adjacent cells'],
    ],
    features: [
      ['所述冷却液流道呈蛇形分布', 'the coolant channel has a serpentine layout'],
      [
        '根据电池温度调节所述水泵的转速',
        'a speed of the water pump is adjusted according to the battery temperature',
      ],
      ['所述隔热垫包括气凝胶层', 'the heat insulation pad comprises an aerogel layer'],
    ],
    dependents: [
      ['所述流道的宽度为{3-12}mm', 'the channel has a width of {3-12} mm'],
      [
        '当电池温度低于{-20--5}℃时启动加热',
        'heating is started when the battery temperature is below {-20--5} °C',
      ],
      ['所述隔热垫的厚度为{1-5}mm', 'the heat insulation pad has a thickness of {1-5} mm'],
      ['所述板体采用铝合金冲压成型', 'the plate body is stamped from aluminium alloy'],
    ],
    effects: ['heat', 'safety', 'lowTemperature', 'efficiency'],
  },
  {
    id: 'pack',
    name: ['电池包结构', 'battery pack structure'],
    weight: 6,
    onset: 2016,
    utilityModelShare: 0.6,
    ipc: ['H01M50/249', 'H01M50/20', 'H01M50/204', 'B60L50/64', 'B60K1/04'],
    cpcExtra: ['Y02E60/10', 'Y02T10/70'],
    field: ['动力电池包', 'traction battery packs'],
    titles: [
      {
        title: ['一种电池包箱体及车辆', 'Battery pack housing and vehicle'],
        subject: ['电池包箱体', 'battery pack housing'],
      },
      {
        title: ['无模组电池包及电动汽车', 'Module-free battery pack and electric vehicle'],
        subject: ['电池包', 'battery pack'],
        since: 2019,
      },
      {
        title: ['一种电池模组及其端板', 'Battery module and end plate thereof'],
        subject: ['电池模组', 'battery module'],
      },
    ],
    elements: [
      ['底板和围绕所述底板设置的边框', 'a bottom plate and a frame surrounding the bottom plate'],
      ['多个电芯', 'a plurality of cells'],
      ['横梁和纵梁', 'cross beams and longitudinal beams'],
    ],
    features: [
      ['所述电芯直接安装于所述箱体内', 'the cells are mounted directly in the housing'],
      ['所述边框采用铝型材挤压成型', 'the frame is made of extruded aluminium profiles'],
    ],
    dependents: [
      ['所述电芯的数量为{80-200}个', 'the number of cells is {80-200}'],
      [
        '所述底板与电芯之间设置有导热胶',
        'a thermally conductive adhesive is arranged between the bottom plate and the cells',
      ],
      ['所述横梁上设置有泄压通道', 'the cross beam is provided with a pressure relief channel'],
    ],
    effects: ['energyDensity', 'weight', 'cost', 'safety'],
  },
  {
    id: 'fast-charging',
    name: ['快充', 'fast charging'],
    weight: 5,
    onset: 2018,
    utilityModelShare: 0,
    ipc: ['H01M10/44', 'H02J7/00', 'H02J7/007', 'B60L53/62', 'H01M10/443'],
    cpcExtra: ['H02J7/00712', 'Y02T10/70', 'Y02T10/7072', 'Y02E60/10'],
    field: ['电池快速充电', 'fast battery charging'],
    titles: [
      {
        title: [
          '一种锂离子电池快速充电方法及装置',
          'Fast charging method and device for lithium-ion battery',
        ],
        subject: ['快速充电方法', 'fast charging method'],
      },
      {
        title: ['基于负极电位的快充控制方法', 'Fast charging control method based on anode potential'],
        subject: ['快充控制方法', 'fast charging control method'],
      },
      {
        title: [
          '电池充电方法、电池管理系统和充电设备',
          'Battery charging method, battery management system and charging device',
        ],
        subject: ['电池充电方法', 'battery charging method'],
      },
    ],
    elements: [
      ['获取电池的当前荷电状态和温度', 'acquiring a current state of charge and temperature of the battery'],
      [
        '确定多阶段恒流充电的电流序列',
        'determining a current sequence for multi-stage constant-current charging',
      ],
      ['监测负极电位', 'monitoring an anode potential'],
    ],
    features: [
      [
        '当所述负极电位低于析锂阈值时降低充电电流',
        'the charging current is reduced when the anode potential falls below a lithium plating threshold',
      ],
      [
        '所述充电倍率随荷电状态增加而逐级降低',
        'the charging rate decreases step by step as the state of charge increases',
      ],
    ],
    dependents: [
      ['第一阶段充电倍率为{2-6}C', 'a charging rate of the first stage is {2-6}C'],
      ['所述析锂阈值为{5-50}mV', 'the lithium plating threshold is {5-50} mV'],
      ['充电前对电池进行脉冲加热', 'the battery is pulse-heated before charging'],
    ],
    // cost is left out on purpose: an empty cell in an active row and column.
    effects: ['chargeTime', 'cycleLife', 'safety'],
  },
];
