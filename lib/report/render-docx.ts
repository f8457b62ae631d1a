import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, Table, TextRun, WidthType } from "docx";
import type { PhrasingContent, RootContent } from "mdast";
import type { ComposedReport } from "./compose-report.ts";
import {
  flowFigureTable,
  orderedItem,
  orderedNumbering,
  tableRows,
  titleBlockParagraphs,
} from "./docx-parts.ts";
import { parseMarkdown } from "./parse-markdown.ts";

// The report as a Word document, from the same composed Markdown as the web page: parsed
// into a syntax tree (mdast) and mapped onto docx paragraphs, lists and tables, so that
// people who edit reports in a word processor get real headings and tables, not text.

type Block = Paragraph | Table;
type Style = { bold?: boolean; italics?: boolean; strike?: boolean };

export async function renderReportDocx(report: ComposedReport): Promise<Buffer> {
  const children: Block[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    ...titleBlockParagraphs(report.titleBlock),
  ];
  const lists = { count: 0 };
  for (const item of report.items) {
    if (item.key === "title") continue;
    children.push(new Paragraph({ text: item.title, heading: HeadingLevel.HEADING_1 }));
    children.push(...blocks(item.markdown || "—", lists));
    if (item.figure) children.push(...flowFigureTable(item.figure));
  }
  const doc = new Document({
    creator: "Livewith",
    title: report.title,
    numbering: orderedNumbering,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** `lists` counts the ordered lists written so far: each is its own numbering instance. */
function blocks(markdown: string, lists: { count: number }): Block[] {
  return parseMarkdown(markdown).children.flatMap((node) => block(node, { lists }));
}

type Context = { level?: number; quote?: boolean; lists: { count: number } };

function block(node: RootContent, context: Context): Block[] {
  const indent = context.quote ? { left: 720 } : undefined;
  switch (node.type) {
    case "heading":
      return [
        new Paragraph({
          children: runs(node.children),
          heading: node.depth <= 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: runs(node.children), indent })];
    case "blockquote":
      return node.children.flatMap((child) => block(child, { ...context, quote: true }));
    case "list": {
      // Word numbers ordered lists itself; one that starts elsewhere than 1 keeps its
      // numbers as text, since a numbering instance always starts at the level's start.
      const instance = node.ordered && (node.start ?? 1) === 1 ? ++context.lists.count : null;
      const level = context.level ?? 0;
      return node.children.flatMap((item, i) =>
        item.children.flatMap((child) =>
          child.type === "paragraph"
            ? [
                new Paragraph({
                  children: [
                    ...(node.ordered && instance === null
                      ? [new TextRun(`${(node.start ?? 1) + i}. `)]
                      : []),
                    ...runs(child.children),
                  ],
                  ...(instance !== null
                    ? orderedItem(instance, level)
                    : node.ordered
                      ? { indent: { left: 360 * (level + 1) } }
                      : { bullet: { level } }),
                }),
              ]
            : block(child, { ...context, level: level + 1 }),
        ),
      );
    }
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: tableRows(
            node.children.map((row, r) =>
              row.children.map((cell) => [
                new Paragraph({ children: runs(cell.children, { bold: r === 0 }) }),
              ]),
            ),
          ),
        }),
        new Paragraph(""),
      ];
    case "code":
      return [
        new Paragraph({ children: [new TextRun({ text: node.value, font: "Courier New" })] }),
      ];
    case "thematicBreak":
      return [new Paragraph({ thematicBreak: true })];
    default:
      return "value" in node && typeof node.value === "string" ? [new Paragraph(node.value)] : [];
  }
}

function runs(nodes: PhrasingContent[], style: Style = {}): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case "text":
        return [new TextRun({ text: node.value, ...style })];
      case "strong":
        return runs(node.children, { ...style, bold: true });
      case "emphasis":
        return runs(node.children, { ...style, italics: true });
      case "delete":
        return runs(node.children, { ...style, strike: true });
      case "break":
        return [new TextRun({ text: "", break: 1 })];
      case "inlineCode":
        return [new TextRun({ text: node.value, font: "Courier New", ...style })];
      case "link":
        return runs(node.children, style);
      default:
        return "value" in node && typeof node.value === "string"
          ? [new TextRun({ text: node.value, ...style })]
          : [];
    }
  });
}
