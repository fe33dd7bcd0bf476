import type { Migration } from './migration';

/** Users, sessions, API tokens and audit entries (graph-schema/stored/accounts.ts): their MERGE keys and the audit log's time order. */
export const migration010: Migration = {
  id: '010-accounts',
  description:
    'uniqueness constraints on user names, session and token hashes, audit ids; index on audit time',
  statements: [
    'CREATE CONSTRAINT user_name IF NOT EXISTS FOR (n:User) REQUIRE n.name IS UNIQUE',
    'CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE',
    'CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.tokenHash IS UNIQUE',
    'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)',
  ],
};
