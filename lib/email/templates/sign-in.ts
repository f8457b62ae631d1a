import { getTranslator } from "@/lib/i18n/translator.ts";
import { escapeHtml } from "./escape.ts";

export function signInEmail(input: { url: string; host: string }) {
  const t = getTranslator("mail.signIn");
  const subject = t("subject", { host: input.host });
  const text = [t("intro", { host: input.host }), "", input.url, "", t("ignore")].join("\n");
  const html = `<p>${escapeHtml(t("intro", { host: input.host }))}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>
<p>${escapeHtml(t("ignore"))}</p>`;
  return { subject, text, html };
}
