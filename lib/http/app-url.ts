import "server-only";
import { env } from "@/lib/env.ts";

/** Absolute URL for links in emails; NEXTAUTH_URL is the app's public address. */
export function appUrl(path: string): string {
  // server.ts always sets NEXTAUTH_URL (from PORT when not configured).
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}
