import NextAuth from "next-auth";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { appSecret } from "@/lib/app-secret.ts";
import { openBody } from "@/lib/email/sealed-body.ts";
import { closeRateLimits, configureRateLimits } from "@/lib/http/edge/rate-limits.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { buildAuthOptions } from "./options.ts";

// Issue 15: over https the session and CSRF cookies are Secure and carry the __Secure- and
// __Host- prefixes; over plain http (local use) they cannot be, and are not.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  configureRateLimits(t.url);
});
afterAll(async () => {
  await closeRateLimits();
  await t.close();
});
afterEach(() => vi.unstubAllEnvs());

/**
 * Runs next-auth's request handler the way a Node server would (its API-route form), with
 * the cookies set so far, and collects what it answers.
 */
async function call(path: string, jar: string[], body?: Record<string, string>) {
  const url = new URL(path, "http://internal");
  const nextauth = url.pathname.split("/").filter(Boolean).slice(2);
  const headers = new Map<string, string | string[]>();
  const res = {
    statusCode: 200,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return this;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    send: () => undefined,
    json: () => undefined,
  };
  const cookies = Object.fromEntries(
    jar.map((c) => {
      const [name, value] = c.split(";")[0]!.split(/=(.*)/s) as [string, string];
      return [name, decodeURIComponent(value)];
    }),
  );
  await NextAuth(
    {
      method: body ? "POST" : "GET",
      query: { ...Object.fromEntries(url.searchParams), nextauth },
      body: body ?? {},
      cookies,
      headers: { host: "localhost", "content-type": "application/x-www-form-urlencoded" },
    } as never,
    res as never,
    buildAuthOptions(t.db),
  );
  const set = headers.get("set-cookie");
  jar.push(...(Array.isArray(set) ? set : set ? [set] : []));
  return { status: res.statusCode, headers };
}

async function signIn(origin: string): Promise<string[]> {
  vi.stubEnv("NEXTAUTH_URL", origin);
  const email = `cookies-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  await t.db.user.create({ data: { email } });
  const jar: string[] = [];
  await call("/api/auth/csrf", jar);
  // The CSRF cookie holds "<token>|<hash>"; the form sends the token.
  const csrfCookie = jar.find((c) => /next-auth\.csrf-token=/.test(c))!;
  const csrfToken = decodeURIComponent(csrfCookie.split(";")[0]!.split("=")[1]!).split("|")[0]!;
  await call("/api/auth/signin/email", jar, { email, csrfToken, callbackUrl: `${origin}/studies` });
  const mail = await t.db.outboundEmail.findFirstOrThrow({ where: { to: email } });
  const link = new URL(/https?:\/\/\S+/.exec(openBody(mail.text, appSecret()))![0]);
  await call(`/api/auth/callback/email?${link.searchParams.toString()}`, jar);
  return jar;
}

const cookie = (jar: string[], name: string) => jar.find((c) => c.startsWith(`${name}=`));

describe("sign-in cookies", () => {
  it("are Secure with __Secure-/__Host- prefixes when the app is served over https", async () => {
    const jar = await signIn("https://livewith.example");
    const session = cookie(jar, "__Secure-next-auth.session-token");
    expect(session).toBeDefined();
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(cookie(jar, "__Host-next-auth.csrf-token")).toMatch(/; Secure/i);
    expect(jar.some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  });

  it("are plain, and not Secure, over http", async () => {
    const jar = await signIn("http://localhost:3000");
    const session = cookie(jar, "next-auth.session-token");
    expect(session).toBeDefined();
    expect(session).not.toMatch(/; Secure/i);
    expect(session).toMatch(/; HttpOnly/i);
    expect(cookie(jar, "next-auth.csrf-token")).toBeDefined();
  });
});
