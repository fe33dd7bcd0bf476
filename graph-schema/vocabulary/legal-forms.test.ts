import { describe, expect, it } from 'vitest';
import { hasCyrillicOnlyLegalForm, hasLegalForm, withoutLegalForms } from './legal-forms';

const words = (name: string) => name.split(' ');

describe('withoutLegalForms', () => {
  it('takes spaced, joined, Cyrillic and romanised forms off either end, longest first', () => {
    expect(withoutLegalForms(words('dronetech spol s r o'))).toEqual(['dronetech']);
    expect(withoutLegalForms(words('acme gmbh co kg'))).toEqual(['acme']);
    expect(withoutLegalForms(words('ооо аэроскан'))).toEqual(['аэроскан']);
    expect(withoutLegalForms(words('obshestvo s ogranichennoj otvetstvennost ju parafarm'))).toEqual([
      'parafarm',
    ]);
    expect(withoutLegalForms(words('pao navigator ojsc'))).toEqual(['navigator']);
  });

  it('never empties a name and leaves forms inside it and ambiguous starts alone', () => {
    expect(withoutLegalForms(words('s a'))).toEqual(['s', 'a']);
    expect(withoutLegalForms(words('gmbh'))).toEqual(['gmbh']);
    expect(withoutLegalForms(words('ao smith'))).toEqual(['ao', 'smith']);
    expect(withoutLegalForms(words('sa vision systems'))).toEqual(['sa', 'vision', 'systems']);
  });
});

describe('hasLegalForm', () => {
  it('needs a name besides the form', () => {
    expect(hasLegalForm(words('fugro n v'))).toBe(true);
    expect(hasLegalForm(words('ltd'))).toBe(false);
    expect(hasLegalForm(words('young paul e'))).toBe(false);
  });
});

describe('hasCyrillicOnlyLegalForm', () => {
  it('marks a Latin name carrying a form used only in RU, UA, BY or KZ as romanised', () => {
    expect(
      ['ooo aeroskan', 'yunimaks zao', 'tov kyivski drony', 'juno llc', 'ao smith', 'acme gmbh'].map((name) =>
        hasCyrillicOnlyLegalForm(words(name)),
      ),
    ).toEqual([true, true, true, false, false, false]);
  });
});
