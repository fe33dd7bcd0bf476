/**
 * The applicant × branch matrix of the applicants chapter: the top applicants of the project's
 * chain per leaf branch from `applicantBranchMap` (behind `GET /api/maps/applicant-branch`), plus
 * the target and competitors outside that top from `chainPanorama` with `applicant` (behind
 * `GET /api/chains/:id/panorama?applicant=`), whose leaf counts are the same distinct families.
 */

import { ApplicantBranchMapQuery } from '@graph-schema/dto/chain-maps';
import { ChainPanoramaQuery } from '@graph-schema/dto/chains';
import type { ApplicantRef } from '@graph-schema/dto/project';
import type { Evidence, ReportBlock } from '@graph-schema/dto/report';
import { applicantNames } from '@server/features/chains/chain-applicants';
import { type ChainStructure, chainStructure } from '@server/features/chains/chain-structure';
import { chainPanorama } from '@server/features/chains/panorama';
import { applicantBranchMap } from '@server/features/maps/applicant-branch';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { nameIn } from '../format';
import type { ReportContext } from '../report-context';
import { APPLICANTS_TEXT as T } from './applicants.text';
import type { ChapterNumbering } from './landscape-blocks';

/** Applicants from the map and branch columns shown: a matrix that still fits a page. */
const TOP_APPLICANTS = 10;
const MAX_BRANCHES = 12;

interface MatrixRow {
  key: string;
  name: string;
  party: boolean;
  cells: Map<string, number>;
}

export async function applicantBranchBlocks(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  parties: readonly ApplicantRef[],
): Promise<ReportBlock[]> {
  const { chain } = ctx.scope;
  const structure = chain ? await chainStructure(ctx.server.db, chain) : undefined;
  if (!structure)
    return [{ kind: 'empty', code: 'applicants.noChainMatrix', text: ctx.tr(T.noChainMatrix()) }];
  const search = apiSearch(ctx.scope, { topApplicants: TOP_APPLICANTS });
  const map = await applicantBranchMap(
    ctx.server.db,
    structure,
    parseSearch(ApplicantBranchMapQuery, search),
  );
  const partyKeys = new Set(parties.map((p) => p.key));
  const rows: MatrixRow[] = map.nodes
    .filter((n) => n.kind === 'applicant' && n.id !== 'a:others')
    .map((n) => {
      const key = n.id.slice(2);
      const cells = new Map(
        map.edges.filter((e) => e.source === n.id).map((e) => [e.target.slice(2), e.weight]),
      );
      return { key, name: n.label, party: partyKeys.has(key), cells };
    });
  const evidence: Evidence[] = [
    { api: apiPath('/api/maps/applicant-branch', search), note: 'edges[].weight' },
  ];
  const missing = parties.filter((p) => !rows.some((r) => r.key === p.key));
  const extra = await partyRows(ctx, structure, missing, evidence);
  rows.push(...extra.rows);
  const branchWeight = new Map(
    map.nodes.filter((n) => n.kind === 'branch').map((n) => [n.id.slice(2), n.weight]),
  );
  const branches = structure.branches
    .filter((b) => b.isLeaf && (branchWeight.get(b.id) ?? 0) > 0)
    .sort((a, b) => branchWeight.get(b.id)! - branchWeight.get(a.id)! || a.order - b.order);
  const shown = branches.slice(0, MAX_BRANCHES).sort((a, b) => a.order - b.order);
  if (rows.length === 0 || shown.length === 0) return extra.notes;
  const chainName = nameIn(ctx.language, structure.name, structure.id);
  return [
    {
      kind: 'paragraph',
      code: 'applicants.branchMatrix',
      text: ctx.tr(T.matrixIntro(chainName, rows.length, shown.length)),
      evidence,
    },
    ...extra.notes,
    {
      kind: 'table',
      id: 'applicant-branch',
      caption: numbering.table(ctx.tr(T.matrixCaption())),
      columns: [
        { label: ctx.tr(T.matrixCorner()), numeric: false },
        ...shown.map((b) => ({ label: nameIn(ctx.language, b.name, b.localId), numeric: true })),
      ],
      rows: rows.map((r) => [r.party ? `★ ${r.name}` : r.name, ...shown.map((b) => r.cells.get(b.id) ?? 0)]),
      note: ctx.tr(T.matrixNote(branches.length - shown.length)),
      emphasisRows: rows.flatMap((r, i) => (r.party ? [i] : [])),
    },
  ];
}

/** Rows of the target and competitors the map's top left out, each from its own panorama call. */
async function partyRows(
  ctx: ReportContext,
  structure: ChainStructure,
  parties: readonly ApplicantRef[],
  evidence: Evidence[],
): Promise<{ rows: MatrixRow[]; notes: ReportBlock[] }> {
  const known = await applicantNames(
    ctx.server.db,
    parties.map((p) => p.key),
  );
  const { chain: _chain, ...scope } = ctx.scope;
  const rows: MatrixRow[] = [];
  const notes: ReportBlock[] = [];
  for (const party of parties) {
    const name = known.get(party.key);
    if (name === undefined) {
      notes.push({ kind: 'empty', code: 'applicants.unknownParty', text: ctx.tr(T.unknownParty(party.key)) });
      continue;
    }
    const search = apiSearch(scope, { applicant: party.key, topApplicants: 0 });
    const panorama = await chainPanorama(
      ctx.server.db,
      structure.id,
      parseSearch(ChainPanoramaQuery, search),
    );
    evidence.push({
      api: apiPath(`/api/chains/${structure.id}/panorama`, search),
      note: 'segments[].branches[].applicant.families',
    });
    const leaves = (panorama?.segments ?? []).flatMap((s) => s.branches.filter((b) => b.isLeaf));
    rows.push({
      key: party.key,
      name,
      party: true,
      cells: new Map(leaves.map((b) => [b.id, b.applicant?.families ?? 0])),
    });
  }
  return { rows, notes };
}
