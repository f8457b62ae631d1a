import { getDb } from "@/lib/db/app-db.ts";
import { isAppError, userMessageKey } from "@/lib/errors.ts";
import { fieldErrorsFromZod, formDataToObject } from "@/lib/forms/form-state.ts";
import { getOwnResponse } from "@/lib/responses/get-own-response.ts";
import { parseRoundNumber } from "@/lib/responses/parse-round-number.ts";
import { saveResponseDraft } from "@/lib/responses/save-response-draft.ts";
import { responseSchema } from "@/lib/responses/schemas.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; number: string }> };

// Autosave for the response page (with JavaScript): the same FormData and schema as the
// form's POST, answered in JSON so the page can tell saved, conflict, closed and offline apart.
export async function POST(request: Request, context: Context) {
  const { token, number } = await context.params;
  const roundNumber = parseRoundNumber(number);
  if (roundNumber === null || !isSameOrigin(request)) return json({ status: "error" }, 404);
  const parsed = responseSchema.safeParse(formDataToObject(await request.formData()));
  if (!parsed.success || parsed.data.intent !== "save") {
    const fieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
    const first = Object.values(fieldErrors)[0] ?? { key: "errors.INVALID" };
    return json({ status: "invalid", error: first, fieldErrors }, 422);
  }
  return respond(request, async () => {
    const result = await saveResponseDraft(await getDb(), token, roundNumber, parsed.data);
    return result.status === "conflict"
      ? json({ status: "conflict", theirs: result.theirs }, 409)
      : json({ status: "saved", response: result.response }, 200);
  });
}

/** The stored revision, so a tab coming back to the foreground learns it is out of date. */
export async function GET(request: Request, context: Context) {
  const { token, number } = await context.params;
  const roundNumber = parseRoundNumber(number);
  if (roundNumber === null) return json({ status: "error" }, 404);
  return respond(request, async () => {
    const response = await getOwnResponse(await getDb(), token, roundNumber);
    return json({ status: "current", response }, 200);
  });
}

async function respond(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error))
      logger.error("autosave failed", {
        requestId: request.headers.get("x-request-id"),
        error: describeError(error),
      });
    // Saturated: the page keeps its local copy and sends the same save again later.
    if (isAppError(error) && error.code === "BUSY") return json({ status: "busy" }, 503);
    return json(
      { status: "error", error: { key: userMessageKey(error) } },
      isAppError(error) ? error.status : 500,
    );
  }
}

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** Browsers send Origin on POST; a cross-site one is refused (the token is the credential). */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
