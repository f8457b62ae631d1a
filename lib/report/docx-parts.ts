import "server-only";
import {
  AlignmentType,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
} from "docx";
import type { FlowFigure } from "./flow-figure.ts";
import { KEEP_WITH_HEADER } from "./pdf-definition.ts";
import type { TitleBlock } from "./title-block.ts";

// Pieces of the Word file that Word should own rather than imitate in text: list numbering,
// a figure as a table, rows that stay together, the title block.

const ORDERED = "ordered";
const LEVELS = 4;

/** Decimal numbering for ordered lists, nested up to four levels. */
export const orderedNumbering: INumberingOptions = {
  config: [
    {
      reference: ORDERED,
      levels: Array.from({ length: LEVELS }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

/**
 * Paragraph options for an item of ordered list number `instance`: each list gets its own
 * instance, so every list (each version's clauses) starts again at its first number.
 */
export function orderedItem(instance: number, level: number) {
  return { numbering: { reference: ORDERED, level: Math.min(level, LEVELS - 1), instance } };
}

/**
 * A table's rows (each a list of cells, each cell its paragraphs): the header repeats on every page and stays with the first body rows,
 * and no row is split across two pages.
 */
export function tableRows(cells: Paragraph[][][], hasHeader = true): TableRow[] {
  return cells.map(
    (row, r) =>
      new TableRow({
        tableHeader: hasHeader && r === 0,
        cantSplit: true,
        keepNext: r < Math.min(KEEP_WITH_HEADER, cells.length - 1),
        children: row.map((children) => new TableCell({ children })),
      }),
  );
}

/** The participation flow as a one-column table, one step per row, in order. */
export function flowFigureTable(figure: FlowFigure): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: figure.title, bold: true })], keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: tableRows(
        figure.steps.map((step) => [
          [new Paragraph({ text: step, alignment: AlignmentType.CENTER })],
        ]),
        false,
      ),
    }),
    new Paragraph(""),
  ];
}

export function titleBlockParagraphs(block: TitleBlock | undefined): Paragraph[] {
  return (block?.lines ?? []).map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, size: 18, color: "334155" })] }),
  );
}
