/**
 * The search syntax: tokens (syntax-tokens.ts) → a query tree, by the shunting-yard algorithm
 * (Dijkstra 1961) with an explicit operator stack, so deep parentheses cannot overflow the call
 * stack. NOT binds tighter than AND, AND tighter than OR; two operands side by side are ANDed
 * (`ti:anode cpc:H01M` = `ti:anode AND cpc:H01M`), as in the Lucene classic query syntax.
 */
import { SEARCH_QUERY_MAX_LENGTH } from '@graph-schema/dto/search-results';
import { leafOf, type SearchLeaf } from './syntax-terms';
import { SearchSyntaxError, type Token, tokenize } from './syntax-tokens';

export type SearchNode =
  | SearchLeaf
  | { kind: 'and'; children: SearchNode[] }
  | { kind: 'or'; children: SearchNode[] }
  | { kind: 'not'; child: SearchNode };

/** Bounds that keep one query's Cypher and its full-text look-ups small. */
export const MAX_TERMS = 40;
export const MAX_DEPTH = 12;

type Operator = { kind: '(' | 'AND' | 'OR' | 'NOT'; position: number };
const PRECEDENCE = { OR: 1, AND: 2, NOT: 3 } as const;

function combine(kind: 'and' | 'or', left: SearchNode, right: SearchNode): SearchNode {
  // Flatten `a AND b AND c` into one node, so the tree and its printed form stay shallow.
  const parts = (node: SearchNode) =>
    (node.kind === 'and' || node.kind === 'or') && node.kind === kind ? node.children : [node];
  const children = [...parts(left), ...parts(right)];
  return kind === 'and' ? { kind, children } : { kind, children };
}

function apply(operator: Operator, output: SearchNode[]): void {
  const right = output.pop();
  if (right === undefined) throw new SearchSyntaxError('missingOperand', operator.position, null);
  if (operator.kind === 'NOT') {
    output.push({ kind: 'not', child: right });
    return;
  }
  const left = output.pop();
  if (left === undefined) throw new SearchSyntaxError('missingOperand', operator.position, null);
  output.push(combine(operator.kind === 'AND' ? 'and' : 'or', left, right));
}

class ShuntingYard {
  readonly output: SearchNode[] = [];
  readonly operators: Operator[] = [];
  expectOperand = true;
  terms = 0;
  depth = 0;

  /** Pops operators that bind at least as tightly as `precedence` (NOT is right-associative). */
  reduce(precedence: number): void {
    for (
      let top = this.operators.at(-1);
      top !== undefined && top.kind !== '(';
      top = this.operators.at(-1)
    ) {
      if (PRECEDENCE[top.kind] < precedence) return;
      apply(top, this.output);
      this.operators.pop();
    }
  }

  /** Two operands side by side: the AND that was left out. */
  implicitAnd(position: number): void {
    if (this.expectOperand) return;
    this.reduce(PRECEDENCE.AND);
    this.operators.push({ kind: 'AND', position });
    this.expectOperand = true;
  }

  read(token: Token): void {
    switch (token.kind) {
      case 'term':
        this.implicitAnd(token.position);
        if (++this.terms > MAX_TERMS) throw new SearchSyntaxError('tooManyTerms', token.position, null);
        this.output.push(leafOf(token));
        this.expectOperand = false;
        return;
      case 'NOT':
        this.implicitAnd(token.position);
        this.operators.push({ kind: token.kind, position: token.position });
        return;
      case 'AND':
      case 'OR':
        if (this.expectOperand) throw new SearchSyntaxError('missingOperand', token.position, null);
        this.reduce(PRECEDENCE[token.kind]);
        this.operators.push({ kind: token.kind, position: token.position });
        this.expectOperand = true;
        return;
      case '(':
        this.implicitAnd(token.position);
        if (++this.depth > MAX_DEPTH) throw new SearchSyntaxError('tooDeep', token.position, null);
        this.operators.push({ kind: token.kind, position: token.position });
        return;
      case ')':
        this.close(token.position);
    }
  }

  close(position: number): void {
    if (this.expectOperand) throw new SearchSyntaxError('missingOperand', position, null);
    this.reduce(0);
    if (this.operators.pop()?.kind !== '(')
      throw new SearchSyntaxError('unexpectedParenthesis', position, null);
    this.depth -= 1;
  }

  finish(length: number): SearchNode {
    if (this.expectOperand) throw new SearchSyntaxError('missingOperand', length, null);
    this.reduce(0);
    const open = this.operators.pop();
    if (open !== undefined) throw new SearchSyntaxError('unclosedParenthesis', open.position, null);
    const [root] = this.output;
    if (root === undefined || this.output.length !== 1)
      throw new SearchSyntaxError('missingOperand', length, null);
    return root;
  }
}

/** Parses a query or throws SearchSyntaxError with the code, position and field of the first problem. */
export function parseSearch(q: string): SearchNode {
  if (q.length > SEARCH_QUERY_MAX_LENGTH)
    throw new SearchSyntaxError('tooLong', SEARCH_QUERY_MAX_LENGTH, null);
  const yard = new ShuntingYard();
  for (const token of tokenize(q)) yard.read(token);
  return yard.finish(q.length);
}

const quote = (value: string) => `"${value.replaceAll('"', '')}"`;

function leafText(leaf: SearchLeaf): string {
  switch (leaf.kind) {
    case 'text':
      return leaf.field === 'any' ? quote(leaf.value) : `${leaf.field}:${quote(leaf.value)}`;
    case 'applicant':
      return `pa:${quote(leaf.value)}`;
    case 'class':
      return `${leaf.scheme}:${leaf.prefix}`;
    case 'date':
      return `${leaf.field}:[${leaf.from ?? '*'} TO ${leaf.to ?? '*'}]`;
  }
}

/** The tree written back as a query: every operator and field explicit, so the user sees how it was read. */
export function printSearch(node: SearchNode): string {
  if (node.kind === 'not') {
    const inner = printSearch(node.child);
    return `NOT ${node.child.kind === 'and' || node.child.kind === 'or' ? `(${inner})` : inner}`;
  }
  if (node.kind === 'and' || node.kind === 'or') {
    const glue = node.kind === 'and' ? ' AND ' : ' OR ';
    return node.children
      .map((child) =>
        child.kind === 'or' && node.kind === 'and' ? `(${printSearch(child)})` : printSearch(child),
      )
      .join(glue);
  }
  return leafText(node);
}
