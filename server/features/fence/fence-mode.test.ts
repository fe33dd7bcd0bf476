import { describe, expect, it } from 'vitest';
import { concentration, layoutMode } from './fence-mode';

const owner = (key: string, patents: number) => ({ key, name: key, patents });

describe('fence layout mode', () => {
  it('labels a lone core 路障式, and says why with the numbers', () => {
    expect(layoutMode({ owners: [owner('a', 2)], ownPatents: 2, ownTextual: 2 })).toEqual({
      label: '路障式',
      en: 'roadblock',
      basis: {
        code: 'fence.roadblock',
        params: { patents: 2, owners: 1, hhi: 1, ownShare: 1 },
        text: '2 peripheral patents, 1 owners, HHI 1.00, own share 100 %: fewer than 3 around the core',
      },
    });
  });
  it('labels own same-group variants 城墙式 and own citing improvements 围栏式 (own fence)', () => {
    expect(layoutMode({ owners: [owner('a', 6), owner('b', 2)], ownPatents: 6, ownTextual: 4 }).label).toBe(
      '城墙式',
    );
    expect(
      layoutMode({ owners: [owner('a', 6), owner('b', 2)], ownPatents: 6, ownTextual: 1 }),
    ).toMatchObject({
      label: '围栏式',
      en: 'own fence',
    });
  });
  it('labels many small owners 丛林式 and a few others 围栏式 (hostile fence)', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((key) => owner(key, 2));
    expect(layoutMode({ owners: many, ownPatents: 2, ownTextual: 0 })).toMatchObject({
      label: '丛林式',
      basis: { code: 'fence.jungle', params: { patents: 10, owners: 5, hhi: 0.2, ownShare: 0.2 } },
    });
    expect(
      layoutMode({ owners: [owner('x', 5), owner('y', 3)], ownPatents: 0, ownTextual: 0 }),
    ).toMatchObject({
      label: '围栏式',
      en: 'hostile fence',
    });
  });
  it('computes HHI, the top owner and the own share', () => {
    expect(concentration({ owners: [owner('a', 3), owner('b', 1)], ownPatents: 1, ownTextual: 0 })).toEqual({
      owners: 2,
      hhi: 0.75 ** 2 + 0.25 ** 2,
      topOwner: owner('a', 3),
      topShare: 0.75,
      ownShare: 0.25,
    });
  });
});
