import { parseDocNumber, parsePriorityNumber } from '@ingest/normalise/numbers';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generate';
import { cnCheckDigit, displayKeyFromId } from './numbering';

const corpus = generateCorpus({ families: 400, seed: 11 });

describe('document numbers', () => {
  it('gives display keys that the project number parser maps back to the same id', () => {
    for (const patent of corpus) {
      expect(displayKeyFromId(patent.publicationId)).toBe(patent.displayKey);
      expect(parseDocNumber(patent.displayKey)?.id).toBe(patent.publicationId);
      expect(parseDocNumber(patent.publicationId)?.id).toBe(patent.publicationId);
    }
  });

  it('writes CN application numbers with a valid CNIPA check digit', () => {
    const cn = corpus.filter((patent) => patent.office === 'CN');
    for (const patent of cn) {
      const match = /^CN(\d{12})\.([\dX])$/.exec(patent.applicationNumber);
      expect(match, patent.applicationNumber).not.toBeNull();
      expect(cnCheckDigit(match![1]!)).toBe(match![2]);
      expect(parseDocNumber(patent.applicationNumber)?.id).toBe(`CN${match![1]}`);
    }
  });

  it('writes priority numbers in the Lens form the parser reads', () => {
    const withPriority = corpus.filter((patent) => patent.priorities.length > 0);
    expect(withPriority.length).toBeGreaterThan(20);
    for (const patent of withPriority) {
      const parsed = parsePriorityNumber(
        `${patent.priorities[0]!.number} ${patent.priorities[0]!.date.replaceAll('-', '')}`,
      );
      expect(parsed?.date).toBe(patent.earliestPriorityDate);
    }
  });
});
