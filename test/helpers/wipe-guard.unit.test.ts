import { describe, expect, it } from 'vitest';
import { decideClaim, decideTarget, type TargetFacts } from './wipe-guard';

const facts = (over: Partial<TargetFacts> = {}, store: Partial<TargetFacts['testStore']> = {}) => ({
  uri: undefined,
  allowWipe: undefined,
  appHomeDir: '/repo/.patnav/neo4j',
  ...over,
  testStore: {
    homeDir: '/repo/.patnav/neo4j-test',
    boltPort: 17722,
    folder: 'stamped' as const,
    isDefaultFolder: true,
    running: false,
    ...store,
  },
});

describe('decideTarget: which Neo4j the integration tests may wipe', () => {
  it('uses the managed test store when NEO4J_URI is unset', () => {
    expect(decideTarget(facts())).toEqual({ use: 'managed' });
    for (const folder of ['missing', 'empty', 'stamped'] as const) {
      expect(decideTarget(facts({}, { folder, isDefaultFolder: false }))).toEqual({ use: 'managed' });
    }
  });

  it('refuses a NEO4J_URI of another server, naming the URI and the opt-in variable', () => {
    expect(decideTarget(facts({ uri: 'bolt://127.0.0.1:7687' }))).toEqual({
      use: 'none',
      refusal:
        "Refusing to run: NEO4J_URI=bolt://127.0.0.1:7687 is not this project's test instance, and the " +
        'integration tests delete every node of the database they run on.\n' +
        'Their own instance is the one test/global-setup.ts starts from /repo/.patnav/neo4j-test on ' +
        'bolt://127.0.0.1:17722: unset NEO4J_URI to use it.\n' +
        'If the database at bolt://127.0.0.1:7687 may be wiped, run again with PATNAV_TEST_ALLOW_WIPE=1 ' +
        '(the tests still refuse a database that holds data they did not write).',
    });
  });

  it('accepts another server only with PATNAV_TEST_ALLOW_WIPE exactly 1', () => {
    const uri = 'neo4j+s://example.databases.neo4j.io';
    expect(decideTarget(facts({ uri, allowWipe: '1' }))).toEqual({ use: 'uri', because: 'opted-in' });
    for (const allowWipe of ['', '0', 'true', 'yes']) {
      expect(decideTarget(facts({ uri, allowWipe })).use).toBe('none');
    }
  });

  it('recognises NEO4J_URI naming the running test instance on the loopback, and nothing else', () => {
    const running = { running: true };
    for (const uri of ['bolt://127.0.0.1:17722', 'neo4j://localhost:17722', 'bolt://[::1]:17722']) {
      expect(decideTarget(facts({ uri }, running)), uri).toEqual({ use: 'uri', because: 'test-instance' });
    }
    // Another port, another host, or not a URI.
    for (const uri of ['bolt://127.0.0.1:17687', 'bolt://10.0.0.5:17722', 'bolt://127.0.0.1', 'not a uri']) {
      expect(decideTarget(facts({ uri }, running)).use, uri).toBe('none');
    }
  });

  it('refuses the test port while the test instance is stopped: something else answers there', () => {
    const decision = decideTarget(facts({ uri: 'bolt://127.0.0.1:17722' }, { running: false }));
    expect(decision).toEqual({
      use: 'none',
      refusal:
        "Refusing to run: NEO4J_URI=bolt://127.0.0.1:17722 is not this project's test instance (the test " +
        'instance is not running), and the integration tests delete every node of the database they run on.\n' +
        'Their own instance is the one test/global-setup.ts starts from /repo/.patnav/neo4j-test on ' +
        'bolt://127.0.0.1:17722: unset NEO4J_URI to use it.\n' +
        'If the database at bolt://127.0.0.1:17722 may be wiped, run again with PATNAV_TEST_ALLOW_WIPE=1 ' +
        '(the tests still refuse a database that holds data they did not write).',
    });
  });

  it('never resets the store `npm start` uses, even with the opt-in', () => {
    const same = facts({ allowWipe: '1' }, { homeDir: '/repo/.patnav/neo4j/', isDefaultFolder: false });
    expect(decideTarget(same)).toEqual({
      use: 'none',
      refusal:
        'Refusing to run: the test store folder /repo/.patnav/neo4j (PATNAV_TEST_NEO4J_HOME) is the store ' +
        '`npm start` uses (PATNAV_NEO4J_HOME), and the test setup deletes its store at every run. ' +
        'Choose another folder.',
    });
  });

  it('resets a custom store folder the setup did not make only with the opt-in', () => {
    const custom = { homeDir: '/data/graph', folder: 'unstamped' as const, isDefaultFolder: false };
    expect(decideTarget(facts({}, custom))).toEqual({
      use: 'none',
      refusal:
        'Refusing to run: the test store folder /data/graph (PATNAV_TEST_NEO4J_HOME) exists and was not made ' +
        'by the test setup (it has no patnav-test-store file), and the setup deletes that folder at every run.\n' +
        'Point PATNAV_TEST_NEO4J_HOME at a new folder, or run again with PATNAV_TEST_ALLOW_WIPE=1 if it may go.',
    });
    expect(decideTarget(facts({ allowWipe: '1' }, custom))).toEqual({ use: 'managed' });
    // The default folder predates the stamp: earlier runs made it without one.
    expect(decideTarget(facts({}, { folder: 'unstamped', isDefaultFolder: true }))).toEqual({
      use: 'managed',
    });
  });
});

describe('decideClaim: a database the tests may write into', () => {
  const uri = 'bolt://db.example:7687';

  it('claims an empty database, and keeps a claimed one without writing again', () => {
    expect(decideClaim(uri, { claimed: false, otherNodes: false })).toEqual({ claim: true });
    expect(decideClaim(uri, { claimed: true, otherNodes: true })).toEqual({ claim: false });
  });

  it('refuses a database holding data the tests did not write', () => {
    expect(decideClaim(uri, { claimed: false, otherNodes: true })).toEqual({
      claim: false,
      refusal:
        'Refusing to run: the database at bolt://db.example:7687 holds data the tests did not write ' +
        '(nodes, but no :PatnavTestMarker node, which the test setup writes into a database it finds ' +
        'empty). Nothing was written or deleted. Point NEO4J_URI at an empty database.',
    });
  });
});
