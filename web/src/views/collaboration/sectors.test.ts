import { describe, expect, it } from 'vitest';
import { colourBySector, SECTOR_STYLES, sectorOf } from './sectors';

describe('colourBySector', () => {
  it('gives nodes their sector colour and shape and leaves edges alone', () => {
    const elements = colourBySector(
      [
        { group: 'nodes', data: { id: 'a:u', color: '#000', shape: 'ellipse' } },
        { group: 'nodes', data: { id: 'a:x', color: '#000', shape: 'ellipse' } },
        { group: 'edges', data: { id: 'e', source: 'a:u', target: 'a:x' } },
      ],
      new Map([['a:u', 'university' as const]]),
    );
    expect(elements[0]!.data).toMatchObject(SECTOR_STYLES.university);
    expect(elements[1]!.data).toMatchObject({ color: '#000', shape: 'ellipse' });
    expect(elements[2]!.data).toStrictEqual({ id: 'e', source: 'a:u', target: 'a:x' });
  });

  it('reads unknown sectors as other', () => {
    expect([sectorOf('research'), sectorOf('bank'), sectorOf(undefined)]).toEqual([
      'research',
      'other',
      'other',
    ]);
  });
});
