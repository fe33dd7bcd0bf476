/**
 * English renderings of the API's explanation codes (graph-schema/dto/explanation.ts), merged into
 * `en.ts` as `explain.<code>` keys. Placeholders are the explanation's params; `explain.ts` formats
 * them for the language. explanations.test.ts fails when a code of the contract has no message.
 */
import type { ExplanationCode } from '@graph-schema/dto/explanation';
import { FAMILY_UNIT } from '@graph-schema/vocabulary/family';
import type { LegalStatusWord } from '@graph-schema/vocabulary/legal-status';

/** The count unit as every basis sentence names it (graph-schema/vocabulary/family.ts). */
const FAMILIES = FAMILY_UNIT.en;

/**
 * Every code needs a message (tsc fails otherwise); `explain.value.*` are words used in params,
 * and every legal-status word of the vocabulary (statuses and inactive reasons) needs one.
 */
type ExplanationMessages = Record<`explain.${ExplanationCode}`, string> &
  Record<`explain.value.legalStatus.${LegalStatusWord}`, string> &
  Record<`explain.value.${string}`, string>;

export const explanationsEn = {
  'explain.gap.large': 'large: {fieldFamilies} families ≥ mean {mean}',
  'explain.gap.fastGrowing': 'fast-growing: {growth} over 3 years',
  'explain.gap.fastGrowingFromZero': 'fast-growing: from zero over 3 years',
  'explain.gap.hot': 'hot branch',
  'explain.gap.weakRta': 'own RTA {rta} < 1 (relative weakness)',
  'explain.gap.fewOwnFamilies': 'few own families: {ownFamilies} < {ownLowBelow}',
  'explain.gap.strongRta': 'own RTA {rta} ≥ 1 (relative strength)',
  'explain.gap.noOwnFamilies': 'no own families among {fieldFamilies} in the branch',
  'explain.gap.officeGap': 'the field files {fieldShare} of its office filings here, the target {ownShare}',
  'explain.gap.rule.large': 'large: branch families ≥ the mean of the chain’s non-empty leaf branches.',
  'explain.gap.rule.fastGrowing':
    'fast-growing: 3-year growth > {minGrowth} (or from zero) with ≥ {minRecentFamilies} recent families.',
  'explain.gap.competitorAhead':
    '{competitor} files {competitorFamilies} families, at least {k}× the target’s {targetFamilies}',
  'explain.gap.onlyCompetitors': 'only competitors file here ({competitors}); the target has none',
  'explain.gap.targetLeads':
    'the target leads every chosen competitor: {targetFamilies} families against {competitor}’s {competitorFamilies}',
  'explain.gap.rule.competitors':
    'against the chosen competitors: “competitor ahead” when a competitor has at least {k}× the target’s families in a branch (target > 0); “only competitors” when the target has none there and a competitor has some; “target leads” when the target has more than every chosen competitor.',
  'explain.gap.rule.recommendation':
    'recommendations: high when a competitor is ahead or alone in an important branch; medium when so in another branch, or for a high-priority field gap without such pressure; low for the other field gaps, including those where the target leads; larger branches first.',
  'explain.gap.rule.gap':
    'gap: an important (large, fast-growing or hot) branch where own RTA < 1 or own families < {ownLowBelow}; high priority when the branch is large and fast-growing, or own families = 0.',
  'explain.gap.rule.strength': 'strength: an important branch with RTA ≥ 1 and own families ≥ {ownLowBelow}.',
  'explain.gap.rule.watch':
    'watch: a branch that is not important where the target has no families but others do.',
  'explain.gap.rule.geographic':
    'geographic gap: an office with ≥ {minFieldShare} of the field’s office filings where the target’s share is below half the field’s.',
  'explain.chain.fewFamilies': 'few families: {families} < {weakBelow}',
  'explain.chain.blank':
    'blank: {shareOfLeafFilings} of leaf filings (< 3%) and no families in the last 3 complete years',
  'explain.chain.rule.hot':
    'hot: share of leaf filings > 15%, or 3-year growth > 50% with ≥ 3 applicants holding ≥ 3 families each.',
  'explain.chain.rule.blank':
    'blank: share of leaf filings < 3% and no families in the last 3 complete years.',
  'explain.chain.rule.weakLink':
    'weak link: a leaf branch that is blank or has fewer families than the weak-link threshold (stated in each branch’s “few families” reason).',
  'explain.chain.rule.rta':
    'RTA = (own families in branch / own families in all leaves) / (branch families / families of all leaves); > 1 = relative specialisation.',
  'explain.fto.legalStatusMissing': 'legal status missing: needs review',
  'explain.fto.noClaimText': 'no independent claim text to chart: needs review',
  'explain.fto.claimsNotInExport':
    'the export has no claims for this patent, so there is no claim chart: needs review against the full claims',
  'explain.fto.expired': 'not in force (expired); not zero risk',
  'explain.fto.notInForce': 'not in force ({legalStatus}); not zero risk',
  'explain.fto.pendingFullMatch': 'pending application; claim(s) {claims} fully matched',
  'explain.fto.literalMatch': 'every element of claim(s) {claims} found identically',
  'explain.fto.equivalentMatch': 'claim(s) {claims}: all elements at least equivalent',
  'explain.fto.elementMissing':
    'every independent claim lacks at least one element (all-elements rule); not zero risk',
  'explain.lifecycle.decline':
    'decline: families {familyGrowth} ({earlierFamilies} → {recentFamilies}) and applicants per year {applicantGrowth}, not growing',
  'explain.lifecycle.emerging':
    'emerging: {earlierFamilies} families in the earlier 3 years, below the base of {emergingBase}',
  'explain.lifecycle.growth':
    'growth: families {familyGrowth} ({earlierFamilies} → {recentFamilies}) and applicants per year {applicantGrowth}: new entrants arrive',
  'explain.lifecycle.maturity':
    'maturity: families {familyGrowth} ({earlierFamilies} → {recentFamilies}) and applicants per year {applicantGrowth}: neither declining nor growing fast',
  'explain.lifecycle.rule':
    'Last {windowYears} complete years vs the {windowYears} before: decline if families fall ≥ {declineDrop} and applicants do not grow; emerging if the earlier window has < {emergingBase} families; growth if families grow > {growthFamilies} and applicants > {growthApplicants}; otherwise maturity.',
  'explain.techEffect.saturated':
    '{cellFamilies} families, expected ~{expected} if effects were spread evenly (indicative): crowded',
  'explain.techEffect.inactive': 'row or effect below the activity threshold',
  'explain.techEffect.lowCell':
    'row has {rowFamilies} families and the effect {effectFamilies}; this cell {cellFamilies}, expected ~{expected} if effects were spread evenly (indicative)',
  'explain.techEffect.looseWording': '{families} families of the row state the effect in weaker wording',
  'explain.techEffect.siblingBranch':
    '{families} families of a sibling branch state the effect and name this branch',
  'explain.techEffect.tooFew':
    'this cell {cellFamilies}, expected {expected} if effects were spread evenly — below {minExpected}, too few to judge',
  'explain.fence.roadblock':
    '{patents} peripheral patents, {owners} owners, HHI {hhi}, own share {ownShare}: fewer than 3 around the core',
  'explain.fence.wall':
    '{patents} peripheral patents, {owners} owners, HHI {hhi}, own share {ownShare}: the owner’s own patents, mostly close variants in the same CPC main group',
  'explain.fence.jungle':
    '{patents} peripheral patents, {owners} owners, HHI {hhi}, own share {ownShare}: many owners, none dominant (HHI < 0.25)',
  'explain.fence.ownFence':
    '{patents} peripheral patents, {owners} owners, HHI {hhi}, own share {ownShare}: improvements around the core, mostly by its owner',
  'explain.fence.hostileFence':
    '{patents} peripheral patents, {owners} owners, HHI {hhi}, own share {ownShare}: improvements around the core, mostly by others',
  'explain.map.topApplicantsAndClasses':
    'Showing the top {shownApplicants} of {totalApplicants} applicants and {shownClasses} of {totalClasses} CPC subclasses.',
  'explain.map.topApplicantsAggregated':
    'Showing the top {shownApplicants} of {totalApplicants} applicants; the other {otherApplicants} are aggregated into one node (families without a top applicant).',
  'explain.map.topFamiliesByCoreScore':
    'Top {shownFamilies} of {totalFamilies} families by core score; citations to families not shown are omitted.',
  'explain.note.growthWindows':
    '3-year growth = families in the recent 3-year window / families in the 3 years before − 1; no value when the earlier window is empty. The last {incompleteYears} years of the data are excluded as incomplete.',
  'explain.note.teamRule':
    'Teams are connected components among the top {topInventors} inventors, two inventors linked when they share ≥ {minSharedFamilies} families; main applicant = the applicant on most of the team’s shared families.',
  'explain.note.techEffectTruncated':
    'Read {readFamilies} of {totalFamilies} families (the first by family id).',
  'explain.note.techEffectLexicon':
    'Effects are the lexicon’s terms and effect phrases read by English and Chinese patterns (“reduce …”, “提高 …”), mapped to the lexicon where it knows the object and kept as free effect columns otherwise; a phrasing no pattern reads still shows up as an empty cell, which is why candidates are checked for looser wording.',
  'explain.note.techEffectIndicative':
    'Observed/expected ratios are indicative (rounded, with a band), not estimates.',
  'explain.note.corePatentsMethod':
    'Families are ranked by the weighted sum of normalised components (contributions sum to the score). Forward citations = the larger of the distinct citing families in the whole graph and the largest cited count an export gave for a member (both lower bounds), compared within the cohort (first CPC subclass × earliest priority year); PageRank on the family citation graph of the scope (d = 0.85), rescaled over the 1000 families closest in priority date; core = the top “Core share” of families.',
  'explain.note.forwardCitationsBasis':
    'Forward citations: {familiesWithCounts} families have a cited count from their export, as exported by {exporters} (the export carries no export date; loaded {loadedFrom} – {loadedTo}, so exported on or before {loadedTo}). Used: the exporter count for {exporterFamilies} families, citing families in the graph for {inCorpusFamilies}, both equal for {bothFamilies}.',
  'explain.note.forwardCitationsInCorpus':
    'Forward citations: no export in scope gave cited counts, so all {families} families count the citing families linked in the graph.',
  'explain.note.componentNoCitationEdges':
    '{component} is flat: the scope has no citation edges, so PageRank is the same for every family and ranks nothing.',
  'explain.note.componentAllEqual':
    '{component} is flat: every family has the same value (within rounding), so it ranks nothing.',
  'explain.note.ftoMethod':
    'Candidates: patents of {offices} that are active, pending (a risk once granted) or of unknown status (needs review), with no expiry on or before {asOf}; a family scores as its best member by BM25 over title, abstract and claims (any office; the description expanded by the synonym table), and the patents in scope of the families above the relevance floor, {maxCandidates} at most, are charted on their independent claims (all-elements rule).',
  'explain.note.ftoMethodWithCpc':
    'Candidates: patents of {offices} that are active, pending (a risk once granted) or of unknown status (needs review), with no expiry on or before {asOf} and a CPC code under {cpc}; a family scores as its best member by BM25 over title, abstract and claims (any office; the description expanded by the synonym table), and the patents in scope of the families above the relevance floor, {maxCandidates} at most, are charted on their independent claims (all-elements rule).',
  'explain.note.ftoMethodWithInactive':
    'Candidates: patents of {offices} that are active, pending (a risk once granted), inactive (rated Low: not in force, though a lapse may be restored) or of unknown status (needs review), with no expiry on or before {asOf}; a family scores as its best member by BM25 over title, abstract and claims (any office; the description expanded by the synonym table), and the patents in scope of the families above the relevance floor, {maxCandidates} at most, are charted on their independent claims (all-elements rule).',
  'explain.note.ftoMethodWithInactiveAndCpc':
    'Candidates: patents of {offices} that are active, pending (a risk once granted), inactive (rated Low: not in force, though a lapse may be restored) or of unknown status (needs review), with no expiry on or before {asOf} and a CPC code under {cpc}; a family scores as its best member by BM25 over title, abstract and claims (any office; the description expanded by the synonym table), and the patents in scope of the families above the relevance floor, {maxCandidates} at most, are charted on their independent claims (all-elements rule).',
  'explain.note.ftoRelevanceFloor':
    'Relevance floor: a family is listed when its score is at least {minSharePercent}% of the best family’s and it matches at least {minMatchedConcepts} of the description’s concepts; {belowFloor} patent(s) in scope fell below it and are counted, not listed.',
  'explain.note.fenceMethodDirect':
    'Later patents (priority after the core’s, within {windowYears} years) citing it directly or in its CPC main groups with BM25 text similarity ≥ {minSimilarity} of the core’s self-score (title + abstract + claim 1). Own fence = the core owner’s or applicant’s patents; hostile = others.',
  'explain.note.fenceMethodTwoHops':
    'Later patents (priority after the core’s, within {windowYears} years) citing it directly or via one intermediate patent or in its CPC main groups with BM25 text similarity ≥ {minSimilarity} of the core’s self-score (title + abstract + claim 1). Own fence = the core owner’s or applicant’s patents; hostile = others.',
  'explain.basis.landscape': `Counts are ${FAMILIES}; a family counts once, in the earliest year of the {dateBasis} among its members in scope.`,
  'explain.basis.trends': `Years by the {dateBasis}. Applications = distinct application numbers, each in the earliest year among its publications in scope; grants = those with a granted publication; families = ${FAMILIES}, each in the earliest year among its members.`,
  'explain.basis.composition': `Counts are ${FAMILIES} in scope (years by the {dateBasis}); a family counts once per code, branch or field it has.`,
  'explain.basis.geography': `Counts are ${FAMILIES} (years by the {dateBasis}); origin = country of the first priority, else the office of the earliest member; a family counts at every office where a member in scope was filed.`,
  'explain.basis.applicants': `Counts are ${FAMILIES} per filing applicant (a co-applied family counts for each applicant); years by the {dateBasis}.`,
  'explain.basis.inventors': `Counts are ${FAMILIES} per inventor; years by the {dateBasis}.`,
  'explain.basis.legal':
    'Legal status as recorded in the source exports, grouped as active / pending / inactive / unknown; the scope’s years are by the {dateBasis}.',
  'explain.basis.panorama': `Counts are ${FAMILIES} tagged with the branch or any branch below it, years by the {dateBasis}.`,
  'explain.basis.gaps': `Counts are ${FAMILIES} tagged with the leaf branch, years by the {dateBasis}; an applicant counts when it is among the filing applicants.`,
  'explain.basis.techEffect': `Cells count ${FAMILIES} tagged with the row branch whose title, abstract or claim 1 (any of up to 3 members, zh or en) states the effect; the scope’s years are by the {dateBasis}.`,
  'explain.map.measure.applicantCpc': `Node size and edge weight = ${FAMILIES} (years by {dateBasis}).`,
  'explain.map.measure.applicantBranch': `Edge weight = ${FAMILIES} of the applicant in the leaf branch (years by {dateBasis}); branch size = sum of its edges.`,
  'explain.map.measure.panorama': `Node size = ${FAMILIES} tagged with the branch or any branch below it (years by {dateBasis}); edges = part of.`,
  'explain.map.measure.citations': `Nodes: ${FAMILIES}, id = representative publication; size = default core score (0–100); edges: citing family → cited family, among the families shown.`,
  'explain.map.measure.mainPath':
    'Main path ({variant}) of the family citation graph in knowledge-flow direction (cited → citing); edge weight = SPC (source→sink paths through the citation); node size = default core score; x = earliest priority year.',
  'explain.map.measure.mainPathKeyRoute':
    'Main path (key-route, k = {k}) of the family citation graph in knowledge-flow direction (cited → citing); edge weight = SPC (source→sink paths through the citation); node size = default core score; x = earliest priority year.',
  'explain.map.measure.coApplicants': `Node size = ${FAMILIES} co-filed with another applicant; link = families filed jointly on one patent (years by {dateBasis}).`,
  'explain.map.measure.coInventors': `Node size = ${FAMILIES} of the inventor; link weight = families both inventors invented; years by the {dateBasis}.`,
  'explain.map.topCollaborators':
    'Showing the top {shownApplicants} of {totalApplicants} collaborating applicants and the {shownLinks} heaviest of {totalLinks} links among them.',
  'explain.map.topInventors':
    'Showing the top {shownInventors} of {totalInventors} inventors by families; {leftOut} left out, with their links.',
  'explain.map.mainPathDroppedLinks':
    'Citation links dropped before counting paths: {againstTime} run against priority time (the citing family’s earliest priority is earlier than the cited one’s) and {inCycles} closed a cycle among same-day or undated families (dropped by priority date, then id order).',
  'explain.map.mainPathNoCitations':
    'No main path: there are no citation links among the {families} families in scope.',
  'explain.map.mainPathEmpty':
    'No main path: none of the {citationLinks} citation links among the families in scope is left after dropping {againstTime} that run against priority time and {inCycles} that closed a cycle.',
  'explain.basis.coApplicants': `Counts are ${FAMILIES} in scope with at least one applicant, years by the {dateBasis}; a family is co-filed when one of its patents names two or more applicants; sectors are guessed from applicant names.`,
  'explain.note.coInventorLinkRule':
    'Two of the top {topInventors} inventors are linked when they share ≥ {minSharedFamilies} families.',
  'explain.note.incompleteYears':
    'The last {incompleteYears} years of the data ({firstYear}–{lastYear}) are marked incomplete: publication lags filing by ~18 months.',
  'explain.note.compositionShares':
    'Shares can add up to more than 1: a family with several codes counts under each.',
  'explain.note.geographyPct':
    'PCT use = families with a WO publication in scope; a jurisdiction filter that excludes WO hides it.',
  'explain.note.legalFamilyStatuses':
    'A family whose members differ in status counts under each status, so family counts can add up to more than the total.',
  'explain.note.legalExpiryWindows':
    'Expiry windows count active publications whose expiry date is after the reference date and within N years (windows are cumulative); the expiry date is the statutory term from filing (CN invention 20 y, utility model 10 y, design 15 y for filings from 2021-06-01; US/EP invention 20 y), without term adjustments or extensions.',
  'explain.note.applicantTiers':
    'Applicants ranked by families; tier 1 = the leaders that together reach 50% of applicant families (the one crossing 50% included), tier 2 = up to 80%, tier 3 = the rest; applicants with equal counts share a tier: the one where most of them fall.',
  'explain.note.applicantTiersCollapsed':
    'Tiers are not defined here: tier {emptyTiers} would be empty, because {applicants} applicants with {families} families each hold {tieShare} of applicant families and cannot be split. Read the ranking and concentration instead.',
  'explain.note.applicantConcentration':
    'CR4 = combined share of the 4 largest applicants; HHI = Σ (100·share)², 0–10000: < 1000 unconcentrated, 1000–1800 moderately, > 1800 highly concentrated (US DOJ/FTC 2023). Shares are of applicant–family pairs.',
  'explain.note.lifecycleMeasure': 'families per year and distinct applicants per year',
  'explain.note.hhiUnconcentrated': 'unconcentrated',
  'explain.note.hhiModerate': 'moderately concentrated',
  'explain.note.hhiHigh': 'highly concentrated',
  // Parameter values that are words rather than numbers.
  'explain.value.fromZero': 'from zero',
  'explain.value.legalStatus.active': 'in force',
  'explain.value.legalStatus.pending': 'pending',
  'explain.value.legalStatus.inactive': 'not in force',
  'explain.value.legalStatus.lapsed': 'lapsed',
  'explain.value.legalStatus.expired': 'expired',
  'explain.value.legalStatus.revoked': 'revoked',
  'explain.value.legalStatus.withdrawn': 'withdrawn',
  'explain.value.legalStatus.refused': 'refused',
  'explain.value.legalStatus.international_application': 'not in force (international application)',
  'explain.value.legalStatus.unknown': 'unknown',
  'explain.value.dateBasis.priority': 'earliest priority date (first filing)',
  'explain.value.dateBasis.application': 'application (filing) date',
  'explain.value.dateBasis.publication': 'publication date',
  'explain.value.variant.local-forward': 'local forward',
  'explain.value.variant.global': 'global',
} as const satisfies ExplanationMessages;
