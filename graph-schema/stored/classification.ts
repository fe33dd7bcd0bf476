/** Classification nodes: IPC and CPC symbols at every level, and the WIPO technology fields. */
import { z } from 'zod';
import { ClassificationLevel } from '../vocabulary/classification';

/** One node per symbol and level (`H01M10/0525` subgroup … `H` section), CHILD_OF its parent. */
const ClassNode = z.strictObject({
  /** Normalised symbol without spaces: `H01M10/0525`, `H01M10/00`, `H01M`, `H01`, `H`. */
  code: z.string().regex(/^[A-HY](?:\d\d(?:[A-Z](?:\d+\/\d+)?)?)?$/, 'expected an IPC/CPC symbol'),
  /** Every level of a symbol's hierarchy has its own row, so a node MERGEd first as a parent gets it too. */
  level: ClassificationLevel,
});
export const IpcNode = ClassNode;
export const CpcNode = ClassNode;
export type ClassNode = z.infer<typeof ClassNode>;

/** A WIPO technology field (IPC–technology concordance, 35 fields). */
export const TechFieldNode = z.strictObject({
  id: z.string().regex(/^wipo:\d+$/, 'expected wipo:<field number>'),
  name: z.string().min(1),
  sector: z.string().min(1),
  scheme: z.literal('WIPO-35'),
});
export type TechFieldNode = z.infer<typeof TechFieldNode>;
