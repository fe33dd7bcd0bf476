/** Normalisation used by every reader: numbers, dates, classifications, parties, status, claims. */
export { type AliasTable, aliasTableFrom, DEFAULT_ALIASES_PATH, loadAliasTable } from './aliases';
export { claimReferences, makeClaim, splitClaims } from './claims';
export { classificationFromParts, parseClassification } from './classification';
export { addYears, type DateOrder, excelSerialToIso, parseDate } from './dates';
export { type ExpiryEstimate, estimateExpiry } from './expiry';
export { type NormalisedLegalStatus, normaliseLegalStatus } from './legal-status';
export { type DocNumberHints, parseDocNumber, parsePriorityNumber } from './numbers';
export { cleanName, guessPartyKind, makeParties, makeParty, type PartyRole } from './parties';
export { isGrantedKind, patentType } from './patent-type';
export { InvalidFieldError, isBlank, splitMultiValue, toHalfWidth } from './text';
