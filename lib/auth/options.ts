import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import { headers } from "next/headers";
import { REMOTE_ADDRESS_HEADER } from "@/lib/http/remote-address.ts";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "@/lib/db/app-db.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { appSecret } from "@/lib/app-secret.ts";
import { canSignIn } from "./can-sign-in.ts";
import { queueSignInEmail } from "./queue-sign-in-email.ts";

/** The client address server.ts read for this request; undefined outside a request. */
async function requestClientAddress(): Promise<string | undefined> {
  try {
    return (await headers()).get(REMOTE_ADDRESS_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

// @auth/prisma-adapter types its client loosely with a custom generator output; this is
// the one place that bridges it to next-auth v4's Adapter type.
function createAdapter(db: PrismaClient): Adapter {
  return PrismaAdapter(db as never) as unknown as Adapter;
}

let cached: Promise<NextAuthOptions> | undefined;

export function getAuthOptions(): Promise<NextAuthOptions> {
  cached ??= getDb().then(buildAuthOptions);
  cached.catch(() => (cached = undefined));
  return cached;
}

/**
 * next-auth's options on one database. Cookies follow NEXTAUTH_URL: over https they are
 * Secure and carry the __Secure- (session) and __Host- (CSRF token) prefixes, next-auth's
 * own switch (useSecureCookies), tested in auth-cookies.test.ts.
 */
export function buildAuthOptions(db: PrismaClient): NextAuthOptions {
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
        sendVerificationRequest: async ({ identifier, url }) =>
          queueSignInEmail(db, identifier, url, await requestClientAddress()),
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
}
