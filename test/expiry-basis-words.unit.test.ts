/**
 * The drawer words every expiry rule ingest can store (ingest/normalise/expiry.ts) in zh and en
 * (web/src/patent/expiry-basis.ts): the basis strings come from the real estimator, so a change of its
 * wording that the drawer no longer parses fails here instead of showing English in the zh UI.
 */
import { describe, expect, it } from 'vitest';
import { estimateExpiry } from '../ingest/normalise/expiry';
import type { PatentRecord } from '../ingest/record';
import { createTranslator } from '../web/src/i18n';
import { expiryBasisText } from '../web/src/patent/expiry-basis';

function basisOf(
  office: string,
  type: PatentRecord['type'],
  dates: { applicationDate?: string; grantDate?: string },
) {
  const publication = { id: `${office}1`, office, number: '1' } as PatentRecord['publication'];
  return estimateExpiry({ publication, type, ...dates }).basis;
}

const CASES = [
  basisOf('CN', 'invention', { applicationDate: '2020-10-09' }),
  basisOf('CN', 'utility_model', { applicationDate: '2020-09-01' }),
  basisOf('CN', 'design', { applicationDate: '2022-01-05' }),
  basisOf('CN', 'design', { applicationDate: '2019-01-05' }),
  basisOf('US', 'design', { applicationDate: '2016-01-05', grantDate: '2017-03-01' }),
  basisOf('US', 'design', { applicationDate: '2014-01-05' }),
  basisOf('EP', 'unknown', { applicationDate: '2018-02-03' }),
  basisOf('EP', 'invention', {}),
  basisOf('WO', 'invention', { applicationDate: '2018-02-03' }),
  basisOf('JP', 'utility_model', { applicationDate: '2018-02-03' }),
];

describe('expiry basis in the UI language', () => {
  it('words every rule the estimator writes in Chinese', () => {
    expect(CASES.map((basis) => expiryBasisText(basis, createTranslator('zh')))).toEqual([
      'CN 发明：自申请日 2020-10-09 起 20 年',
      'CN 实用新型：自申请日 2020-09-01 起 10 年',
      'CN 外观设计（2021-06-01 及以后申请：15 年）：自申请日 2022-01-05 起 15 年',
      'CN 外观设计（2021-06-01 以前申请：10 年）：自申请日 2019-01-05 起 10 年',
      'US 外观设计（2015-05-13 及以后申请：自授权起 15 年）：自授权日 2017-03-01 起 15 年',
      'US 外观设计（2015-05-13 以前申请：自授权起 14 年）：缺授权日，无法估算',
      'EP 专利（类型未知，按发明规则）：自申请日 2018-02-03 起 20 年',
      'EP 发明：缺申请日，无法估算',
      'WO 国际（PCT）申请：本身不产生权利，故无届满日；期限在国家或地区阶段（其同族中的 CN、EP、US 等成员）计算',
      'JP 类型 utility_model：暂无该受理局与类型的期限规则',
    ]);
  });

  it('gives the stored English back in English, and unknown shapes as stored', () => {
    const en = createTranslator('en');
    expect(CASES.map((basis) => expiryBasisText(basis, en).replace(', not estimated', ''))).toEqual(CASES);
    expect(expiryBasisText('KR special rule', createTranslator('zh'))).toBe('KR special rule');
  });
});
