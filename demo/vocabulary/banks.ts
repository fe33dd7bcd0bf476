/** Fictional pledgees (质权人) for patent pledge financing events. */
export const PLEDGEES: readonly string[] = [
  '川兴银行股份有限公司',
  '滨海农村商业银行股份有限公司',
  '华晟科技融资担保有限公司',
  '东沐银行股份有限公司科技支行',
];
