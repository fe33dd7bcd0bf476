import { conceptMatcher } from '@server/analytics/text/concepts';
import { ftoIndexOfRows } from '@server/features/fto/fto-index';
import {
  analyseQuery,
  FLOOR_MIN_CONCEPTS,
  FLOOR_SHARE_OF_TOP,
  retrieve,
} from '@server/features/fto/retrieve';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { DISTRACTORS, droneFtoCorpus, RELEVANT } from '@test/fixtures/fto/drone-fto-corpus';
import { ftoIndexRowsOf } from '@test/fixtures/fto/index-rows';
import { describe, expect, it } from 'vitest';

const index = ftoIndexOfRows(ftoIndexRowsOf(droneFtoCorpus()), conceptMatcher(shippedSynonymTable().groups));
const inOffices =
  (...offices: string[]) =>
  (doc: number) =>
    offices.includes(index.jurisdiction[doc]!);
const ids = (docs: readonly { doc: number }[]) => docs.map(({ doc }) => index.ids[doc]);

describe('FTO retrieval (drone fixture, no database)', () => {
  it('scores a description by its concepts, not again by the words inside them', () => {
    const query = analyseQuery(index, 'A drone with collision avoidance senses obstacles ahead.');
    expect(query.terms).toEqual([
      'ahead',
      'syn:uav',
      'syn:collision-avoidance',
      'syn:obstacle',
      'syn:obstacle-sensing',
    ]);
    expect(query.conceptCount).toBe(5);
  });

  it('a family scores as its best member, so a Chinese text ranks its English-only members', () => {
    const retrieval = retrieve(
      index,
      '一种无人机，具有避障功能。无人机通过测距传感器感知前方障碍物，并改变航向以避免碰撞。',
      inOffices('EP', 'US'),
    );
    const familyA = retrieval.candidates.filter(({ hit }) => index.ids[hit.via] === RELEVANT.cnFamilyA);
    expect(ids(familyA).sort()).toEqual([RELEVANT.epFamilyA, RELEVANT.usFamilyA]);
    expect(familyA.map(({ membersInScope }) => membersInScope.length)).toEqual([2, 2]);
  });

  it('keeps families at or above the floor and counts the patents in scope below it', () => {
    const retrieval = retrieve(
      index,
      'A drone with collision avoidance. The drone senses obstacles ahead with a distance sensor and changes course to avoid a collision.',
      inOffices('US', 'EP'),
    );
    const { floor } = retrieval;
    expect(floor.minShareOfTop).toBe(FLOOR_SHARE_OF_TOP);
    expect(floor.minMatchedConcepts).toBe(FLOOR_MIN_CONCEPTS);
    expect(floor.minScore).toBeCloseTo(floor.topScore * FLOOR_SHARE_OF_TOP, 10);
    for (const { hit } of retrieval.candidates) {
      expect(hit.score).toBeGreaterThanOrEqual(floor.minScore);
      expect(hit.matchedConcepts).toBeGreaterThanOrEqual(floor.minMatchedConcepts);
    }
    const listed = ids(retrieval.candidates);
    expect(listed.slice(0, 5)).toEqual(
      expect.arrayContaining([RELEVANT.usFamilyB, RELEVANT.own, RELEVANT.epFamilyA, RELEVANT.usFamilyA]),
    );
    expect(listed).not.toContain(DISTRACTORS.networkRouting);
    // Every patent in scope that matched a query term is either listed or counted below the floor.
    const matchedInScope = index
      .search(retrieval.query.terms)
      .filter((hit) => inOffices('US', 'EP')(hit.docIndex)).length;
    expect(listed.length + floor.belowFloor).toBe(matchedInScope);
  });

  it('lists nothing and counts nothing when no query word is in the data', () => {
    const retrieval = retrieve(index, 'zeppelin mooring mast', inOffices('US'));
    expect(retrieval.candidates).toEqual([]);
    expect(retrieval.floor).toMatchObject({ topScore: 0, belowFloor: 0 });
  });
});
