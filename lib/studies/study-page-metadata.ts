import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseRoundNumber } from "@/lib/responses/parse-round-number.ts";
import { findStudyPage } from "./load-study-page.ts";

export type StudyPageParams = Promise<{ studyId: string; number?: string }>;

/**
 * A study workspace page's title says where you are, most specific first (WCAG 2.4.2):
 * the page, the round when there is one, then the study — "Results · Round 2 · <study>".
 * The study's name comes from the member's checked access (findStudyPage, shared with the
 * page in the request). Anyone else gets the page's name alone here, and the 404 from the
 * page itself: a notFound() thrown from metadata, which Next streams, would not set the
 * status and left the response hanging.
 */
export async function studyPageMetadata(params: StudyPageParams, page: string): Promise<Metadata> {
  const { studyId, number } = await params;
  const context = await findStudyPage(studyId).catch(() => null);
  const round = number === undefined ? null : parseRoundNumber(number);
  const t = await getTranslations("common");
  const parts = [page, round === null ? "" : t("roundTitle", { number: round })];
  return { title: [...parts, context?.study.title ?? ""].filter(Boolean).join(" · ") };
}
