import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, await getAuthOptions());
}

export async function GET(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  // The emailed sign-in link must never sign in on a plain GET (mail scanners open links):
  // send the browser to the confirmation page, whose button POSTs to /api/auth/confirm.
  if (nextauth[0] === "callback" && nextauth[1] === "email") {
    const target = new URL(`/signin/confirm?${req.nextUrl.searchParams.toString()}`, req.nextUrl);
    return NextResponse.redirect(target, 303);
  }
  return handler(req, context);
}

export async function POST(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  // An emailed sign-in completes only through the confirmation page's origin-checked POST
  // (/api/auth/confirm). next-auth would also take token and email from the query string
  // of a POST here, which any other site can send: refused.
  if (nextauth[0] === "callback" && nextauth[1] === "email") {
    return new NextResponse("Sign-in links are completed on their confirmation page.", {
      status: 405,
      headers: { Allow: "GET", "Cache-Control": "no-store" },
    });
  }
  return handler(req, context);
}
