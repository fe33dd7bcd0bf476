import { describe, expect, it } from 'vitest';
import { foldSpellingVariants, transliterate } from './transliteration';

describe('transliterate', () => {
  it('writes Russian by BGN/PCGN without apostrophes: Ь Ъ dropped, Ё as e', () => {
    expect(transliterate('объединённые щит хим юг ярус')).toBe('obedinennye shchit khim yug yarus');
  });

  it('writes a name with Ukrainian letters by the Ukrainian system, word-initial forms first', () => {
    expect(transliterate('київські яблука')).toBe('kyivski yabluka');
    expect(transliterate('гімназія')).toBe('himnaziia');
  });

  it('writes a name with Ў by the Belarusian table and leaves Latin text alone', () => {
    expect(transliterate('гаўрыла')).toBe('hawryla');
    expect(transliterate('dji tech')).toBe('dji tech');
  });
});

describe('foldSpellingVariants', () => {
  it('folds Й endings and SHH everywhere, J/Y, IA/YA, TC, YE only in a Cyrillic name', () => {
    expect(foldSpellingVariants('krasnyj shhit antej', false)).toBe('krasny shchit antey');
    expect(foldSpellingVariants('wang jun iarus tcifra yelena', false)).toBe('wang jun iarus tcifra yelena');
    expect(foldSpellingVariants('junimaks iarus tcifra yelena alekseyev', true)).toBe(
      'yunimaks yarus tsifra elena alekseev',
    );
  });
});
