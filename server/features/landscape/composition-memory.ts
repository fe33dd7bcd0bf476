/**
 * Composition's facts from the in-memory landscape table, with exactly the semantics of the Cypher
 * in composition.ts (an integration test compares both): the scope's distinct families; per scheme
 * the families per class group at the level (section = first letter, class = 3 characters,
 * subclass = 4, main group = the part before '/' + '/00'), most first, ties by code; families per
 * chain node (each TAGGED leaf's lineage, segment and chain); families per WIPO field, most first,
 * ties by id. One walk over the scope's families, counting each family once per key.
 */
import type { CompositionQuery } from '@graph-schema/dto/landscape-trends';
import type { CompositionFacts } from './composition';
import { DistinctFamilyCounter } from './landscape-counting';
import { markedScope } from './landscape-memory';
import type { CodeLists, LandscapeTable } from './landscape-table';

type Scheme = CompositionQuery['scheme'];
type Level = CompositionQuery['level'];

/** The level's group of a code, as LEVEL_EXPRESSION computes it in Cypher. */
const LEVEL_GROUP: Record<Level, (code: string) => string> = {
  section: (code) => code.slice(0, 1),
  class: (code) => code.slice(0, 3),
  subclass: (code) => code.slice(0, 4),
  main_group: (code) => `${code.split('/')[0]}/00`,
};

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A scheme's codes mapped to their groups at one level; group ids follow the groups' code order. */
interface Groups {
  groupOf: Int32Array;
  groups: string[];
  counter: DistinctFamilyCounter;
}

interface CompositionCounters {
  groups: Map<string, Groups>;
  nodes: DistinctFamilyCounter;
  fields: DistinctFamilyCounter;
}

const counters = new WeakMap<LandscapeTable, CompositionCounters>();

function countersOf(table: LandscapeTable): CompositionCounters {
  let found = counters.get(table);
  if (!found) {
    found = {
      groups: new Map(),
      nodes: new DistinctFamilyCounter(table.chainNodes.codes.length),
      fields: new DistinctFamilyCounter(table.fields.codes.length),
    };
    counters.set(table, found);
  }
  return found;
}

const codesOf = (table: LandscapeTable, scheme: Scheme): CodeLists =>
  scheme === 'CPC' ? table.cpc : table.ipc;

function groupsOf(table: LandscapeTable, scheme: Scheme, level: Level): Groups {
  const all = countersOf(table).groups;
  let found = all.get(`${scheme} ${level}`);
  if (!found) {
    const names = codesOf(table, scheme).codes.map(LEVEL_GROUP[level]);
    const groups = [...new Set(names)].sort(byCodePoint);
    const ids = new Map(groups.map((group, id) => [group, id]));
    found = {
      groupOf: Int32Array.from(names, (name) => ids.get(name)!),
      groups,
      counter: new DistinctFamilyCounter(groups.length),
    };
    all.set(`${scheme} ${level}`, found);
  }
  return found;
}

/** Adds the ids of row `i` in `lists` (mapped by `map` when given) to `counter`. */
function addRow(counter: DistinctFamilyCounter, lists: CodeLists, i: number, map?: Int32Array): void {
  for (let k = lists.starts[i]!; k < lists.starts[i + 1]!; k++)
    counter.add(map ? map[lists.ids[k]!]! : lists.ids[k]!);
}

/** Composition's facts for `schemes`, for a scope that passes answersInMemory (synchronous: shared marks). */
export function compositionFactsFromTable(
  table: LandscapeTable,
  query: CompositionQuery,
  schemes: readonly Scheme[],
): CompositionFacts {
  const { scratch, epoch, families } = markedScope(table, query);
  const { nodes, fields } = countersOf(table);
  const classes = schemes.map((scheme) => ({
    scheme,
    lists: codesOf(table, scheme),
    ...groupsOf(table, scheme, query.level),
  }));
  for (let f = 0; f < families; f++) {
    const family = scratch.scopeFamilies[f]!;
    for (const { counter } of classes) counter.nextFamily();
    nodes.nextFamily();
    fields.nextFamily();
    for (let i = table.familyStarts[family]!; i < table.familyStarts[family + 1]!; i++) {
      if (scratch.rowMark[i] !== epoch) continue;
      for (const { counter, lists, groupOf } of classes) addRow(counter, lists, i, groupOf);
      addRow(nodes, table.chainNodes, i);
      addRow(fields, table.fields, i);
    }
  }
  return {
    families,
    // One extra row tells whether the list was cut.
    classes: new Map(
      classes.map(({ scheme, counter, groups }) => [
        scheme,
        counter.takeTop(query.top + 1).map(({ key, families: n }) => ({ code: groups[key]!, families: n })),
      ]),
    ),
    nodes: nodes
      .takeTop(table.chainNodes.codes.length)
      .map(({ key, families: n }) => ({ node: table.chainNodes.codes[key]!, families: n })),
    fields: fields.takeTop(table.fields.codes.length).map(({ key, families: n }) => ({
      id: table.fields.codes[key]!,
      ...table.fieldInfo[key]!,
      families: n,
    })),
  };
}
