import { demoFileNames } from '@demo/corpus';
import { resolveCorpusOptions } from '@demo/generate';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE_PREFIX } from './demo-marker';

describe('demo corpus marker', () => {
  it('every file the demo generator writes starts with the prefix the report looks for', () => {
    const names = demoFileNames(resolveCorpusOptions({ families: 600, seed: 11 }));
    expect(Object.values(names).map((name) => name.startsWith(DEMO_FILE_PREFIX))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
