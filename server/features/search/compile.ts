/**
 * The query tree → one boolean Cypher expression over the patent `p`. Every value is a parameter
 * (`$s0`, `$s1` … numbered in leaf order); the only text spliced in are property names from the
 * fixed maps below, picked by the parser's closed field lists.
 */

import { inEntities } from '@server/platform/scope/applicant-entity';
import type { Resolved } from './resolve';
import type { SearchNode } from './syntax';
import type { DateField, SearchLeaf } from './syntax-terms';

const DATE_PROPERTY: Record<DateField, string> = { pd: 'publicationDate', ad: 'applicationDate' };
const CLASS_PROPERTY = { cpc: 'cpcCodes', ipc: 'ipcCodes' } as const;

export interface CompiledSearch {
  where: string;
  params: Record<string, unknown>;
}

class Compiler {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  constructor(private readonly resolved: Resolved) {}

  private param(value: unknown): string {
    const name = `s${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  leaf(leaf: SearchLeaf): string {
    switch (leaf.kind) {
      case 'text':
        return `p.id IN ${this.param(this.resolved.textIds.get(leaf) ?? [])}`;
      case 'applicant': {
        const keys = (this.resolved.applicants.get(leaf) ?? []).map((applicant) => applicant.key);
        return `EXISTS { MATCH (p)-[:FILED_BY]->(a:Applicant) WHERE ${inEntities('a', this.param(keys))} }`;
      }
      case 'class':
        return `any(code IN coalesce(p.${CLASS_PROPERTY[leaf.scheme]}, []) WHERE code STARTS WITH ${this.param(leaf.prefix)})`;
      case 'date': {
        const property = `p.${DATE_PROPERTY[leaf.field]}`;
        const bounds = [`${property} IS NOT NULL`];
        if (leaf.from !== null) bounds.push(`${property} >= date(${this.param(leaf.from)})`);
        if (leaf.to !== null) bounds.push(`${property} <= date(${this.param(leaf.to)})`);
        return `(${bounds.join(' AND ')})`;
      }
    }
  }

  node(node: SearchNode): string {
    if (node.kind === 'not') return `NOT (${this.node(node.child)})`;
    if (node.kind === 'and' || node.kind === 'or') {
      const glue = node.kind === 'and' ? ' AND ' : ' OR ';
      return `(${node.children.map((child) => this.node(child)).join(glue)})`;
    }
    return this.leaf(node);
  }
}

export function compileSearch(root: SearchNode, resolved: Resolved): CompiledSearch {
  const compiler = new Compiler(resolved);
  const where = compiler.node(root);
  return { where, params: compiler.params };
}
