import { describe, expect, it } from "vitest";
import { panelCsvTemplate } from "./panel-csv-template.ts";
import { parsePanelCsv } from "./parse-panel-csv.ts";
import { MAX_CSV_ROWS } from "./schemas.ts";

const header = "name,email,organisation,country,region,sector,gender,expertise";
const ana = "Ana Quiroga,ana@example.org,Uni A,Chile,Latin America,Academia,woman,ethics;law";

describe("parsePanelCsv: reading the file", () => {
  it("reads a plain file into experts, with the header as row 1", () => {
    const result = parsePanelCsv(`${header}\n${ana}\n`);
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(1);
    expect(result.rows).toEqual([
      {
        row: 2,
        member: {
          name: "Ana Quiroga",
          email: "ana@example.org",
          organisation: "Uni A",
          country: "Chile",
          region: "Latin America",
          sector: "Academia",
          gender: "woman",
          expertise: ["ethics", "law"],
        },
      },
    ]);
  });

  it("handles quoted fields with commas, doubled quotes and newlines", () => {
    const text =
      `${header}\n` +
      `"Quiroga, Ana",ana@example.org,"University of X, ""Lab"" B",Chile,,,,\n` +
      `"Bo\nTan",bo@example.org,"Line one\nline two",,,,,"a;\nb"\n`;
    const { rows, errors } = parsePanelCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.member.name, r.member.organisation])).toEqual([
      [2, "Quiroga, Ana", 'University of X, "Lab" B'],
      // A quoted newline stays inside one row, as in a spreadsheet.
      [3, "Bo Tan", "Line one line two"],
    ]);
    expect(rows[1]!.member.expertise).toEqual(["a", "b"]);
  });

  it("ignores a byte order mark and accepts CRLF, CR and mixed line endings", () => {
    const crlf = parsePanelCsv(`\uFEFF${header}\r\n${ana}\r\nBo,bo@example.org\r\n`);
    expect(crlf.errors).toEqual([]);
    expect(crlf.rows.map((r) => r.member.name)).toEqual(["Ana Quiroga", "Bo"]);
    const mixed = parsePanelCsv(
      `name,email\r\nAna,ana@example.org\nBo,bo@example.org\rCy,cy@example.org`,
    );
    expect(mixed.errors).toEqual([]);
    expect(mixed.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("matches column names whatever their case, spacing or order, and knows 'organization'", () => {
    const { rows, errors } = parsePanelCsv(
      " EMAIL ,Name,Organization\nANA@Example.ORG,Ana,Uni A\n",
    );
    expect(errors).toEqual([]);
    expect(rows[0]!.member).toMatchObject({
      name: "Ana",
      email: "ana@example.org",
      organisation: "Uni A",
      gender: null,
      expertise: [],
    });
  });

  it("reads semicolon-separated files as spreadsheets in many locales save them", () => {
    const { rows, errors } = parsePanelCsv(
      `name;email;expertise\nAna;ana@example.org;"ethics;law"\n`,
    );
    expect(errors).toEqual([]);
    expect(rows[0]!.member.expertise).toEqual(["ethics", "law"]);
  });

  it("skips blank rows but keeps counting them, as a spreadsheet would", () => {
    const { rows, rowCount } = parsePanelCsv(
      `name,email\n\nAna,ana@example.org\n , \nBo,bo@example.org\n\n`,
    );
    expect(rows.map((r) => r.row)).toEqual([3, 5]);
    expect(rowCount).toBe(2);
  });
});

describe("parsePanelCsv: problems with the file as a whole", () => {
  it("reports an empty file, and a file with a header only", () => {
    for (const text of ["", "\uFEFF", "\n\n  \n"])
      expect(parsePanelCsv(text).errors).toEqual([
        { row: null, column: null, message: { key: "panel.import.errors.empty" } },
      ]);
    expect(parsePanelCsv(`${header}\n`).errors).toEqual([
      { row: null, column: null, message: { key: "panel.import.errors.noRows" } },
    ]);
  });

  it("reports missing required columns, unknown columns and duplicate columns on row 1", () => {
    const { errors, rows } = parsePanelCsv(
      "Name,Organisation,affiliation,organisation\nAna,X,Y,Z\n",
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        row: 1,
        column: "affiliation",
        message: {
          key: "panel.import.errors.unknownColumn",
          values: {
            column: "affiliation",
            known: "name, email, organisation, country, region, sector, gender, expertise",
          },
        },
      },
      {
        row: 1,
        column: "organisation",
        message: {
          key: "panel.import.errors.duplicateColumn",
          values: { column: "organisation" },
        },
      },
      {
        row: 1,
        column: "email",
        message: { key: "panel.import.errors.missingColumn", values: { column: "email" } },
      },
    ]);
  });

  it("reports a quote that is never closed, or a stray one, instead of guessing", () => {
    expect(parsePanelCsv(`name,email\n"Ana,ana@example.org\n`).errors[0]!.message.key).toBe(
      "panel.import.errors.quoteNotClosed",
    );
    expect(parsePanelCsv(`name,email\n"Ana"x,ana@example.org\n`).errors[0]!.message).toEqual({
      key: "panel.import.errors.badQuote",
      values: { line: 2 },
    });
  });

  it("refuses files far beyond any panel", () => {
    const many = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `E${i},e${i}@example.org`);
    expect(parsePanelCsv(`name,email\n${many.join("\n")}`).errors[0]!.message.key).toBe(
      "panel.import.errors.tooManyRows",
    );
    expect(parsePanelCsv("x".repeat(600_000)).errors[0]!.message.key).toBe(
      "panel.import.errors.tooLarge",
    );
  });
});

describe("parsePanelCsv: problems in rows", () => {
  it("reports each bad row with its row number and column, and keeps the good ones apart", () => {
    const text = [
      "name,email,region",
      "Ana,ana@example.org,Europe",
      "Bo,not-an-address,Asia",
      ",cy@example.org,Africa",
      "Di,ANA@example.org,Europe",
      "Ed,,Oceania",
      "Fay,fay@example.org,Europe,surplus",
      "Gus,gus@example.org,Europe,",
    ].join("\n");
    const { rows, errors, rowCount } = parsePanelCsv(text);
    expect(rowCount).toBe(7);
    expect(rows.map((r) => r.row)).toEqual([2, 8]);
    expect(errors).toEqual([
      { row: 3, column: "email", message: { key: "validation.email" } },
      { row: 4, column: "name", message: { key: "validation.required" } },
      {
        row: 5,
        column: "email",
        message: { key: "panel.import.errors.duplicateInFile", values: { row: 2 } },
      },
      { row: 6, column: "email", message: { key: "validation.required" } },
      {
        row: 7,
        column: null,
        message: { key: "panel.import.errors.strayValues", values: { count: 4, max: 3 } },
      },
    ]);
  });

  it("reports over-long values against their column", () => {
    const { errors } = parsePanelCsv(`name,email,sector\nAna,ana@example.org,${"s".repeat(101)}\n`);
    expect(errors).toEqual([
      { row: 2, column: "sector", message: { key: "validation.tooLong", values: { max: 100 } } },
    ]);
  });
});

describe("the downloadable template", () => {
  it("is read back by the parser as one valid expert", () => {
    const { rows, errors } = parsePanelCsv(panelCsvTemplate());
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.member.organisation).toBe("University of Lagos, Centre for Urban Studies");
    expect(rows[0]!.member.expertise).toEqual(["sharing economy", "urban planning"]);
  });
});
