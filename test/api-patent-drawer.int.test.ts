/**
 * `GET /api/patents/:id`'s drawer fields (issue 12, "Patent drawer") on the shared demo corpus,
 * each compared with the graph read independently: family members (loaded ones with office, kind,
 * status), all claims from claimsJson with independent ones marked, the legal-event timeline,
 * citing and cited publications, and the matched rule of each branch tag read from its branch.
 */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { PATENT_LIST_CAP, PatentDetail } from '@graph-schema/dto/patent';
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const PICK = `
MATCH (p:Patent)-[:IN_FAMILY]->(:Family)<-[:IN_FAMILY]-(m:Patent)
WHERE m <> p AND p.claimsJson IS NOT NULL AND EXISTS { (p)<-[:CITES]-() } AND EXISTS { (p)-[:TAGGED]->() }
WITH p, count(m) AS members
RETURN p.id AS id ORDER BY members DESC, p.id LIMIT 1`;

const GRAPH = `
MATCH (p:Patent {id: $id})
RETURN p.claimsJson AS claimsJson,
  [(f:Family)<-[:IN_FAMILY]-(m:Patent) WHERE (p)-[:IN_FAMILY]->(f) | [m.id, m.jurisdiction, m.kind, m.legalStatus]] AS members,
  [(p)<-[:CITES]-(c:Patent) | c.id] AS citing,
  [(p)-[:CITES]->(c:Patent) | c.id] AS cited,
  [(p)-[t:TAGGED]->(b:TechBranch) | [b.id, t.rule, b.rulesJson]] AS tags`;

const GraphRow = z.object({
  claimsJson: ClaimsJson,
  members: z.array(z.tuple([z.string(), z.string(), z.string().nullable(), z.string().nullable()])),
  citing: z.array(z.string()),
  cited: z.array(z.string()),
  tags: z.array(z.tuple([z.string(), z.string(), z.string().nullable()])),
});

const sorted = (ids: string[]) => [...ids].sort();

describe('patent drawer fields of GET /api/patents/:id', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('gives every family member, claim, citing and cited publication the graph holds', async () => {
    const [pick] = await readRows(db, z.object({ id: z.string() }), PICK, {});
    const id = pick!.id;
    const [graph] = await readRows(db, GraphRow, GRAPH, { id });
    const detail = PatentDetail.parse((await app.inject(`/api/patents/${id}`)).json());

    const loaded = detail.familyMembers!.items.filter((member) => member.loaded);
    expect(loaded.map((member) => member.id)).toContain(id);
    expect(loaded.map((m) => [m.id, m.jurisdiction, m.kind, m.legalStatus])).toEqual(
      [...graph!.members].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
    expect(detail.familyMembers!.total).toBe(detail.familyMembers!.items.length);

    expect(detail.claims).toEqual(
      graph!.claimsJson.map((claim) => ({
        number: claim.number,
        text: claim.text,
        independent: claim.dependsOn.length === 0,
        dependsOn: claim.dependsOn,
      })),
    );
    expect(detail.claims!.filter((claim) => claim.independent).length).toBeGreaterThan(0);

    const citingIds = sorted(graph!.citing).slice(0, PATENT_LIST_CAP);
    expect(detail.citingPatents).toEqual({
      total: graph!.citing.length,
      items: detail.citingPatents!.items,
    });
    expect(detail.citingPatents!.items.map((link) => link.id)).toEqual(citingIds);
    expect(detail.citedPatents!.total).toBe(graph!.cited.length);
    expect(detail.citedPatents!.items.map((link) => link.id)).toEqual(
      sorted(graph!.cited).slice(0, PATENT_LIST_CAP),
    );

    const tags = [...graph!.tags].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(detail.branches.map((branch) => [branch.id, branch.rule, branch.ruleDetail?.id ?? null])).toEqual(
      tags.map(([branch, rule, rulesJson]) => {
        const rules = z.array(z.object({ id: z.string() })).parse(JSON.parse(rulesJson ?? '[]') ?? []);
        return [branch, rule, rules.some((candidate) => candidate.id === rule) ? rule : null];
      }),
    );
    expect(detail.branches.every((branch) => branch.ruleDetail !== null)).toBe(true);
  });

  it('orders the legal events by date, undated last, as the source listed them otherwise', async () => {
    const [row] = await readRows(
      db,
      z.object({ id: z.string() }),
      'MATCH (p:Patent) WHERE p.legalEventsJson IS NOT NULL RETURN p.id AS id ORDER BY size(p.legalEventsJson) DESC, p.id LIMIT 1',
      {},
    );
    const detail = PatentDetail.parse((await app.inject(`/api/patents/${row!.id}`)).json());
    const dates = detail.legalEvents!.map((event) => event.date ?? '9999');
    expect(detail.legalEvents!.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
  });
});
