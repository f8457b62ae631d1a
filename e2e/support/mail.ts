import fs from "node:fs";
import path from "node:path";
import type { ReceivedMail } from "../../test/support/smtp-sink.ts";
import { MAILDIR_ENV } from "./servers.ts";

function readAll(): ReceivedMail[] {
  const dir = process.env[MAILDIR_ENV]!;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ReceivedMail);
}

export function mailTo(address: string): ReceivedMail[] {
  return readAll().filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits for the n-th message to an address to arrive at the SMTP sink. */
export async function waitForMail(
  address: string,
  count = 1,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = mailTo(address);
    if (mails.length >= count) return mails[count - 1]!;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms`);
}

export function linkIn(mail: { text: string }, pathPrefix: string): string {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s]+${pathPrefix.replace(/\//g, "\\/")}[^\\s]*`),
  );
  if (!match) throw new Error(`No ${pathPrefix} link in: ${mail.text}`);
  return match[0];
}

export function uniqueEmail(tag: string, domain: string): string {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@${domain}`;
}
