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
  /** Accounts (issue 14): `on` requires sign-in; `off` only on a loopback HOST (checked at start). */
  PATNAV_AUTH: z.enum(['on', 'off']).default('on'),
  /** Mark session cookies `Secure`: set `on` when PatNav is served over https (e.g. behind a TLS proxy). */
  PATNAV_SECURE_COOKIES: z.enum(['on', 'off']).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
