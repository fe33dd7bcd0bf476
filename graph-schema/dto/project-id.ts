/**
 * The project id on its own: project.ts (whose export file carries pins) and report.ts (whose pins
 * name their project) both need it, and neither may import the other at load time.
 */
import { z } from 'zod';

/** Server-made ids are UUIDs; an imported file may carry any id of this shape. */
export const ProjectId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected letters, digits, - or _ (at most 64)');
