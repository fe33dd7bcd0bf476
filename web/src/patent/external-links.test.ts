import { describe, expect, it } from 'vitest';
import { registerLinks, usptoNumber } from './external-links';

describe('register links', () => {
  it('offers Espacenet, Google Patents and the CNIPA search page for a CN number', () => {
    expect(registerLinks('CN112345678A')).toEqual([
      {
        register: 'espacenet',
        url: 'https://worldwide.espacenet.com/patent/search?q=pn%3DCN112345678A',
        direct: true,
      },
      { register: 'google', url: 'https://patents.google.com/patent/CN112345678A', direct: true },
      { register: 'cnipa', url: 'http://epub.cnipa.gov.cn/', direct: false },
    ]);
  });

  it('adds Patent Public Search for US grants and pre-grant publications', () => {
    expect(registerLinks('US11235876B2').map((link) => link.url)).toEqual([
      'https://worldwide.espacenet.com/patent/search?q=pn%3DUS11235876B2',
      'https://patents.google.com/patent/US11235876B2',
      'https://ppubs.uspto.gov/pubwebapp/external.html?q=(11235876).pn.',
    ]);
    expect(usptoNumber('US2021012345A1')).toBe('20210012345');
    expect(usptoNumber('US20210012345A1')).toBe('20210012345');
    expect(usptoNumber('US06123456A')).toBe('6123456');
    expect(usptoNumber('EP1234567B1')).toBeUndefined();
  });

  it('offers nothing for a number it cannot read', () => {
    expect(registerLinks('not a number')).toEqual([]);
  });
});
