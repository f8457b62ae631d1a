/**
 * Spreadsheets run a cell that starts with =, +, - or @ as a formula (and tab or carriage
 * return can smuggle one in): such a cell gets a leading apostrophe, which they show as text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
