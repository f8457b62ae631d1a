/** The round number in a URL ("1", "2"…), or null for anything else. */
export function parseRoundNumber(raw: string): number | null {
  return /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : null;
}
