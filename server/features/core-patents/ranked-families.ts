/**
 * A scope's core ranking held in columns (what the worker returned), with results built only for
 * the rows a response shows: a page of 50 costs 50 objects, not the 100k × 12 components the
 * whole ranking would. `toArray` builds every row, for the report's full score sheet.
 */
import type { CoreScoreResult, ScoreComponent } from '@server/analytics/core-score';
import type { ComponentColumn, RankingOutput } from './ranking-columns';
import { splitStrings } from './ranking-columns';

export class RankedFamilies {
  readonly length: number;
  /** Families flagged core (the top share). */
  readonly coreCount: number;
  private readonly cohortNames: string[];
  private readonly cohortStats: Record<string, { size: number; meanCitations: number }>;
  private readonly otherRaws: ReadonlyMap<string, unknown[]>;
  private rankOfFamily: Int32Array | undefined;

  constructor(
    private readonly columns: RankingOutput,
    /** Family id by graph node index (the snapshot's families). */
    private readonly familyIdAt: (familyIndex: number) => string,
  ) {
    this.length = columns.count;
    this.coreCount = columns.core.reduce((sum, flag) => sum + flag, 0);
    this.cohortNames = splitStrings(columns.cohortNames, columns.count);
    this.cohortStats = JSON.parse(columns.cohortStats);
    this.otherRaws = new Map(
      columns.components.flatMap((column) =>
        column.otherRaw === null ? [] : [[column.name, JSON.parse(column.otherRaw) as unknown[]] as const],
      ),
    );
  }

  /** The family (graph node) index at a 0-based rank position. */
  familyIndexAt(position: number): number {
    return this.columns.familyAt[position]!;
  }

  /** The result at a 0-based rank position (rank = position + 1). */
  at(position: number): CoreScoreResult | undefined {
    if (position < 0 || position >= this.length) return undefined;
    const columns = this.columns;
    const cohortName = this.cohortNames[position]!;
    const ratio = columns.citationsToCohortMean[position]!;
    const highValue = columns.highValue[position]!;
    return {
      id: this.familyIdAt(columns.familyAt[position]!),
      score: columns.score[position]!,
      rank: position + 1,
      components: columns.components.map((column) => this.component(column, position)),
      preset: columns.preset,
      core: columns.core[position] === 1,
      ...(highValue >= 0 ? { highValue: highValue === 1 } : {}),
      cohort: {
        name: cohortName,
        ...this.cohortStats[cohortName]!,
        citationsToCohortMean: Number.isNaN(ratio) ? null : ratio,
      },
    };
  }

  /** The result of a family (graph node index); undefined when the family is not ranked. */
  ofFamily(familyIndex: number): CoreScoreResult | undefined {
    if (!this.rankOfFamily) {
      this.rankOfFamily = new Int32Array(this.length).fill(-1);
      this.columns.familyAt.forEach((family, position) => {
        this.rankOfFamily![family] = position;
      });
    }
    const position = this.rankOfFamily[familyIndex];
    return position === undefined || position < 0 ? undefined : this.at(position);
  }

  slice(start: number, end = this.length): CoreScoreResult[] {
    const rows: CoreScoreResult[] = [];
    for (let position = Math.max(0, start); position < Math.min(end, this.length); position++)
      rows.push(this.at(position)!);
    return rows;
  }

  toArray(): CoreScoreResult[] {
    return this.slice(0);
  }

  private component(column: ComponentColumn, position: number): ScoreComponent {
    const raw = column.numericRaw
      ? column.numericRaw[position]!
      : (this.otherRaws.get(column.name)![position] as ScoreComponent['raw']);
    return {
      name: column.name,
      raw,
      normalised: column.normalised[position]!,
      weight: column.weight,
      contribution: column.contribution[position]!,
      flat: column.flat,
    };
  }
}
