import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExpertLandingView } from "@/components/expert-link/expert-landing-view.tsx";
import { LinkInvalid } from "@/components/expert-link/link-invalid.tsx";
import { getDb } from "@/lib/db/app-db.ts";
import { getExpertLanding } from "@/lib/expert-link/get-expert-landing.ts";
import { acceptInvitationAction, declineInvitationAction, nominatePeerAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Personal pages: never indexed, never leak the URL (and its token) in a Referer.
  return {
    title: (await getTranslations("respond"))("metaTitle"),
    referrer: "same-origin",
    robots: { index: false, follow: false },
  };
}

// Opening the link only reads. Accepting, declining and nominating are form POSTs.
export default async function RespondPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const landing = await getExpertLanding(await getDb(), token);
  if (!landing) return <LinkInvalid />;
  return (
    <ExpertLandingView
      landing={landing}
      basePath={`/respond/${token}`}
      accept={acceptInvitationAction.bind(null, token)}
      decline={declineInvitationAction.bind(null, token)}
      nominate={nominatePeerAction.bind(null, token)}
    />
  );
}
