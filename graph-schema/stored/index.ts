/**
 * The stored model: one zod schema per node label with the properties as they are stored (dates
 * and datetimes as the ISO strings they read back as). A label added to model.ts without a schema
 * here, or a schema for a label that is not there, fails tsc.
 */
import type { z } from 'zod';
import type { NodeLabel } from '../model';
import { ApiTokenNode, AuditEntryNode, SessionNode, UserNode, WorkspaceNode } from './accounts';
import { ApplicantMergeNode } from './applicant-merges';
import { IngestJobNode, IngestRunNode, MigrationNode } from './bookkeeping';
import { BranchJudgementNode, BranchOverrideNode } from './branch-review';
import { ChainSegmentNode, IndustryChainNode, TechBranchNode } from './chains';
import { CpcNode, IpcNode, TechFieldNode } from './classification';
import { EffectDictionaryNode, EffectTagNode } from './effect-dictionary';
import { FtoScreeningNode } from './fto-screenings';
import { ApplicantNode, InventorNode } from './parties';
import { FamilyNode, OfficeNode, PatentNode } from './patent';
import { PinNode } from './pins';
import { DatasetNode, ProjectNode } from './projects';
import { ChainRuleVersionNode, ProjectBranchTagNode } from './rule-versions';

export const STORED_NODES = {
  Patent: PatentNode,
  Family: FamilyNode,
  Applicant: ApplicantNode,
  Inventor: InventorNode,
  IPC: IpcNode,
  CPC: CpcNode,
  Office: OfficeNode,
  TechField: TechFieldNode,
  TechBranch: TechBranchNode,
  ChainSegment: ChainSegmentNode,
  IndustryChain: IndustryChainNode,
  IngestRun: IngestRunNode,
  Migration: MigrationNode,
  Project: ProjectNode,
  Dataset: DatasetNode,
  Pin: PinNode,
  FtoScreening: FtoScreeningNode,
  BranchOverride: BranchOverrideNode,
  BranchJudgement: BranchJudgementNode,
  IngestJob: IngestJobNode,
  User: UserNode,
  Session: SessionNode,
  ApiToken: ApiTokenNode,
  AuditEntry: AuditEntryNode,
  ChainRuleVersion: ChainRuleVersionNode,
  ProjectBranchTag: ProjectBranchTagNode,
  ApplicantMerge: ApplicantMergeNode,
  EffectDictionary: EffectDictionaryNode,
  EffectTag: EffectTagNode,
  Workspace: WorkspaceNode,
} as const satisfies Record<NodeLabel, z.ZodObject>;

/** The property each label is MERGEd on (uniquely constrained by migrations 001, 004, 005, 006, 008, 009, 010, 011, 012, 013 and 014, except Migration). */
export const NODE_KEYS = {
  Patent: 'id',
  Family: 'id',
  Applicant: 'key',
  Inventor: 'key',
  IPC: 'code',
  CPC: 'code',
  Office: 'code',
  TechField: 'id',
  TechBranch: 'id',
  ChainSegment: 'id',
  IndustryChain: 'id',
  IngestRun: 'id',
  Migration: 'id',
  Project: 'id',
  Dataset: 'checksum',
  Pin: 'id',
  FtoScreening: 'id',
  BranchOverride: 'id',
  BranchJudgement: 'id',
  IngestJob: 'id',
  User: 'name',
  Session: 'tokenHash',
  ApiToken: 'tokenHash',
  AuditEntry: 'id',
  ChainRuleVersion: 'id',
  ProjectBranchTag: 'id',
  ApplicantMerge: 'id',
  EffectDictionary: 'project',
  EffectTag: 'id',
  Workspace: 'id',
} as const satisfies { [L in NodeLabel]: keyof z.infer<(typeof STORED_NODES)[L]> };
