// "Cite this" for one version of a published study. Pure: the page passes the absolute URL.

export type CitationInput = {
  title: string;
  slug: string;
  version: number;
  date: Date;
  url: string;
};

/** APA 7 for a work without a personal author: title (version). (year). Publisher. URL */
export function apaCitation(c: CitationInput): string {
  const title = c.title.trim().replace(/[.\s]+$/, "");
  return `${title} (Version ${c.version}). (${c.date.getUTCFullYear()}). Livewith. ${c.url}`;
}

/** A @misc entry; the title is braced so BibTeX keeps its capitals. */
export function bibtexCitation(c: CitationInput): string {
  const key = `${c.slug.replace(/[^A-Za-z0-9]+/g, "-")}-v${c.version}`;
  return [
    `@misc{${key},`,
    `  title = {{${texEscape(c.title.trim())}}},`,
    `  year = {${c.date.getUTCFullYear()}},`,
    `  month = {${c.date.getUTCMonth() + 1}},`,
    `  version = {${c.version}},`,
    `  publisher = {Livewith},`,
    `  url = {${c.url}},`,
    `}`,
  ].join("\n");
}

function texEscape(text: string): string {
  // Backslashes last: their replacement's braces must not be escaped again.
  return text
    .split("\\")
    .map((part) =>
      part
        .replace(/([{}&%$#_])/g, "\\$1")
        .replace(/~/g, "\\textasciitilde{}")
        .replace(/\^/g, "\\textasciicircum{}"),
    )
    .join("\\textbackslash{}");
}
