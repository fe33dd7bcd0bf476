/** Launcher failures a user can act on: each carries a code and says what to do next. */
export type LauncherErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'JARS_LOCK_MISMATCH'
  | 'DOWNLOAD_FAILED'
  | 'JAR_CHECKSUM'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'NOT_READY'
  | 'EXITED'
  | 'AUTH_STATE';

export class LauncherError extends Error {
  constructor(
    readonly code: LauncherErrorCode,
    message: string,
    /** Extra lines (e.g. the tail of the Neo4j log) printed under the message. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'LauncherError';
  }
}
