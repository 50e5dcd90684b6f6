/**
 * ES2017+ library calls the engine would use, written for ES2016: classic
 * Outlook on Windows runs the handler in an ES2016 runtime (tsconfig.launchevent.json
 * type-checks everything in that bundle against lib ES2016).
 */
export function fromPairs<V>(pairs: ReadonlyArray<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of pairs) out[key] = value;
  return out;
}

export function pairsOf<V>(record: Readonly<Record<string, V>>): Array<[string, V]> {
  return Object.keys(record).map((key): [string, V] => [key, record[key]]);
}

export function flatMap<T, U>(items: readonly T[], map: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  // One push per element: spreading a long list into push() can exceed an engine's argument limit.
  for (const item of items) for (const mapped of map(item)) out.push(mapped);
  return out;
}
