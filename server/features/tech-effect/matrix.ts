/**
 * The technology–effect matrix over families whose effects are already extracted. A low or empty
 * cell whose row and column are both active is judged only when its expected count (row families ×
 * effect families / matrix families) reaches `minExpectedFamilies`: an empty cell where 0.1
 * families were expected says nothing, so it is `too_few` to judge. A judged cell is a candidate:
 * `apparent_gap` when the data suggests a phrasing or classification artefact (loose effect wording
 * in the row, or families of a sibling branch that state the effect and mention this branch by
 * name), otherwise `white_space`. Observed/expected ratios are indicative only: rounded to one
 * decimal and reported as a band.
 */
import type { TechEffectExplanation } from '@graph-schema/dto/explanation';
import type { CellKind, TechEffectCell, TechEffectEvidence } from '@graph-schema/dto/tech-effect';
import { explainTechEffect } from './explain-tech-effect';

export interface MatrixFamily {
  readonly family: string;
  /** A publication id shown as the family's example. */
  readonly example: string;
  readonly rows: readonly string[];
  readonly strict: ReadonlySet<string>;
  readonly loose: ReadonlySet<string>;
  /** Rows whose branch name the family's text mentions. */
  readonly mentionedRows: ReadonlySet<string>;
  /** Per effect, where a phrase pattern read it (effects found by lexicon terms alone have none). */
  readonly evidence: ReadonlyMap<string, TechEffectEvidence>;
  /** Effects the project's hand tags added to, or removed from, what the text says. */
  readonly handAdded?: ReadonlySet<string>;
  readonly handRemoved?: ReadonlySet<string>;
}

export interface MatrixOptions {
  readonly rows: ReadonlyArray<{ id: string; siblings: readonly string[] }>;
  readonly effects: readonly string[];
  readonly minRowFamilies: number;
  readonly minColumnFamilies: number;
  /** A low cell is judged only from this expected count on (see the file comment). */
  readonly minExpectedFamilies: number;
  readonly examples: number;
}

export interface Matrix {
  rows: Array<{ id: string; families: number; active: boolean }>;
  effects: Array<{ id: string; families: number; active: boolean }>;
  familiesWithEffect: number;
  cells: TechEffectCell[];
}

/** Evidence lists are capped like examples, with this floor so the reason is visible. */
const MIN_EVIDENCE = 3;

export function buildMatrix(families: readonly MatrixFamily[], options: MatrixOptions): Matrix {
  const inRow = (row: string) => families.filter((f) => f.rows.includes(row));
  const rowFamilies = new Map(options.rows.map((r) => [r.id, inRow(r.id)]));
  const columnTotals = new Map(
    options.effects.map((e) => [e, families.filter((f) => f.strict.has(e)).length]),
  );
  const rows = options.rows.map((r) => {
    const n = rowFamilies.get(r.id)!.length;
    return { id: r.id, families: n, active: n >= options.minRowFamilies };
  });
  const effects = options.effects.map((id) => {
    const n = columnTotals.get(id)!;
    return { id, families: n, active: n >= options.minColumnFamilies };
  });
  const cells: TechEffectCell[] = [];
  for (const [r, row] of options.rows.entries()) {
    for (const [e, effect] of options.effects.entries()) {
      cells.push(
        cell(row, effect, {
          members: rowFamilies.get(row.id)!,
          rowInfo: rows[r]!,
          columnInfo: effects[e]!,
          total: families.length,
          siblings: row.siblings.flatMap((s) => rowFamilies.get(s) ?? []),
          examples: options.examples,
          minExpected: options.minExpectedFamilies,
        }),
      );
    }
  }
  return { rows, effects, familiesWithEffect: families.filter((f) => f.strict.size > 0).length, cells };
}

interface CellInput {
  members: readonly MatrixFamily[];
  rowInfo: { families: number; active: boolean };
  columnInfo: { families: number; active: boolean };
  total: number;
  siblings: readonly MatrixFamily[];
  examples: number;
  minExpected: number;
}

function cell(row: { id: string }, effect: string, input: CellInput): TechEffectCell {
  const hits = input.members.filter((f) => f.strict.has(effect));
  const expected = input.total === 0 ? 0 : (input.rowInfo.families * input.columnInfo.families) / input.total;
  const ratio = expected === 0 ? null : hits.length / expected;
  const low = hits.length === 0 || (expected >= 2 && ratio !== null && ratio < 0.25);
  const base = {
    row: row.id,
    effect,
    families: hits.length,
    observedToExpected: ratio === null ? null : Math.round(ratio * 10) / 10,
    band: ratio === null ? null : band(ratio),
    examples: hits.slice(0, input.examples).map((f) => f.example),
    evidence: hits.slice(0, input.examples).flatMap((f) => f.evidence.get(effect) ?? []),
    ...handTags(input.members, effect),
  };
  // Indicative only, so one decimal is all the precision the explanation carries.
  const expectedFamilies = Math.round(expected * 10) / 10;
  if (!low) {
    const saturated = hits.length >= 5 && ratio !== null && ratio >= 2;
    const kind: CellKind = saturated ? 'saturated' : 'ordinary';
    const reasons = saturated
      ? [explainTechEffect('techEffect.saturated', { cellFamilies: hits.length, expected: expectedFamilies })]
      : [];
    return { ...base, kind, reasons, artefactEvidence: [] };
  }
  if (!input.rowInfo.active || !input.columnInfo.active) {
    return {
      ...base,
      kind: 'inactive',
      reasons: [explainTechEffect('techEffect.inactive', {})],
      artefactEvidence: [],
    };
  }
  if (expected < input.minExpected) {
    return {
      ...base,
      kind: 'too_few',
      reasons: [
        explainTechEffect('techEffect.tooFew', {
          cellFamilies: hits.length,
          expected: expectedFamilies,
          minExpected: input.minExpected,
        }),
      ],
      artefactEvidence: [],
    };
  }
  const cap = Math.max(input.examples, MIN_EVIDENCE);
  const loose = input.members.filter((f) => f.loose.has(effect));
  const sibling = input.siblings.filter(
    (f) => f.strict.has(effect) && !f.rows.includes(row.id) && f.mentionedRows.has(row.id),
  );
  const reasons: TechEffectExplanation[] = [
    explainTechEffect('techEffect.lowCell', {
      rowFamilies: input.rowInfo.families,
      effectFamilies: input.columnInfo.families,
      cellFamilies: hits.length,
      expected: expectedFamilies,
    }),
  ];
  if (loose.length > 0)
    reasons.push(explainTechEffect('techEffect.looseWording', { families: loose.length }));
  if (sibling.length > 0) {
    reasons.push(explainTechEffect('techEffect.siblingBranch', { families: sibling.length }));
  }
  const artefact = [...loose, ...sibling].slice(0, cap).map((f) => f.example);
  const kind: CellKind = artefact.length > 0 ? 'apparent_gap' : 'white_space';
  return { ...base, kind, reasons, artefactEvidence: artefact };
}

/** The cell's hand-tagged families (example ids), only where the project tagged any. */
function handTags(members: readonly MatrixFamily[], effect: string): Pick<TechEffectCell, 'handTags'> {
  const added = members.filter((f) => f.handAdded?.has(effect)).map((f) => f.example);
  const removed = members.filter((f) => f.handRemoved?.has(effect)).map((f) => f.example);
  return added.length + removed.length > 0 ? { handTags: { added, removed } } : {};
}

function band(ratio: number): NonNullable<TechEffectCell['band']> {
  if (ratio < 0.25) return 'far below';
  if (ratio < 0.75) return 'below';
  if (ratio <= 1.5) return 'about as expected';
  if (ratio <= 3) return 'above';
  return 'far above';
}
