/**
 * Memoisation for the stores: values made from the build's data, which never change while the
 * process runs, so they are kept for good. Only for inputs from an allow-list (indicator ids,
 * years with data, region codes): values made from free client input use a bounded LRU instead.
 */

/** A loader that runs once (a build file read and parsed, a prepared body). */
export function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

/** A keyed loader: each key's value is made once. */
export function memoByKey<T>(): (key: string, make: () => T) => T {
  const values = new Map<string, T>();
  return (key, make) => {
    if (!values.has(key)) values.set(key, make());
    return values.get(key)!;
  };
}
