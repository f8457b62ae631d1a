import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { env } from "@/lib/env.ts";
import { isAllowedToSignUp } from "./signup-policy.ts";

/** Existing facilitators may always sign in; new addresses follow the sign-up policy. */
export async function canSignIn(db: Db, email: string): Promise<boolean> {
  const existing = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true },
  });
  if (existing) return true;
  const { SIGNUP_POLICY, SIGNUP_ALLOWLIST } = env();
  return isAllowedToSignUp(email, { mode: SIGNUP_POLICY, allowlist: SIGNUP_ALLOWLIST });
}
