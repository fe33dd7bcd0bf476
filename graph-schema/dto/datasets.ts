/**
 * Datasets as the ingest page manages them (issue 14): every loaded file with the projects that use
 * it, and deleting one with what only it brought (`DELETE /api/ingest/datasets/:checksum`, the same
 * removal as `npm run ingest -- --remove-dataset`). A delete names the file it deletes.
 */
import { z } from 'zod';
import { DatasetRecord } from './project';

export const DatasetEntry = DatasetRecord.extend({
  /** Ids of the projects the dataset belongs to (none for a file loaded outside a project). */
  projects: z.array(z.string()),
});
export type DatasetEntry = z.infer<typeof DatasetEntry>;

export const DatasetParams = z.object({ checksum: DatasetRecord.shape.checksum });

/** The dataset's file name as the user typed it (trimmed), in the body or as `?confirm=`. */
export const DatasetDeleteConfirmation = z.object({ confirm: z.string().max(500).optional() });

export const DatasetDeleteResult = z.object({
  removed: z.object({
    checksum: z.string(),
    fileName: z.string(),
    /** Links no other dataset stated. */
    links: z.number().int().nonnegative(),
    /** Patents no other dataset holds (deleted, or kept as a stub where remaining patents cite them). */
    patents: z.number().int().nonnegative(),
  }),
});
export type DatasetDeleteResult = z.infer<typeof DatasetDeleteResult>;
