import { describe, expect, it } from 'vitest';
import { externalSettings, resolveConnection } from './connect';

const NO_LOG = (line: string) => {
  throw new Error(`nothing should be started or logged: ${line}`);
};

describe('an external Neo4j (NEO4J_URI)', () => {
  it('accepts routing URIs of a cluster or Aura and starts no Neo4j of its own', async () => {
    for (const uri of [
      'neo4j+s://1a2b3c4d.databases.neo4j.io',
      'neo4j://core1.example.internal:7687',
      'neo4j+ssc://cluster.example.internal',
      'bolt://127.0.0.1:7687',
      'bolt+s://db.example.internal:7687',
    ]) {
      const resolved = await resolveConnection(
        { NEO4J_URI: uri, NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'patents' },
        NO_LOG,
      );
      expect(resolved).toEqual({
        managed: false,
        settings: { uri, user: 'neo4j', password: 'secret', database: 'patents' },
      });
    }
  });

  it('refuses a URI of another scheme or a missing password, naming the variable', () => {
    expect(() => externalSettings({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      'NEO4J_URI is set, but: NEO4J_URI: expected bolt://, neo4j://, bolt+s:// or neo4j+s://',
    );
    expect(() => externalSettings({ NEO4J_URI: 'neo4j+s://a.databases.neo4j.io' })).toThrow(
      'NEO4J_URI is set, but: NEO4J_PASSWORD: must be set with NEO4J_URI',
    );
  });
});
