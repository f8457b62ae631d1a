// Form field names become object keys in the parsers that turn flat names into nested
// objects. A name such as "clause.__proto__.title" would then write onto Object.prototype
// and change every object in the server process (seen: one unauthenticated request made
// every page fail). Names that reach such a parser must pass this check, and the parsers
// build their objects without a prototype.

const KEY = /^[A-Za-z0-9_:-]{1,130}$/;
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

/** A name that can be used as an object key without touching any prototype. */
export function isSafeKey(name: string): boolean {
  return KEY.test(name) && !RESERVED.has(name);
}

/** An empty object without a prototype, for keys that come from a request. */
export function bareObject<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
