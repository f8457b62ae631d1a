import { getTranslator } from "@/lib/i18n/translator.ts";
import { escapeHtml } from "./escape.ts";

/**
 * The between-round summary, by email: the text as the panel reads it (Markdown is plain
 * enough to read as is) and the expert's personal page, where it stays available.
 */
export function summarySentEmail(input: {
  name: string;
  studyTitle: string;
  roundNumber: number;
  revision: number;
  summary: string;
  url: string;
}) {
  const t = getTranslator("mail.summary");
  const values = { title: input.studyTitle, round: input.roundNumber };
  const subject = t(input.revision > 1 ? "subjectCorrected" : "subject", values);
  const intro = t(input.revision > 1 ? "introCorrected" : "intro", values);
  const lines = [t("greeting", { name: input.name }), intro];
  const text = [...lines, "---", input.summary, "---", t("link"), input.url, t("personal")].join(
    "\n\n",
  );
  const html = [
    ...lines.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<div style="white-space:pre-wrap;border-left:4px solid #0f5e5a;padding-left:12px">${escapeHtml(input.summary)}</div>`,
    `<p>${escapeHtml(t("link"))} <a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>`,
    `<p>${escapeHtml(t("personal"))}</p>`,
  ].join("\n");
  return { subject, text, html };
}
