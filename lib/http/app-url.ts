import "server-only";
import { env } from "@/lib/env.ts";

/** Absolute URL for links in emails; NEXTAUTH_URL is the app's public address. */
export function appUrl(path: string): string {
  const base = env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
