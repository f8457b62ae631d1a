import { getTranslator } from "@/lib/i18n/translator.ts";
import { escapeHtml } from "./escape.ts";

// Deadlines in emails are written in UTC with the zone named: the server cannot know the
// reader's zone, and the response page shows the deadline in the browser's own zone.
function formatDeadline(closesAt: Date): string {
  return (
    new Intl.DateTimeFormat("en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(closesAt) + " UTC"
  );
}

function build(
  namespace: "mail.roundOpened" | "mail.reminder",
  input: { name: string; studyTitle: string; roundNumber: number; closesAt: Date; url: string },
) {
  const t = getTranslator(namespace);
  const values = {
    title: input.studyTitle,
    round: input.roundNumber,
    deadline: formatDeadline(input.closesAt),
  };
  const subject = t("subject", values);
  const lines = [t("greeting", { name: input.name }), t("intro", values), t("deadline", values)];
  const text = [...lines, "", input.url, "", t("personal")].join("\n\n");
  const html = [
    ...lines.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>`,
    `<p>${escapeHtml(t("personal"))}</p>`,
  ].join("\n");
  return { subject, text, html };
}

export const roundOpenedEmail = (input: Parameters<typeof build>[1]) =>
  build("mail.roundOpened", input);
export const reminderEmail = (input: Parameters<typeof build>[1]) => build("mail.reminder", input);
