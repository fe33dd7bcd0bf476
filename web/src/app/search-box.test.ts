import { describe, expect, it } from 'vitest';
import { searchPageSearch } from './search-box';

describe('the header box’s “all results” address', () => {
  it('keeps language, project and scope, and drops the other view’s parameters', () => {
    expect(
      searchPageSearch('?view=applicant-cpc&lang=zh&project=p1&cpc=H01M&layout=cose&sel=x', 'ti:硅 OR 负极'),
    ).toBe('?view=search&lang=zh&project=p1&cpc=H01M&q=ti%3A%E7%A1%85+OR+%E8%B4%9F%E6%9E%81');
  });
});
