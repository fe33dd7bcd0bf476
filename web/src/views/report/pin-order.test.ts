import type { Pin } from '@graph-schema/dto/report';
import { describe, expect, it } from 'vitest';
import { chapterPatch, movePatch, pinsByChapter } from './pin-order';

function pin(id: string, chapter: Pin['chapter'], order: number, createdAt = '2026-12-04T10:00:00Z'): Pin {
  return {
    id,
    project: 'p1',
    view: 'gaps',
    state: 'view=gaps',
    title: id,
    dataVersion: 'v1',
    comment: '',
    chapter,
    snapshot: { svg: null, table: null },
    order,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('pins by chapter', () => {
  const pins = [
    pin('c', 'gaps', 1),
    pin('a', 'gaps', 0),
    pin('b', 'gaps', 0, '2026-12-04T11:00:00Z'),
    pin('d', 'trends', 0),
  ];
  const groups = pinsByChapter(pins);

  it('lists every chapter in report order with its pins by order, time and id', () => {
    expect(groups.map((group) => group.chapter)).toStrictEqual([
      'findings',
      'scope-method',
      'data-sources',
      'chain-panorama',
      'trends',
      'composition',
      'geography',
      'applicants',
      'gaps',
      'tech-effect',
      'core-patents',
      'tech-route',
      'risks',
      'talent',
      'limitations',
      'appendices',
    ]);
    expect(groups.find((group) => group.chapter === 'gaps')?.pins.map((p) => p.id)).toStrictEqual([
      'a',
      'b',
      'c',
    ]);
    expect(groups.find((group) => group.chapter === 'trends')?.pins.map((p) => p.id)).toStrictEqual(['d']);
  });

  it('moves within a chapter and to the end of another', () => {
    const gaps = groups.find((group) => group.chapter === 'gaps')!;
    expect([
      movePatch(gaps, 'b', -1),
      movePatch(gaps, 'a', -1),
      movePatch(gaps, 'c', 1),
      movePatch(gaps, 'a', 1),
    ]).toStrictEqual([{ order: 0 }, null, null, { order: 1 }]);
    expect(chapterPatch(groups, 'trends')).toStrictEqual({ chapter: 'trends', order: 1 });
  });
});
