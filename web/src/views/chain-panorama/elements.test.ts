import { KIND_STYLES } from '@web/src/graph/kind-style';
import { scaleBySqrt } from '@web/src/graph/to-elements';
import { describe, expect, it } from 'vitest';
import { countColor, growthColor, MISSING_COLOR, rtaColor, shareColor } from '../navigation/color-scale';
import { BRANCH_SIZE, CHAIN_SIZE, panoramaElements, WEAK_LINK_CLASS } from './elements';
import { PANORAMA_FIXTURE } from './fixture.test-data';

const byId = (elements: ReturnType<typeof panoramaElements>) =>
  new Map(elements.map((element) => [element.data.id, element]));

describe('panorama elements', () => {
  it('has one node per chain, segment and branch, and one part-of edge per segment and branch', () => {
    const elements = panoramaElements(PANORAMA_FIXTURE, { measure: 'families', lang: 'en' });
    const nodes = elements.filter((element) => element.group === 'nodes');
    const edges = elements.filter((element) => element.group === 'edges');
    expect(nodes.map((n) => n.data.id)).toEqual([
      'chain:lib',
      'segment:lib:up',
      'segment:lib:down',
      'branch:lib:1',
      'branch:lib:1.1',
      'branch:lib:1.2',
      'branch:lib:3',
    ]);
    expect(edges.map((e) => [e.data.source, e.data.target])).toEqual([
      ['chain:lib', 'segment:lib:up'],
      ['chain:lib', 'segment:lib:down'],
      ['segment:lib:up', 'branch:lib:1'],
      ['branch:lib:1', 'branch:lib:1.1'],
      ['branch:lib:1', 'branch:lib:1.2'],
      ['segment:lib:down', 'branch:lib:3'],
    ]);
    expect(nodes.every((n) => n.position !== undefined)).toBe(true);
  });

  it('labels in the UI language with the measure value, sizes by families, keeps kind colours for structure', () => {
    const map = byId(panoramaElements(PANORAMA_FIXTURE, { measure: 'families', lang: 'zh' }));
    expect(map.get('branch:lib:1.1')?.data).toMatchObject({
      kind: 'branch',
      branchId: 'lib:1.1',
      label: '分支1.1 · 36',
      size: scaleBySqrt(36, 40, BRANCH_SIZE),
      color: countColor(36, 40),
    });
    expect(map.get('branch:lib:1')?.data.size).toBe(BRANCH_SIZE.max);
    expect(map.get('chain:lib')?.data).toMatchObject({ label: '锂电池 · 100', size: CHAIN_SIZE });
    expect(map.get('segment:lib:up')?.data).toMatchObject({
      label: '上游 · 60',
      color: KIND_STYLES.segment.color,
    });
    const kinds = byId(
      panoramaElements(PANORAMA_FIXTURE, {
        measure: 'families',
        lang: 'en',
        segmentKindLabel: (kind) => (kind === 'upstream' ? 'Upstream' : undefined),
      }),
    );
    expect(kinds.get('segment:lib:up')?.data.label).toBe('Upstream · Upstream · 60');
  });

  it('flags weak links with a class', () => {
    const map = byId(panoramaElements(PANORAMA_FIXTURE, { measure: 'families', lang: 'en' }));
    expect(map.get('branch:lib:1.2')?.classes).toBe(WEAK_LINK_CLASS);
    expect(map.get('branch:lib:1.1')?.classes).toBeUndefined();
  });

  it('colours by growth, by the applicant share and by RTA; no value is grey', () => {
    const growth = byId(panoramaElements(PANORAMA_FIXTURE, { measure: 'growth', lang: 'en' }));
    expect(growth.get('branch:lib:1.1')?.data.color).toBe(growthColor(1.5));
    expect(growth.get('branch:lib:1.2')?.data).toMatchObject({
      color: MISSING_COLOR,
      label: 'Branch 1.2 · —',
    });
    const share = byId(panoramaElements(PANORAMA_FIXTURE, { measure: 'share', lang: 'en' }));
    expect(share.get('branch:lib:1.1')?.data).toMatchObject({
      color: shareColor(0.25, 0.25),
      label: 'Branch 1.1 · 25%',
    });
    expect(share.get('branch:lib:3')?.data.color).toBe(MISSING_COLOR);
    const rta = byId(panoramaElements(PANORAMA_FIXTURE, { measure: 'rta', lang: 'en' }));
    expect(rta.get('branch:lib:1.1')?.data).toMatchObject({ color: rtaColor(2), label: 'Branch 1.1 · 2.00' });
    const empty = {
      ...PANORAMA_FIXTURE.segments[1]!.branches[0]!,
      families: 0,
      applicant: { key: 'catl', families: 0, shareOfBranch: 0, rta: 0 },
    };
    const noFamilies = byId(
      panoramaElements(
        { ...PANORAMA_FIXTURE, segments: [{ ...PANORAMA_FIXTURE.segments[1]!, branches: [empty] }] },
        { measure: 'rta', lang: 'en' },
      ),
    );
    expect(noFamilies.get('branch:lib:3')?.data).toMatchObject({
      color: MISSING_COLOR,
      label: 'Branch 3 · —',
    });
  });
});
