import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { MessageNamespace } from "@/i18n/types.ts";
import { can } from "@/lib/auth/permissions.ts";
import { idleState } from "@/lib/forms/form-state.ts";
import type { PublicationState } from "@/lib/publication/get-publication-state.ts";
import en from "@/messages/en/index.ts";
import { PublicationCard } from "./publication-card.tsx";

type MembershipRole = Parameters<typeof can>[0];

// The card is a server component: its translations come from next-intl's request config,
// which a unit test does not have. The real English messages stand in for it.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: MessageNamespace) =>
    createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

/** The card as a member with `role` sees it: its controls follow can(role, "study.publish"). */
async function cardFor(role: MembershipRole, publishedAt: Date | null) {
  const state: PublicationState = {
    slug: "repair-cafes",
    publishedAt,
    offersAggregateData: false,
    canEdit: can(role, "study.publish"),
    roundsInProgress: 0,
    closedRounds: 2,
    latestVersion: { number: 3, status: "LOCKED" },
  };
  const action = async () => idleState;
  const element = await PublicationCard({
    state,
    actions: { publish: action, unpublish: action, aggregateData: action },
  });
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {element}
    </NextIntlClientProvider>,
  );
}

const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("the publication card, by role", () => {
  it("offers publishing and the aggregate data switch to owners and facilitators only", async () => {
    const owner = buttons(await cardFor("OWNER", null));
    const facilitator = buttons(await cardFor("FACILITATOR", null));
    const observer = buttons(await cardFor("OBSERVER", null));
    expect(owner.some((b) => /^Publish/.test(b))).toBe(true);
    expect(facilitator).toEqual(owner);
    expect(observer).toEqual([]);
  });

  it("offers taking the pages down to the same roles once the study is public", async () => {
    const published = new Date("2026-11-20T10:00:00Z");
    expect(
      buttons(await cardFor("FACILITATOR", published)).some((b) =>
        /Take the public pages down/.test(b),
      ),
    ).toBe(true);
    expect(buttons(await cardFor("OBSERVER", published))).toEqual([]);
  });
});
