import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vocabularyProblems } from './check';
import { DOMINANT_APPLICANTS, type DominantApplicant, TOPICS, type Topic } from './index';
import { parseVocabulary, VOCABULARY_FILES, type VocabularyFileName } from './schema';

const DIR = path.dirname(fileURLToPath(import.meta.url));

describe('demo vocabulary files', () => {
  it('are all registered, and each one loads from disk and validates', async () => {
    const files = (await readdir(DIR)).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(VOCABULARY_FILES).sort());
    for (const file of files as VocabularyFileName[]) {
      const json: unknown = JSON.parse(await readFile(path.join(DIR, file), 'utf8'));
      const parsed = parseVocabulary(file, json);
      expect(parsed.source, file).toMatch(/^Synthetic: made up by the PatNav project/);
    }
  });

  it('give the topics in the order the seeded output depends on', () => {
    expect(TOPICS.map((topic) => topic.id)).toEqual([
      'cathode',
      'anode',
      'solid-electrolyte',
      'electrolyte',
      'separator',
      'bms',
      'thermal',
      'pack',
      'fast-charging',
      'motor',
      'inverter',
      'charging-pile',
      'recycling',
      'pv-module',
    ]);
    expect(DOMINANT_APPLICANTS).toHaveLength(8);
  });

  it('report every problem of a broken file with the file and the JSON path', () => {
    const broken = { source: 'Real banks', description: 'pledgees', pledgees: ['川兴银行', 3], extra: 1 };
    expect(() => parseVocabulary('banks.json', broken)).toThrow(
      new Error(
        [
          'demo vocabulary banks.json is invalid:',
          '  source: Invalid string: must start with "Synthetic"',
          '  pledgees[1]: Invalid input: expected string, received number',
          '  (root): Unrecognized key: "extra"',
        ].join('\n'),
      ),
    );
  });

  it('report ids used in one file but defined nowhere, and ids defined twice', () => {
    const [cathode, anode] = TOPICS as [Topic, Topic];
    const [applicant] = DOMINANT_APPLICANTS as [DominantApplicant];
    const problems = vocabularyProblems({
      topics: [
        { ...cathode, effects: ['safety'] },
        { ...anode, effects: ['safety', 'levitation'] },
        { ...cathode, effects: ['safety'] },
      ],
      effects: { safety: { zh: '提升安全性', en: 'improve safety' } },
      applicants: [
        {
          ...applicant,
          topics: [
            ['cathode', 1],
            ['teleport', 2],
          ],
        },
        { ...applicant, topics: [['anode', 1]] },
      ],
      firmLines: [{ topics: ['anode'] }, { topics: ['warp-drive'] }],
      foreignFirmLines: [{ topics: ['cathode', 'time-machine'] }],
    });
    expect(problems).toEqual([
      'topics-*.json: topic id "cathode" is defined twice',
      `applicants-dominant.json: applicant id "${applicant.id}" is defined twice`,
      'topics-*.json: topic "anode" names unknown effect "levitation"',
      `applicants-dominant.json: applicant "${applicant.id}" names unknown topic "teleport"`,
      'names.json: firmLines[1].topics names unknown topic "warp-drive"',
      'names.json: foreignFirmLines[0].topics names unknown topic "time-machine"',
    ]);
  });
});
