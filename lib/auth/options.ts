import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "@/lib/db.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { signInEmail } from "@/lib/email/templates/sign-in.ts";
import { canSignIn } from "./can-sign-in.ts";

// @auth/prisma-adapter types its client loosely with a custom generator output; this is
// the one place that bridges it to next-auth v4's Adapter type.
function createAdapter(db: PrismaClient): Adapter {
  return PrismaAdapter(db as never) as unknown as Adapter;
}

/** The emailed link opens a confirmation page; only its button (a POST) signs in. */
export function toConfirmationUrl(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  return `${url.origin}/signin/confirm?${url.searchParams.toString()}`;
}

let cached: Promise<NextAuthOptions> | undefined;

export function getAuthOptions(): Promise<NextAuthOptions> {
  cached ??= (async () => {
    const db = await getDb();
    return {
      adapter: createAdapter(db),
      secret: appSecret(),
      session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
      pages: {
        signIn: "/signin",
        verifyRequest: "/signin/check-email",
        error: "/signin/error",
      },
      providers: [
        EmailProvider({
          maxAge: 30 * 60,
          // Queue through the outbox. Addresses that may not sign in get no mail but the
          // same response, so the form reveals nothing about who has an account.
          sendVerificationRequest: async ({ identifier, url }) => {
            if (!(await canSignIn(db, identifier))) return;
            const message = signInEmail({ url: toConfirmationUrl(url), host: new URL(url).host });
            await queueEmail(db, { kind: "SIGN_IN", to: identifier, sensitive: true, ...message });
          },
        }),
      ],
      callbacks: {
        signIn: async ({ user, email }) => {
          if (email?.verificationRequest) return true;
          return user.email ? canSignIn(db, user.email) : false;
        },
        session: async ({ session, user }) => ({
          ...session,
          user: { ...session.user, id: user.id },
        }),
      },
    } satisfies NextAuthOptions;
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}
