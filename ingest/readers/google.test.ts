import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll } from '../testing/read-all';

describe('Google Patents reader', () => {
  it('skips the search URL line, re-joins "Co., Ltd." and rejects an unreadable id', async () => {
    const results = await readAll(exportFixture('google.csv'));
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'US20190123456A1', office: 'US', number: '20190123456', kind: 'A1' },
          {
            file: 'google.csv',
            line: 3,
            format: 'google',
          },
        ),
        type: 'invention',
        title: { en: 'Fictional drone arm' },
        applicants: [org('Sz Dji Technology Co., Ltd.', 'sz dji tech')],
        inventors: [person('Tao Wang'), person('Li Ming')],
        publicationDate: '2019-04-25',
        applicationDate: '2018-05-30',
        priorityDate: '2017-06-01',
        isGrant: false,
      },
    });
    expect(results[1]?.ok && results[1].record).toMatchObject({
      publication: { id: 'CN212345678U' },
      grantDate: '2021-04-02',
    });
    expect(results[2]).toEqual({
      ok: false,
      rejected: {
        source: { file: 'google.csv', line: 5, format: 'google' },
        code: 'BAD_PUBLICATION_NUMBER',
        field: 'publicationNumber',
        message: 'unreadable publication number "not-a-number"',
        excerpt: 'not-a-number,Broken id,,,,,,,,',
      },
    });
  });
});
