import { NextResponse, type NextRequest } from "next/server";
import { completeEmailSignIn } from "@/lib/auth/complete-email-sign-in.ts";

// The confirmation page's button posts here; only this completes an emailed sign-in.
export async function POST(req: NextRequest) {
  return completeEmailSignIn(req).catch(() =>
    NextResponse.redirect(new URL("/signin/error?error=Verification", req.nextUrl), 303),
  );
}
