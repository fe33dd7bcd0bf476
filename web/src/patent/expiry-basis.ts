/**
 * The expiry rule in the UI language. Ingest stores the rule as an English sentence
 * (ingest/normalise/expiry.ts, `expiryBasis`); its shapes are a closed set, so the drawer words them
 * again from their parts. A sentence of another shape is shown as stored. Pure.
 */
import type { Translate } from '../i18n';

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const COUNTED = new RegExp(`^(.+): (\\d+) years from (filing|grant) ${DATE}$`);
const MISSING = /^(.+): no (filing|grant) date$/;
const NO_RULE = /^([A-Z]{2}) (\w+): no term rule for this office and type$/;
const INVENTION = /^([A-Z]{2}) invention$/;
const UNKNOWN_TYPE = /^([A-Z]{2}) patent \(type unknown, invention rule\)$/;
const UTILITY_MODEL = /^([A-Z]{2}) utility model$/;
const CN_DESIGN = new RegExp(`^([A-Z]{2}) design \\((\\d+) y (from|before) ${DATE}\\)$`);
const US_DESIGN = new RegExp(`^([A-Z]{2}) design \\((\\d+) y from grant, filed (from|before) ${DATE}\\)$`);

/** The rule's name ("CN invention", "US design (15 y from grant, filed from 2015-05-13)"), worded. */
function ruleText(rule: string, t: Translate): string | undefined {
  let m = INVENTION.exec(rule);
  if (m) return t('drawer.expiry.rule.invention', { office: m[1]! });
  m = UNKNOWN_TYPE.exec(rule);
  if (m) return t('drawer.expiry.rule.unknownType', { office: m[1]! });
  m = UTILITY_MODEL.exec(rule);
  if (m) return t('drawer.expiry.rule.utilityModel', { office: m[1]! });
  m = CN_DESIGN.exec(rule);
  if (m) {
    const key = m[3] === 'from' ? 'drawer.expiry.rule.designFrom' : 'drawer.expiry.rule.designBefore';
    return t(key, { office: m[1]!, years: m[2]!, date: m[4]! });
  }
  m = US_DESIGN.exec(rule);
  if (m) {
    const key =
      m[3] === 'from' ? 'drawer.expiry.rule.designGrantFrom' : 'drawer.expiry.rule.designGrantBefore';
    return t(key, { office: m[1]!, years: m[2]!, date: m[4]! });
  }
  return undefined;
}

/** The stored expiry basis in the UI language; the stored text when its shape is not known. */
export function expiryBasisText(basis: string, t: Translate): string {
  if (basis.startsWith('WO international (PCT) application:')) return t('drawer.expiry.wo');
  const noRule = NO_RULE.exec(basis);
  if (noRule) return t('drawer.expiry.noRule', { office: noRule[1]!, type: noRule[2]! });
  const counted = COUNTED.exec(basis);
  const missing = counted ? undefined : MISSING.exec(basis);
  const rule = ruleText((counted ?? missing)?.[1] ?? '', t);
  if (!rule) return basis;
  if (counted) {
    const key = counted[3] === 'filing' ? 'drawer.expiry.fromFiling' : 'drawer.expiry.fromGrant';
    return t(key, { rule, years: counted[2]!, date: counted[4]! });
  }
  return t(missing![2] === 'filing' ? 'drawer.expiry.noFilingDate' : 'drawer.expiry.noGrantDate', { rule });
}
