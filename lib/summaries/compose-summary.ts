import { randomInt } from "node:crypto";
import type { RoundResults } from "@/lib/consensus/get-round-results.ts";
import { wholeVerdict } from "@/lib/consensus/statistics.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";
import type { JustifiedChanges } from "@/lib/justifications/internal/list-justified-changes.ts";

/**
 * The summary as the panel reads it: the facilitators' text, the round's figures as a
 * table, then the quotations. Pure apart from the optional shuffle, so the preview and the
 * sent text come from the same code.
 */
export function composeSummary(input: {
  body: string;
  quotations: string[];
  results: RoundResults;
  /** The justified changes of the next version, when it has been drafted. */
  changes?: JustifiedChanges | null;
  /** Sending shuffles (submission order must not show); the preview keeps the picked order. */
  shuffle: boolean;
}): string {
  const t = getTranslator("summaries.compose");
  // The same words for parts, columns and verdicts as the results page and public pages.
  const tc = getTranslator("consensus");
  const { results } = input;
  const { rule } = results;
  const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
  const rows = [
    ...(results.text ? [[tc("part.text"), results.text] as const] : []),
    ...results.clauses.map((c) => [tc("part.clause", { number: c.position }), c] as const),
    [tc("part.overall"), results.overall] as const,
  ].map(
    ([label, r]) =>
      `| ${label} | ${r.canLiveWith} | ${r.cannotLiveWith} | ${r.noAnswer} | ${percent(r.canShare)} | ${tc(`status.${r.status}`)} |`,
  );
  const columns = (["part", "can", "cannot", "noAnswer", "share", "status"] as const).map((c) =>
    tc(`columns.${c}`),
  );
  const table = [
    `| ${columns.join(" | ")} |`,
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ];
  const quotes = input.shuffle ? shuffled(input.quotations) : input.quotations;
  return [
    input.body.trim(),
    `## ${t("resultsTitle", { number: results.round.number })}`,
    [
      t("resultsIntro", { respondents: results.respondents }),
      tc(`rule.parts.${rule.parts.kind}`, { threshold: rule.parts.threshold }),
      tc(`rule.whole.${rule.whole.kind}`, { threshold: rule.whole.threshold }),
    ].join(" "),
    `**${tc(`headline.${wholeVerdict(results.overall.status)}`)}**`,
    table.join("\n"),
    ...(quotes.length
      ? [`## ${t("quotationsTitle")}`, t("quotationsIntro"), ...quotes.map(quoteBlock)]
      : []),
    ...(input.changes ? changesSection(input.changes, t) : []),
  ]
    .filter((block) => block !== "")
    .join("\n\n");
}

function changesSection(
  changes: JustifiedChanges,
  t: ReturnType<typeof getTranslator<"summaries.compose">>,
): string[] {
  // One list item per change; the facilitators' line breaks would end the item early.
  const items = changes.items.map(
    (item) =>
      `- **${item.heading}** (${t(`changeClass.${item.changeClass}`)}): ${item.text.replace(/\s*\n\s*/g, " ")}`,
  );
  return [`## ${t("changesTitle", { number: changes.version })}`, items.join("\n")];
}

/** An expert's words, quoted inert: no Markdown of theirs becomes a link, heading or image. */
export function quoteBlock(text: string): string {
  // Emphasis, code, links, images, raw HTML, headings, tables, strikethrough: all escaped.
  const escaped = text.replace(/([\\`*_[\]<>!#|~])/g, "\\$1");
  return escaped
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
