import { getTranslator } from "@/lib/i18n/translator.ts";
import { escapeHtml } from "./escape.ts";

export function invitationEmail(input: {
  name: string;
  studyTitle: string;
  purpose: string;
  url: string;
}) {
  const t = getTranslator("mail.invitation");
  const subject = t("subject", { title: input.studyTitle });
  const paragraphs = [
    t("greeting", { name: input.name }),
    t("intro", { title: input.studyTitle }),
    input.purpose,
    t("action"),
  ].filter(Boolean);
  const text = [...paragraphs, "", input.url, "", t("personal"), t("ignore")].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>`,
    `<p>${escapeHtml(t("personal"))}</p>`,
    `<p>${escapeHtml(t("ignore"))}</p>`,
  ].join("\n");
  return { subject, text, html };
}

/** A replacement personal link for an expert already on the panel. */
export function newLinkEmail(input: { name: string; studyTitle: string; url: string }) {
  const t = getTranslator("mail.newLink");
  const subject = t("subject", { title: input.studyTitle });
  const lines = [t("greeting", { name: input.name }), t("intro", { title: input.studyTitle })];
  const text = [...lines, "", input.url, "", t("personal")].join("\n\n");
  const html = [
    ...lines.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>`,
    `<p>${escapeHtml(t("personal"))}</p>`,
  ].join("\n");
  return { subject, text, html };
}
