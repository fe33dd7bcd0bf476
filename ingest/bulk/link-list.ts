/**
 * A patent's outgoing links of one kind, kept small for a million-family first load (issue 15):
 * parallel arrays instead of a Map (a patent has a handful of links per kind, so a linear search
 * is cheap), and link properties interned — most links of a run share their source, file,
 * datasets and order — so each link costs two array slots instead of an object and its arrays.
 * Interned properties are frozen: a change is a new interned value (`LinkList.set`).
 */

export type LinkProps = Readonly<Record<string, unknown>>;

const SEP = '\u0001';

const keyPart = (value: unknown) =>
  Array.isArray(value) ? `[${value.join(SEP)}]` : value === undefined ? '' : `${typeof value}:${value}`;

/** The run's shared values: one frozen object per distinct link property set, one array per list. */
export class Interner {
  private readonly props = new Map<string, LinkProps>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly strings = new Map<string, string>();

  /** One shared frozen array per distinct list of strings (datasets, spellings). */
  list(list: readonly string[]): readonly string[] {
    const key = list.join(SEP);
    let shared = this.lists.get(key);
    if (!shared) {
      shared = Object.freeze([...list]);
      this.lists.set(key, shared);
    }
    return shared;
  }

  /** One shared string per distinct link target key (applicant, inventor, class, branch, field). */
  string(text: string): string {
    const shared = this.strings.get(text);
    if (shared !== undefined) return shared;
    this.strings.set(text, text);
    return text;
  }

  clear(): void {
    this.props.clear();
    this.lists.clear();
    this.strings.clear();
  }

  /** One shared frozen object per distinct set of link properties (same keys in the same order). */
  link(props: Record<string, unknown>): LinkProps {
    let key = '';
    for (const name in props) key += `${name}=${keyPart(props[name])}${SEP}`;
    let shared = this.props.get(key);
    if (!shared) {
      const copy: Record<string, unknown> = {};
      for (const name in props) {
        const value = props[name];
        copy[name] = Array.isArray(value) ? this.list(value as string[]) : value;
      }
      shared = Object.freeze(copy);
      this.props.set(key, shared);
    }
    return shared;
  }
}

/** Where a patent keeps its links: `[kind, key, props, kind, key, props, …]`, exactly as long as needed. */
export interface LinkHolder {
  links: unknown[];
}

/**
 * A view of a patent's links of one kind. All kinds share one array per patent (a patent has a
 * few dozen links, so a linear search is cheap; one array instead of one per kind saves ~500 bytes
 * a patent at a million families).
 */
export class LinkList {
  constructor(
    private readonly holder: LinkHolder,
    private readonly kind: number,
  ) {}

  get size(): number {
    let n = 0;
    const items = this.holder.links;
    for (let i = 0; i < items.length; i += 3) if (items[i] === this.kind) n += 1;
    return n;
  }

  private indexOf(key: string): number {
    const items = this.holder.links;
    for (let i = 0; i < items.length; i += 3) if (items[i] === this.kind && items[i + 1] === key) return i;
    return -1;
  }

  get(key: string): LinkProps | undefined {
    const at = this.indexOf(key);
    return at < 0 ? undefined : (this.holder.links[at + 2] as LinkProps);
  }

  /** Sets the link to `key` (appended when new, so the order of first addition is kept, as a Map's). */
  set(key: string, props: LinkProps): void {
    const at = this.indexOf(key);
    if (at >= 0) this.holder.links[at + 2] = props;
    else this.holder.links = this.holder.links.concat([this.kind, key, props]);
  }

  delete(key: string): boolean {
    const at = this.indexOf(key);
    if (at < 0) return false;
    const items = this.holder.links;
    this.holder.links = [...items.slice(0, at), ...items.slice(at + 3)];
    return true;
  }

  values(): LinkProps[] {
    return this.entries().map(([, props]) => props);
  }

  /** A copy of the entries, safe to iterate while the list changes. */
  entries(): Array<[string, LinkProps]> {
    return [...this];
  }

  *[Symbol.iterator](): IterableIterator<[string, LinkProps]> {
    const items = this.holder.links;
    for (let i = 0; i < items.length; i += 3)
      if (items[i] === this.kind) yield [items[i + 1] as string, items[i + 2] as LinkProps];
  }
}
