/** Main path (technology route) and the fence around a core patent, on the demo corpus. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { FenceResponse } from '@graph-schema/dto/fence';
import { MainPathResponse } from '@graph-schema/dto/routes';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const CountRow = z.object({ n: z.number() });
const IdPriorityDateRow = z.object({ id: z.string(), priorityDate: z.string() });
const KeysRow = z.object({ keys: z.array(z.string()) });

let db: Database;
let app: FastifyInstance;
useDemoApp((demo) => {
  ({ db, app } = demo);
});

const citesBetweenFamilies = async (citing: string, cited: string) => {
  const [row] = await readRows(
    db,
    CountRow,
    'MATCH (:Patent {familyId: $citing})-[:CITES]->(:Patent {familyId: $cited}) RETURN count(*) AS n',
    { citing, cited },
  );
  return row!.n;
};

describe('GET /api/routes/main-path', () => {
  it.each(['local-forward', 'global', 'key-route'] as const)(
    '%s: edges are citations in knowledge-flow order with SPC > 0',
    async (variant) => {
      const response = await app.inject(`/api/routes/main-path?variant=${variant}&k=5`);
      expect(response.statusCode, response.body).toBe(200);
      const body = MainPathResponse.parse(response.json());
      expect(body.variant).toBe(variant);
      expect(body.edges.length).toBeGreaterThan(0);
      expect(body.path.map((p) => p.patentId)).toEqual(body.nodes.map((n) => n.id));
      const order = new Map(body.path.map((p, k) => [p.patentId, k]));
      const familyOf = new Map(body.path.map((p) => [p.patentId, p.familyId]));
      for (const edge of body.edges) {
        expect(edge.weight).toBeGreaterThan(0);
        expect(order.get(edge.source)!).toBeLessThan(order.get(edge.target)!);
        // Knowledge flows from the cited (source) to the citing (target) family.
        expect(
          await citesBetweenFamilies(familyOf.get(edge.target)!, familyOf.get(edge.source)!),
        ).toBeGreaterThan(0);
      }
      for (const node of body.nodes) {
        expect(node.position).toBeDefined();
        expect(node.details.spc).toBeGreaterThan(0);
      }
      const years = body.path.map((p) => p.year!);
      for (const node of body.nodes)
        expect(node.position!.x).toBe((Number(node.details.year) - Math.min(...years)) * 160);
      expect(body.brokenCycleEdges).toBeGreaterThanOrEqual(0);
      expect(body.path.every((p) => p.title !== null)).toBe(true);
    },
  );

  it('global is a single chain from a source to a sink', async () => {
    const body = MainPathResponse.parse((await app.inject('/api/routes/main-path?variant=global')).json());
    expect(body.edges).toHaveLength(body.nodes.length - 1);
  });

  it('rejects an unknown variant naming the field', async () => {
    const response = await app.inject('/api/routes/main-path?variant=longest');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('variant');
  });
});

describe('GET /api/patents/:id/fence', () => {
  const mostCited = async () => {
    const [row] = await readRows(
      db,
      IdPriorityDateRow,
      `MATCH (c:Patent {jurisdiction: 'CN'})<-[:CITES]-(p:Patent)
       WHERE c.external = false AND p.priorityDate > c.priorityDate AND p.familyId <> c.familyId
       RETURN c.id AS id, toString(c.priorityDate) AS priorityDate, count(p) AS n ORDER BY n DESC, id LIMIT 1`,
    );
    return row!;
  };

  it('lists later peripheral patents with their evidence, grouped into own and hostile fences', async () => {
    const core = await mostCited();
    const response = await app.inject(`/api/patents/${core.id}/fence?window=20`);
    expect(response.statusCode, response.body).toBe(200);
    const fence = FenceResponse.parse(response.json());
    const members = [...fence.own.members, ...fence.hostile.members];
    expect(members.length).toBeGreaterThan(0);
    expect(members.some((m) => m.evidence.some((e) => e.kind === 'cites'))).toBe(true);
    const [coreParties] = await readRows(
      db,
      KeysRow,
      'MATCH (c:Patent {id: $id}) RETURN [(c)-[:OWNED_BY|FILED_BY]->(a) | a.key] AS keys',
      { id: core.id },
    );
    for (const member of members) {
      expect(member.priorityDate! > core.priorityDate).toBe(true);
      for (const evidence of member.evidence) {
        if (evidence.kind === 'text') {
          expect(evidence.similarity).toBeGreaterThanOrEqual(0.3);
          expect(evidence.sharedTerms.length).toBeGreaterThan(0);
        } else if (evidence.hops === 1) {
          const [row] = await readRows(
            db,
            CountRow,
            'MATCH (:Patent {id: $p})-[:CITES]->(:Patent {id: $c}) RETURN count(*) AS n',
            { p: member.patentId, c: core.id },
          );
          expect(row!.n).toBe(1);
        }
      }
    }
    for (const member of fence.own.members) expect(coreParties!.keys).toContain(member.owner!.key);
    for (const member of fence.hostile.members) expect(coreParties!.keys).not.toContain(member.owner?.key);
    const total = fence.own.patents + fence.hostile.patents;
    expect(fence.expiryProfile.reduce((sum, y) => sum + y.patents, 0)).toBe(total);
    expect(fence.concentration.ownShare).toBeCloseTo(fence.own.patents / total, 12);
    expect(fence.concentration.hhi).toBeGreaterThan(0);
    expect(fence.concentration.hhi).toBeLessThanOrEqual(1);
    expect(['路障式', '城墙式', '围栏式', '丛林式']).toContain(fence.layoutMode.label);
    expect(fence.layoutMode.basis.text).toContain(`${total} peripheral patents`);
    expect(fence.layoutMode.basis.params.patents).toBe(total);
  });

  it('two hops find at least the direct citers', async () => {
    const core = await mostCited();
    const count = async (hops: number) => {
      const fence = FenceResponse.parse(
        (await app.inject(`/api/patents/${core.id}/fence?hops=${hops}&window=20`)).json(),
      );
      return fence.own.patents + fence.hostile.patents;
    };
    expect(await count(2)).toBeGreaterThanOrEqual(await count(1));
  });

  it('unknown patent → 404; a bad window → 400 naming it', async () => {
    const missing = await app.inject('/api/patents/CN999999999A/fence');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'NOT_FOUND', message: 'patent "CN999999999A" not found' });
    const bad = await app.inject('/api/patents/CN999999999A/fence?window=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('window');
  });
});
