import { loadPublicStudy } from "@/lib/publication/load-public-study.ts";
import { publicAggregateCsv } from "@/lib/publication/public-aggregate-data.ts";

// Cached like the study's pages.
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

/** The aggregate results as CSV, when the facilitators chose to offer them. */
export async function GET(_request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const study = await loadPublicStudy((await ctx.params).slug);
  if (!study?.offersAggregateData) return new Response("Not found", { status: 404 });
  return new Response(publicAggregateCsv(study), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${study.slug}-results.csv"`,
    },
  });
}
