import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../migrations';
import { NODE_LABELS } from '../model';
import { NODE_KEYS, STORED_NODES } from './index';

describe('the stored model', () => {
  it('has a schema whose key property is the one each uniqueness constraint names', () => {
    const constrained = MIGRATIONS.flatMap((m) => m.statements)
      .filter((statement) => statement.includes('IS UNIQUE'))
      .map((statement) => {
        const [, label, property] = /FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE/.exec(statement)!;
        return [label, property];
      });
    // Migration nodes are MERGEd by id but carry no constraint (their count stays tiny).
    const keyed = NODE_LABELS.filter((label) => label !== 'Migration').map((label) => [
      label,
      NODE_KEYS[label],
    ]);
    expect(constrained).toEqual(keyed);
    for (const label of NODE_LABELS)
      expect(Object.keys(STORED_NODES[label].shape)).toContain(NODE_KEYS[label]);
  });
});
