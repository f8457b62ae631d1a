import { appUrl } from "@/lib/http/app-url.ts";
import { loadPublicStudy } from "@/lib/publication/load-public-study.ts";
import { publicAggregateJson } from "@/lib/publication/public-aggregate-data.ts";

// Cached like the study's pages.
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

/** The aggregate results, when the facilitators chose to offer them. */
export async function GET(_request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const study = await loadPublicStudy((await ctx.params).slug);
  if (!study?.offersAggregateData) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(publicAggregateJson(study, appUrl));
}
