import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "./neutralise-cell.ts";

/**
 * RFC 4180 CSV with a header row, for every CSV the app offers: empty cells for null,
 * every text cell neutralised for spreadsheets, and a byte-order mark so that spreadsheet
 * programs read the file as UTF-8.
 */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: T[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = row[column] as unknown;
      if (value === null || value === undefined) return "";
      return typeof value === "string" ? neutraliseCell(value) : String(value);
    }),
  );
  return "\uFEFF" + stringify([[...columns], ...records]);
}
