/** Neo4j ↔ JavaScript value conversion, in one place: integers, dates, nested records. */
import neo4j, {
  type DateTime,
  type Integer,
  isDate,
  isDateTime,
  isInt,
  type Date as Neo4jDate,
} from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Converts driver values (Integer, Date, DateTime, Node properties) into plain JSON values. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return toNumber(value as Integer);
  if (isDate(value)) return (value as Neo4jDate<Integer>).toString();
  if (isDateTime(value)) return (value as DateTime<Integer>).toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const maybeNode = value as { properties?: Record<string, unknown>; labels?: unknown };
    const source =
      maybeNode.properties && maybeNode.labels ? maybeNode.properties : (value as Record<string, unknown>);
    const out: Record<string, Plain> = {};
    for (const [key, inner] of Object.entries(source)) out[key] = toPlain(inner);
    return out;
  }
  if (typeof value === 'bigint') return Number(value);
  return value as Plain;
}

export function toNumber(value: Integer | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (!value.inSafeRange())
    throw new RangeError(`Neo4j integer ${value.toString()} exceeds the JS safe range`);
  return value.toNumber();
}

/** ISO `YYYY-MM-DD` → Neo4j Date parameter; undefined stays null. */
export function toNeo4jDate(iso: string | undefined | null): Neo4jDate<number> | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** A JS number that must be sent as a Cypher INTEGER (e.g. LIMIT, SKIP). */
export const int = (value: number) => neo4j.int(Math.trunc(value));
