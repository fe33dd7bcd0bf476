/**
 * The `count` best items in order (best first), without sorting the rest: a quickselect moves the
 * `count` best to the front, then only those are sorted. `compare` must be a total order (ties
 * broken), so the result equals `[...items].sort(compare).slice(0, count)`. FTO retrieval lists at
 * most 500 families of the thousands above its relevance floor; sorting them all was a fifth of a
 * screening's retrieval at 100k demo families.
 */
export function bestFirst<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const work = [...items];
  if (count >= work.length) return work.sort(compare);
  if (count <= 0) return [];
  let low = 0;
  let high = work.length - 1;
  // Hoare-style selection: afterwards work[0 … count-1] are the `count` best, in any order.
  while (high > low) {
    const pivot = medianOfThree(work[low]!, work[(low + high) >>> 1]!, work[high]!, compare);
    let i = low;
    let j = high;
    while (i <= j) {
      while (compare(work[i]!, pivot) < 0) i++;
      while (compare(work[j]!, pivot) > 0) j--;
      if (i <= j) {
        const swap = work[i]!;
        work[i] = work[j]!;
        work[j] = swap;
        i++;
        j--;
      }
    }
    // [low … j] ≤ pivot ≤ [i … high]; keep the side that holds position count - 1.
    if (count - 1 <= j) high = j;
    else if (count - 1 >= i) low = i;
    else break;
  }
  return work.slice(0, count).sort(compare);
}

function medianOfThree<T>(a: T, b: T, c: T, compare: (a: T, b: T) => number): T {
  if (compare(a, b) < 0) {
    if (compare(b, c) < 0) return b;
    return compare(a, c) < 0 ? c : a;
  }
  if (compare(a, c) < 0) return a;
  return compare(b, c) < 0 ? c : b;
}
