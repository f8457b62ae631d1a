import { parse } from "csv-parse/sync";
import type { MessageKey, MessageKeyIn } from "@/i18n/types.ts";
import { fieldErrorsFromZod, type Message } from "@/lib/forms/form-state.ts";
import {
  MAX_CSV_CHARACTERS,
  MAX_CSV_ROWS,
  PANEL_COLUMNS,
  REQUIRED_PANEL_COLUMNS,
  panelMemberSchema,
  type PanelColumn,
  type PanelMemberInput,
} from "./schemas.ts";

/**
 * One problem in an import. `row` counts as a spreadsheet does (the header is row 1, blank
 * rows count too); null means the whole file. `column` is the template's column name.
 */
export type PanelImportError = { row: number | null; column: string | null; message: Message };

export type PanelCsvRow = { row: number; member: PanelMemberInput };

export type ParsedPanelCsv = {
  /** The rows that passed every check this parser can make on its own. */
  rows: PanelCsvRow[];
  errors: PanelImportError[];
  /** Non-blank data rows in the file, valid or not. */
  rowCount: number;
};

// Spellings people use for the same column.
const aliases: Record<string, PanelColumn> = {
  organization: "organisation",
  "e-mail": "email",
  "email address": "email",
};

const key = (name: MessageKeyIn<"panel.import.errors">): MessageKey =>
  `panel.import.errors.${name}`;

/** CSV text → validated experts and per-row errors. Pure: the database checks come later. */
export function parsePanelCsv(text: string): ParsedPanelCsv {
  if (text.length > MAX_CSV_CHARACTERS)
    return fileError({ key: key("tooLarge"), values: { max: MAX_CSV_CHARACTERS / 1000 } });

  const read = readRecords(text);
  if ("error" in read) return fileError(read.error);
  const records = read.records;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) return fileError({ key: key("empty") });

  const header = readHeader(records[headerIndex]!, headerIndex + 1);
  if (header.errors.length) return { rows: [], errors: header.errors, rowCount: 0 };

  const rows: PanelCsvRow[] = [];
  const errors: PanelImportError[] = [];
  const firstRowByEmail = new Map<string, number>();
  let rowCount = 0;
  for (const [index, record] of records.entries()) {
    if (index <= headerIndex || isBlank(record)) continue;
    rowCount++;
    if (rowCount > MAX_CSV_ROWS)
      return fileError({ key: key("tooManyRows"), values: { max: MAX_CSV_ROWS } });
    const row = index + 1;
    const rowErrors = checkRowShape(record, header.columns, row);
    const values = Object.fromEntries(
      PANEL_COLUMNS.map((column) => {
        const at = header.columns.indexOf(column);
        return [column, at === -1 ? "" : (record[at] ?? "")];
      }),
    );
    const parsed = panelMemberSchema.safeParse(values);
    if (!parsed.success) {
      for (const [column, message] of Object.entries(fieldErrorsFromZod(parsed.error)))
        rowErrors.push({ row, column, message });
    } else {
      const first = firstRowByEmail.get(parsed.data.email);
      if (first !== undefined)
        rowErrors.push({
          row,
          column: "email",
          message: { key: key("duplicateInFile"), values: { row: first } },
        });
      else firstRowByEmail.set(parsed.data.email, row);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else if (parsed.success) rows.push({ row, member: parsed.data });
  }
  if (rowCount === 0) return fileError({ key: key("noRows") });
  return { rows, errors, rowCount };
}

function fileError(message: Message): ParsedPanelCsv {
  return { rows: [], errors: [{ row: null, column: null, message }], rowCount: 0 };
}

function isBlank(record: string[]): boolean {
  return record.every((value) => value.trim() === "");
}

type ReadResult = { records: string[][] } | { error: Message };

function readRecords(text: string): ReadResult {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      // Files edited by hand or on several systems mix line endings.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return { records };
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const line = typeof lines === "number" ? lines : 0;
    if (code === "CSV_QUOTE_NOT_CLOSED") return { error: { key: key("quoteNotClosed") } };
    if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "INVALID_OPENING_QUOTE")
      return { error: { key: key("badQuote"), values: { line } } };
    return { error: { key: key("unreadable"), values: { line } } };
  }
}

/**
 * Spreadsheets in many locales save "CSV" with semicolons (or tabs); the header line says
 * which, since column names contain neither.
 */
function guessDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [",", ";", "\t"].map((c) => ({ c, n: count(c) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]!.n > 0 ? candidates[0]!.c : ",";
}

type Header = { columns: (PanelColumn | null)[]; errors: PanelImportError[] };

function readHeader(record: string[], row: number): Header {
  const errors: PanelImportError[] = [];
  const columns: (PanelColumn | null)[] = [];
  for (const raw of record) {
    const name = raw.trim().replace(/\s+/g, " ").toLowerCase();
    if (name === "") {
      // Trailing separators are common in spreadsheet exports; values under them are checked per row.
      columns.push(null);
      continue;
    }
    const column = aliases[name] ?? PANEL_COLUMNS.find((c) => c === name);
    if (!column) {
      errors.push({
        row,
        column: raw.trim(),
        message: {
          key: key("unknownColumn"),
          values: { column: raw.trim(), known: PANEL_COLUMNS.join(", ") },
        },
      });
    } else if (columns.includes(column)) {
      errors.push({ row, column, message: { key: key("duplicateColumn"), values: { column } } });
    }
    columns.push(column ?? null);
  }
  for (const column of REQUIRED_PANEL_COLUMNS) {
    if (!columns.includes(column))
      errors.push({ row, column, message: { key: key("missingColumn"), values: { column } } });
  }
  return { columns, errors };
}

/** Values with no column to go in: more values than the header has, or under an unnamed column. */
function checkRowShape(
  record: string[],
  columns: (PanelColumn | null)[],
  row: number,
): PanelImportError[] {
  const stray = record.some((value, i) => value.trim() !== "" && (columns[i] ?? null) === null);
  if (!stray) return [];
  return [
    {
      row,
      column: null,
      message: { key: key("strayValues"), values: { count: record.length, max: columns.length } },
    },
  ];
}
