import type { PhrasingContent, RootContent } from "mdast";
import type { ComposedReport } from "./compose-report.ts";
import { flowFigureSvg } from "./flow-figure.ts";
import { parseMarkdown } from "./parse-markdown.ts";

// The report as a pdfmake document definition: plain data (no functions), so it can be
// built here and handed to the worker thread that lays it out. The same composed Markdown
// as the web page and the Word file, parsed with mdast and mapped onto pdfmake's blocks.

type Inline = { text: string | Inline[]; bold?: boolean; italics?: boolean } & Record<
  string,
  unknown
>;
export type PdfNode = string | Inline | { [key: string]: unknown };
export type PdfDefinition = {
  info: { title: string; creator: string };
  content: PdfNode[];
  styles: Record<string, Record<string, unknown>>;
  defaultStyle: Record<string, unknown>;
  pageMargins: [number, number, number, number];
};

type Style = { bold?: boolean; italics?: boolean; decoration?: "lineThrough" };

/** Body rows that stay on the page of a table's header row. */
export const KEEP_WITH_HEADER = 3;

export function reportPdfDefinition(report: ComposedReport): PdfDefinition {
  const content: PdfNode[] = [
    { text: report.title, style: "title" },
    ...(report.titleBlock
      ? [{ stack: report.titleBlock.lines, style: "titleBlock" } satisfies PdfNode]
      : []),
  ];
  for (const item of report.items) {
    if (item.key === "title") continue;
    content.push({ text: item.title, style: "h1", headlineLevel: 1 });
    content.push(...pdfBlocks(item.markdown || "—"));
    if (item.figure) {
      content.push(
        { text: item.figure.title, style: "caption" },
        { svg: flowFigureSvg(item.figure), width: 400, alignment: "center", margin: [0, 0, 0, 10] },
      );
    }
  }
  return {
    info: { title: report.title, creator: "Livewith" },
    content,
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 16] },
      titleBlock: { fontSize: 9, color: "#334155", lineHeight: 1.4, margin: [0, -8, 0, 16] },
      h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      caption: { bold: true, margin: [0, 6, 0, 6] },
      quote: { italics: true, color: "#334155" },
      tableHeader: { bold: true },
    },
    defaultStyle: { font: "DejaVuSans", fontSize: 10, lineHeight: 1.25 },
    pageMargins: [56, 56, 56, 64],
  };
}

export function pdfBlocks(markdown: string): PdfNode[] {
  return parseMarkdown(markdown).children.flatMap((node) => block(node));
}

function block(node: RootContent): PdfNode[] {
  const spaced = { margin: [0, 0, 0, 6] };
  switch (node.type) {
    case "heading":
      return [
        { text: inlines(node.children), style: node.depth <= 3 ? "h2" : "h3", headlineLevel: 2 },
      ];
    case "paragraph":
      return [{ text: inlines(node.children), ...spaced }];
    case "blockquote":
      return [
        {
          stack: node.children.flatMap(block),
          style: "quote",
          margin: [18, 0, 0, 6],
        },
      ];
    case "list": {
      const items = node.children.map((item) => ({ stack: item.children.flatMap(block) }));
      return [
        node.ordered ? { ol: items, start: node.start ?? 1, ...spaced } : { ul: items, ...spaced },
      ];
    }
    case "table": {
      const columns = node.children[0]?.children.length ?? 1;
      return [
        {
          table: {
            headerRows: 1,
            // The header goes to the next page with the first rows rather than alone (or
            // with one row) at the foot of a page, and no row is cut in two.
            keepWithHeaderRows: Math.min(KEEP_WITH_HEADER, node.children.length - 1),
            dontBreakRows: true,
            widths: Array.from({ length: columns }, (_, i) => (i === 0 ? "*" : "auto")),
            body: node.children.map((row, r) =>
              Array.from({ length: columns }, (_, c) => ({
                text: inlines(row.children[c]?.children ?? []),
                ...(r === 0 ? { style: "tableHeader" } : {}),
              })),
            ),
          },
          layout: "lightHorizontalLines",
          fontSize: 9,
          margin: [0, 2, 0, 10],
        },
      ];
    }
    case "code":
      return [{ text: node.value, font: "DejaVuSansMono", fontSize: 9, ...spaced }];
    case "thematicBreak":
      return [
        {
          canvas: [{ type: "line", x1: 0, y1: 0, x2: 480, y2: 0, lineWidth: 0.5 }],
          ...spaced,
        },
      ];
    default:
      return "value" in node && typeof node.value === "string" ? [node.value] : [];
  }
}

function inlines(nodes: PhrasingContent[], style: Style = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case "text":
        return [{ text: node.value, ...style }];
      case "strong":
        return inlines(node.children, { ...style, bold: true });
      case "emphasis":
        return inlines(node.children, { ...style, italics: true });
      case "delete":
        return inlines(node.children, { ...style, decoration: "lineThrough" });
      case "break":
        return [{ text: "\n" }];
      case "inlineCode":
        return [{ text: node.value, font: "DejaVuSansMono", ...style }];
      case "link":
        // Only web links become live links; anything else stays plain text.
        return /^https?:\/\//.test(node.url)
          ? inlines(node.children, style).map((part) => ({ ...part, link: node.url }))
          : inlines(node.children, style);
      default:
        return "value" in node && typeof node.value === "string"
          ? [{ text: node.value, ...style }]
          : [];
    }
  });
}
