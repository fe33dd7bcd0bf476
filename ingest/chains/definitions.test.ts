/**
 * The shipped chains on real-looking records: each record lands in the branches an analyst would
 * expect, through the rule that should fire. Where a CNIPA rule is broad (B60L* + 电动汽车 is
 * "电机、发动机制造"), the test pins that behaviour so a change to it is deliberate.
 */

import { type CompiledChains, compileChains, tagRecord } from '@graph-schema/chains/tagger';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_CHAINS_DIR, loadChainDefinitions } from './load';
import { makeRecord, type RecordSketch } from './test-records';

let compiled: CompiledChains;
beforeAll(async () => {
  const { chains, errors } = await loadChainDefinitions(BUILT_IN_CHAINS_DIR);
  if (errors.length > 0) throw new Error(`built-in chains invalid: ${JSON.stringify(errors)}`);
  compiled = compileChains(chains.map((loaded) => loaded.chain));
});

/** [branch, rule, matched symbol, matched keyword] per tag, for compact whole-value assertions. */
function tagsOf(sketch: RecordSketch) {
  return tagRecord(makeRecord(sketch), compiled).map((tag) => [
    tag.branchId,
    tag.ruleId,
    tag.matchedBy.classification ?? null,
    tag.matchedBy.keyword ?? null,
  ]);
}

describe('ev chain', () => {
  it('tags an EV drive motor to 电机、发动机制造', () => {
    const record = {
      titleZh: '一种电动汽车驱动电机的转子结构',
      abstractZh: '本发明公开了一种电动汽车驱动电机的转子结构，包括转子铁芯和永磁体。',
      ipc: ['H02K1/27', 'H02K15/03'],
    };
    expect(tagsOf(record)).toEqual([['ev-motor', 'ev-motor-r1', 'H02K1/27', '电动汽车']]);
  });

  it('tags an English charging-station patent to charging equipment and charging services', () => {
    const record = {
      titleEn: 'Charging station for electric vehicles with a liquid-cooled charging cable',
      ipc: ['B60L53/16', 'B60L53/302', 'H02J7/00'],
    };
    expect(tagsOf(record)).toEqual([
      // CNIPA 1.2.1.1 rule 2 is B60L* + 电动汽车: broad by design of the source table.
      ['ev-motor', 'ev-motor-r2', 'B60L53/16', 'electric vehicle'],
      ['ev-charging-equipment', 'ev-charging-equipment-r1', 'B60L53/16', 'charging station'],
      ['ev-charging-swapping', 'ev-charging-swapping-r1', 'B60L53/16', 'electric vehicle'],
    ]);
  });

  it('drops a record that mentions fuel vehicles (不包括燃料汽车)', () => {
    expect(tagsOf({ titleZh: '适用于电动汽车和燃料汽车的电机', ipc: ['H02K1/27'] })).toEqual([]);
  });
});

describe('lithium-battery chain', () => {
  it('tags an LFP cathode to 磷酸铁锂 only (shared 锂离子/正极 terms are context, not evidence)', () => {
    const record = {
      titleZh: '一种磷酸铁锂正极材料及其制备方法',
      abstractZh: '本发明提供一种碳包覆磷酸铁锂正极材料，用于锂离子电池，提高倍率性能。',
      ipc: ['H01M4/58', 'H01M4/136', 'C01B25/45', 'H01M10/0525'],
    };
    expect(tagsOf(record)).toEqual([['lib-cathode-lfp', 'lib-cathode-lfp-r1', 'H01M4/58', '磷酸铁锂']]);
  });

  it('tags a wet-process PE separator to 聚乙烯隔膜, not 聚丙烯隔膜', () => {
    const record = {
      titleZh: '一种湿法聚乙烯锂离子电池隔膜及其制备方法',
      abstractZh: '采用热致相分离工艺制备聚乙烯微孔隔膜。',
      ipc: ['H01M50/417', 'H01M50/403'],
    };
    expect(tagsOf(record)).toEqual([['lib-separator-pe', 'lib-separator-pe-r1', 'H01M50/417', '湿法']]);
  });

  it('tags battery recycling downstream', () => {
    const record = {
      titleZh: '一种废旧锂离子电池正极材料的回收方法',
      abstractZh: '将废旧电池拆解后浸出回收锂、镍、钴。',
      ipc: ['C22B7/00', 'H01M10/54'],
      cpc: ['Y02W30/84'],
    };
    expect(tagsOf(record)).toEqual([['lib-recycling', 'lib-recycling-r1', 'H01M10/54', '锂']]);
  });
});

describe('pv chain', () => {
  it('tags a TOPCon cell to TOPCon and to the general crystalline-silicon branch', () => {
    const record = {
      titleZh: '一种TOPCon太阳能电池及其制备方法',
      abstractZh: '在硅片背面依次形成隧穿氧化层和掺杂多晶硅层，实现钝化接触。',
      ipc: ['H01L31/0216', 'H01L31/18'],
    };
    expect(tagsOf(record)).toEqual([
      ['pv-cell-topcon', 'pv-cell-topcon-r1', 'H01L31/0216', '隧穿'],
      ['pv-cell-crystalline', 'pv-cell-crystalline-r1', 'H01L31/18', '太阳能电池'],
    ]);
  });

  it('tags a 0BB module to 无主栅组件 and polysilicon reduction to 改良西门子法', () => {
    const module = {
      titleZh: '一种0BB光伏组件及其制备方法',
      abstractZh: '电池片表面采用无主栅设计，通过焊带与胶膜固定。',
      ipc: ['H01L31/05', 'H02S40/36'],
    };
    expect(tagsOf(module)).toEqual([
      ['pv-module-busbarless', 'pv-module-busbarless-r1', 'H02S40/36', '无主栅'],
    ]);
    const polysilicon = {
      titleZh: '一种改良西门子法生产多晶硅的还原炉',
      abstractZh: '三氯氢硅与氢气反应沉积多晶硅。',
      ipc: ['C01B33/035'],
    };
    expect(tagsOf(polysilicon)).toEqual([
      ['pv-polysilicon-siemens', 'pv-polysilicon-siemens-r2', 'C01B33/035', '沉积'],
    ]);
  });
});

describe('drones chain', () => {
  it('tags a delivery quadcopter to the multirotor platform and to delivery by B64U codes alone', () => {
    const record = {
      titleEn: 'Unmanned aerial vehicle for parcel delivery',
      ipc: ['B64U10/14', 'B64D1/22'],
      cpc: ['B64U2101/64', 'B64U10/14', 'B64D1/22'],
    };
    expect(tagsOf(record)).toEqual([
      ['drones-airframe-multirotor', 'drones-airframe-multirotor-r1', 'B64U10/14', null],
      ['drones-delivery', 'drones-delivery-r1', 'B64U2101/64', null],
    ]);
  });

  it('tags crop spraying, gimbals and counter-drone systems', () => {
    const spraying = { titleZh: '一种植保无人机的喷洒装置', ipc: ['B64D1/18', 'A01M7/00'] };
    expect(tagsOf(spraying)).toEqual([['drones-agriculture', 'drones-agriculture-r2', 'B64D1/18', '无人机']]);
    const gimbal = {
      titleZh: '一种无人机云台',
      ipc: ['F16M11/12', 'B64U20/87'],
      cpc: ['B64U20/87', 'B64U2101/30'],
    };
    expect(tagsOf(gimbal)).toEqual([
      ['drones-payload', 'drones-payload-r1', 'B64U20/87', null],
      ['drones-surveying', 'drones-surveying-r1', 'B64U2101/30', null],
    ]);
    const counter = { titleEn: 'Counter-drone system using RF jamming', ipc: ['H04K3/00', 'G01S13/88'] };
    expect(tagsOf(counter)).toEqual([['drones-defence', 'drones-defence-r2', null, 'counter-drone']]);
  });
});
