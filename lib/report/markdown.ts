// Small Markdown builders for the report. Facilitator and expert text is plain text here:
// escaped so that nothing in it turns into a heading, a table cell break or a link.

export function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1").replace(/\s*\n\s*/g, " ");
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => (typeof c === "number" ? String(c) : escapeInline(c))).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}

export function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

export const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");
