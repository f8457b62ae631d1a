/** Joins class names, skipping falsy parts. No conflict resolution: callers add, not override. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
