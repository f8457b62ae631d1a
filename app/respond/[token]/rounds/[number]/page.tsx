import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkInvalid } from "@/components/expert-link/link-invalid.tsx";
import { ResponseNotAccepted } from "@/components/responses/response-not-accepted.tsx";
import { ResponsePageView } from "@/components/responses/response-page-view.tsx";
import { getDb } from "@/lib/db/app-db.ts";
import { isAppError } from "@/lib/errors.ts";
import { isPlainFormPost } from "@/lib/forms/posted-form.ts";
import { getResponsePage } from "@/lib/responses/get-response-page.ts";
import { parseRoundNumber } from "@/lib/responses/parse-round-number.ts";
import { saveResponseAction } from "./actions.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; number: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { number } = await props.params;
  return {
    // After a post without JavaScript, the form sets the title (it knows if it was refused).
    title: (await isPlainFormPost())
      ? null
      : (await getTranslations("response"))("metaTitle", {
          number: parseRoundNumber(number) ?? "",
        }),
    referrer: "same-origin",
    robots: { index: false, follow: false },
  };
}

// Reading only; saving and submitting are form POSTs (and autosave, with JavaScript).
export default async function ResponseRoundPage(props: Props) {
  const { token, number } = await props.params;
  const roundNumber = parseRoundNumber(number);
  if (roundNumber === null) notFound();
  const page = await getResponsePage(await getDb(), token, roundNumber).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!page) return <LinkInvalid />;
  const landingHref = `/respond/${token}`;
  if (page.kind === "notAccepted") return <ResponseNotAccepted landingHref={landingHref} />;
  return (
    <ResponsePageView
      page={page}
      landingHref={landingHref}
      endpoint={`/respond/${token}/rounds/${roundNumber}/autosave`}
      action={saveResponseAction.bind(null, token, roundNumber)}
    />
  );
}
