import type { Migration } from './migration';

/** The loader looks publications up by their priority set to join an exporter's family (ingest/load/statements.ts). */
export const migration003: Migration = {
  id: '003-priority-signature',
  description:
    'index on the priority set that joins a publication without a family id to its exporter family',
  statements: [
    'CREATE INDEX patent_priority_signature IF NOT EXISTS FOR (n:Patent) ON (n.prioritySignature)',
  ],
};
