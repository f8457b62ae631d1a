import "server-only";
import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env.ts";
import { getAuthOptions } from "./options.ts";

function allowedOrigin(): string | undefined {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : undefined;
}

const confirmSchema = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.email().max(320),
  callbackUrl: z.string().max(2000).optional(),
});

/**
 * Hands the token to next-auth's email callback, which verifies and consumes it and
 * creates the database session. Refuses cross-site posts, so another site cannot sign a
 * visitor into an account of its choosing.
 */
export async function completeEmailSignIn(req: NextRequest): Promise<Response> {
  const origin = req.headers.get("origin");
  if (origin && origin !== req.nextUrl.origin && origin !== allowedOrigin()) {
    return NextResponse.redirect(new URL("/signin/error?error=CrossSite", req.nextUrl), 303);
  }
  const form = Object.fromEntries(await req.formData());
  const parsed = confirmSchema.safeParse(form);
  if (!parsed.success) {
    return NextResponse.redirect(new URL("/signin/error?error=Verification", req.nextUrl), 303);
  }
  const callback = new URL("/api/auth/callback/email", req.nextUrl);
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value) callback.searchParams.set(key, value);
  }
  const internal = new NextRequest(callback, { method: "GET", headers: req.headers });
  const response = await NextAuth(
    internal,
    { params: Promise.resolve({ nextauth: ["callback", "email"] }) },
    await getAuthOptions(),
  );
  // Pass on only the redirect and the session cookie, as a 303 so that the browser
  // follows with a GET (copying next-auth's other headers, e.g. a stale content-length,
  // breaks the navigation).
  const location = response.headers.get("location");
  if (!location || response.status < 300 || response.status >= 400) return response;
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}
