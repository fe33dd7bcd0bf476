/** A schema migration: an id that sorts in apply order and idempotent schema statements. */
export interface Migration {
  id: string;
  description: string;
  /** Each runs in its own write transaction (Neo4j forbids schema and data writes together). */
  statements: string[];
}
