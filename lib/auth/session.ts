import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getAuthOptions } from "@/lib/auth/options.ts";
import { AppError } from "@/lib/errors.ts";

export type SessionUser = { id: string; email: string; name: string | null };

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function getSessionUser(): Promise<SessionUser | null> {
  // Without a session cookie there is nothing to look up: this keeps public pages (and
  // `next build`) from opening the database at all.
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await getServerSession(await getAuthOptions());
  const user = session?.user as
    { id?: string; email?: string | null; name?: string | null } | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
}

/** For facilitator pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For server actions and route handlers: the signed-in user, or UNAUTHENTICATED. */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
