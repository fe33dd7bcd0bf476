/** The server's settings, parsed once at start from the environment and passed in. */
import { z } from 'zod';

export const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Load the generated demo corpus when the database holds no patents. */
  PATNAV_DEMO: z.enum(['auto', 'off']).default('auto'),
  PATNAV_DEMO_FAMILIES: z.coerce.number().int().positive().default(3000),
  /** Where report files are written (one sub-folder per job); default `.patnav/reports` in the repository. */
  PATNAV_REPORT_DIR: z.string().min(1).optional(),
  PATNAV_UPLOAD_MAX_MB: z.coerce.number().positive().default(512),
  /** The data folder: uploads (while their ingest runs) and quarantine files; default `.patnav/data`. */
  PATNAV_DATA_DIR: z.string().min(1).optional(),
  /** `keep`: uploaded files stay in `<data>/uploads` after their ingest (default: deleted). */
  PATNAV_UPLOAD_RETENTION: z.enum(['delete', 'keep']).default('delete'),
  /** Comma-separated host names the server answers to besides localhost (a LAN name or IP). */
  PATNAV_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((host) => host.trim())
        .filter(Boolean),
    ),
  /** Requests per client per minute; 0 turns the limit off. */
  PATNAV_RATE_LIMIT: z.coerce.number().int().min(0).default(3000),
  /** Accounts (issue 14): `on` requires sign-in; `off` only on a loopback HOST (checked at start). */
  PATNAV_AUTH: z.enum(['on', 'off']).default('on'),
  /** Mark session cookies `Secure`: set `on` when PatNav is served over https (e.g. behind a TLS proxy). */
  PATNAV_SECURE_COOKIES: z.enum(['on', 'off']).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `on`: the server log goes to `<data>/logs/server.log`, rotated by size and count (default: stdout). */
  PATNAV_LOG_FILE: z.enum(['on', 'off']).default('off'),
  /** The size a log file may reach before it is rotated. */
  PATNAV_LOG_MAX_MB: z.coerce.number().positive().default(20),
  /** Rotated log files kept besides the current one (server.log.1 … .N). */
  PATNAV_LOG_KEEP: z.coerce.number().int().min(0).max(100).default(5),
  /**
   * This server's name when several serve one database (docs/scaling.md): unique per server and
   * the same across its restarts; default the host name.
   */
  PATNAV_SERVER_ID: z.string().trim().min(1).max(100).optional(),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export function serverEnvFrom(env: NodeJS.ProcessEnv): ServerEnv {
  const parsed = ServerEnv.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid server configuration: ${issues}`);
  }
  return parsed.data;
}
