/**
 * `npm run eval:effects`: prints precision/recall of effect extraction on the labelled set, per
 * field and split, for the lexicon-only detection (before) and the phrase extractor (after).
 * `--details FIELD` also lists, for that field's dev split, what was missed and what was extra.
 */
import { EXTRACTORS, type Score, scoreByField } from './evaluate';
import { loadGold } from './gold';
import { documentCounts, precision, recall } from './score';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
/** Precision of nothing found is undefined: shown as n/a rather than 100 %. */
const pr = (c: { truePositives: number; found: number; gold: number } | undefined) =>
  c === undefined ? '     –/     –' : `${c.found === 0 ? '   n/a' : pct(precision(c))}/${pct(recall(c))}`;

function row(field: string, split: string, s: Score): string {
  return [
    field.padEnd(16),
    split.padEnd(4),
    String(s.documents).padStart(4),
    `${s.documentsWithGold}/${s.documentsWithFound}`.padStart(8),
    pr(s.document.strict),
    pr(s.document.loose),
    s.phrasePrecision && s.phraseRecall
      ? `${pct(precision(s.phrasePrecision))}/${pct(recall(s.phraseRecall))}`
      : '     –/     –',
  ].join('  ');
}

const gold = loadGold();
for (const [name, extractor] of Object.entries(EXTRACTORS)) {
  console.log(
    `\n${name}: P/R  (documents; with gold/with found effects; document strict; document loose; phrase)`,
  );
  for (const { field, split, score } of scoreByField(gold, extractor)) console.log(row(field, split, score));
}

const detailsAt = process.argv.indexOf('--details');
if (detailsAt >= 0) {
  const field = process.argv[detailsAt + 1];
  for (const doc of gold.filter((d) => d.field === field && d.split === 'dev')) {
    const found = EXTRACTORS.phrases(doc).effects;
    const counts = documentCounts(
      doc.gold.map((g) => g.effect),
      found,
      doc.lang === 'zh',
      'loose',
    );
    if (counts.truePositives === counts.gold && counts.truePositives === counts.found) continue;
    console.log(
      `\n${doc.id}  gold=${JSON.stringify(doc.gold.map((g) => g.effect))}\n  found=${JSON.stringify([...new Set(found)])}`,
    );
  }
}
