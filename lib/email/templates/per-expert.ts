import crypto from "node:crypto";
import { escapeHtml } from "./escape.ts";

type Message = { subject: string; text: string; html: string };

/**
 * A mailing to a whole panel renders its message once, with markers where each expert's
 * name and personal link go, then fills them in per expert: rendering the templates (ICU
 * messages, date formats) 1,000 times took seconds inside the mailing's transaction.
 * The markers carry a random part, so no text a facilitator wrote can contain them.
 */
export function perExpert<I extends { name: string; url: string }>(
  render: (input: I) => Message,
  shared: Omit<I, "name" | "url">,
): (expert: { name: string; url: string }) => Message {
  const nonce = crypto.randomBytes(8).toString("hex");
  const NAME = `\u0001name-${nonce}\u0001`;
  const URL = `\u0001url-${nonce}\u0001`;
  const template = render({ ...shared, name: NAME, url: URL } as I);
  // Function replacements: a name containing "$&" must not be read as a pattern.
  const fill = (s: string, name: string, url: string) =>
    s.replaceAll(NAME, () => name).replaceAll(URL, () => url);
  return ({ name, url }) => ({
    subject: fill(template.subject, name, url),
    text: fill(template.text, name, url),
    html: fill(template.html, escapeHtml(name), escapeHtml(url)),
  });
}
