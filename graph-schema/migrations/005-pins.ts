import type { Migration } from './migration';

/** Report pins (graph-schema/stored/pins.ts): their MERGE key. */
export const migration005: Migration = {
  id: '005-pins',
  description: 'uniqueness constraint on report pin ids',
  statements: ['CREATE CONSTRAINT pin_id IF NOT EXISTS FOR (n:Pin) REQUIRE n.id IS UNIQUE'],
};
