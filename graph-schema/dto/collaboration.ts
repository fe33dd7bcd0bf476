/**
 * Co-applicant (collaboration) network: who files together, and which sectors collaborate
 * (enterprise–university–research, 产学研). Families are the unit, as everywhere else.
 */
import { z } from 'zod';
import { BasisExplanation } from './explanation';
import { MapData } from './map';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

/** Sector of an applicant, guessed from its name (server/analytics/party-sector.ts says how). */
export const PARTY_SECTORS = ['enterprise', 'university', 'research', 'individual', 'other'] as const;
export const PartySector = z.enum(PARTY_SECTORS);
export type PartySector = z.infer<typeof PartySector>;

export const CoApplicantQuery = withScopeChecks(
  ScopeFields.extend({
    topApplicants: z.coerce
      .number()
      .int()
      .min(2)
      .max(200)
      .default(50)
      .describe('how many applicants, ranked by co-filed families'),
    minFamilies: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(1)
      .describe('draw only links with at least this many joint families'),
  }),
);
export type CoApplicantQuery = z.infer<typeof CoApplicantQuery>;

export const SectorPairRow = z.object({
  /** Alphabetical, so enterprise–university and university–enterprise are one row. */
  sectors: z.tuple([PartySector, PartySector]),
  /** Families with at least one co-applicant pair of these sectors. */
  families: z.number().int(),
});
export type SectorPairRow = z.infer<typeof SectorPairRow>;

export const CoApplicantSummary = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  /** Families in scope with at least one applicant. */
  families: z.number().int(),
  /** Of those, families filed by two or more applicants (on any member). */
  coFiledFamilies: z.number().int(),
  /** coFiledFamilies / families (0 when there are none). */
  coFiledShare: z.number(),
  /** Applicants with at least one co-filed family, and the distinct applicant pairs among them. */
  collaboratingApplicants: z.number().int(),
  pairs: z.number().int(),
  /** A family counts once per sector pair it has (a three-party family may count in two rows). */
  sectorPairs: z.array(SectorPairRow),
});
export type CoApplicantSummary = z.infer<typeof CoApplicantSummary>;

export const CoApplicantResponse = z.object({
  map: MapData,
  summary: CoApplicantSummary,
});
export type CoApplicantResponse = z.infer<typeof CoApplicantResponse>;
