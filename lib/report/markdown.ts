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

const SAFE_SCHEME = /^(https?:|mailto:|#|\/|\.)/i;

/**
 * Markdown the facilitators wrote, made safe to hand on as a Markdown file: raw HTML shows
 * as text (its "<" becomes an entity), and a link or image whose address is not http(s),
 * mailto or relative (javascript:, data:, vbscript: …) loses the address. The web page,
 * the PDF and the Word file render Markdown without HTML or unsafe links already; a
 * downloaded .md goes to renderers that may not.
 */
export function safeAuthoredMarkdown(text: string): string {
  const unsafe = (url: string) => !SAFE_SCHEME.test(url) && /^[a-z][a-z0-9+.-]*:/i.test(url);
  return (
    text
      .replace(/<(?=[A-Za-z/!?])/g, "&lt;")
      // Inline links and images: [text](url "title"), with or without <…> around the url.
      .replace(
        /(\]\(\s*)(&lt;)?([^\s)>]+)/g,
        (all, open: string, angle: string | undefined, url: string) =>
          unsafe(url.replace(/^&lt;/, "")) ? `${open}#` : all,
      )
      // Reference definitions: [label]: url
      .replace(/^(\s{0,3}\[[^\]]+\]:\s*)(\S+)/gm, (all, head: string, url: string) =>
        unsafe(url.replace(/^&lt;/, "")) ? `${head}#` : all,
      )
  );
}
