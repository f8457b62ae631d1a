import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env.ts";

export type OutgoingMessage = { to: string; subject: string; text: string; html?: string | null };

/** Delivers one message or throws. `kind: "local"` keeps mail in the database for /dev/mail. */
export type MailTransport = {
  kind: "smtp" | "local";
  send: (message: OutgoingMessage) => Promise<void>;
};

export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {
    // Fail fast: the outbox retries with backoff, so a hung connection only delays the rest.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as nodemailer.TransportOptions);
  return {
    kind: "smtp",
    send: async (m) => {
      await transporter.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html ?? undefined,
      });
    },
  };
}

const localTransport: MailTransport = { kind: "local", send: async () => {} };

/** SMTP when SMTP_URL is set; otherwise the local mailbox shown on /dev/mail. */
export function getMailTransport(): MailTransport {
  const { SMTP_URL, MAIL_FROM } = env();
  return SMTP_URL ? createSmtpTransport(SMTP_URL, MAIL_FROM) : localTransport;
}

export function isLocalMailbox(): boolean {
  return !env().SMTP_URL;
}
