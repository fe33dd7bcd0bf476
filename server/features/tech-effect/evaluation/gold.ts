/** The hand-labelled effect evaluation set (effects-gold.jsonl beside this file), validated on load. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const GoldEffect = z.object({
  /** The words of the abstract that state the effect (an exact substring at start..end). */
  phrase: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** A lexicon effect id, or a free effect `up:object` / `down:object` / `enable:object`. */
  effect: z.string().regex(/^([a-z][A-Za-z]*|(up|down|enable):.+)$/),
});

export const GoldDocument = z
  .object({
    id: z.string().min(1),
    field: z.string().min(1),
    lang: z.enum(['en', 'zh']),
    split: z.enum(['dev', 'test']),
    cpc: z.array(z.string()),
    source: z.object({ repo: z.string(), commit: z.string().length(40), path: z.string() }),
    title: z.string().optional(),
    text: z.string().min(1),
    gold: z.array(GoldEffect),
  })
  .refine((doc) => doc.gold.every((g) => doc.text.slice(g.start, g.end) === g.phrase), {
    message: 'a gold phrase is not the text at its offsets',
  });
export type GoldDocument = z.infer<typeof GoldDocument>;

export const GOLD_PATH = new URL('./effects-gold.jsonl', import.meta.url);

/** Parses the JSONL file; a bad line stops the evaluation with its line number. */
export function loadGold(path: URL = GOLD_PATH): GoldDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = GoldDocument.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`effects-gold.jsonl line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
