import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { MessageNamespace } from "@/i18n/types.ts";
import type { ExpertStage } from "@/lib/expert-link/expert-stage.ts";
import en from "@/messages/en/index.ts";
import { ExpertStageBanner } from "./expert-stage-banner.tsx";

// The banner is a server component: the real English messages stand in for next-intl's
// request config, which a unit test does not have.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: MessageNamespace) =>
    createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const closesAt = new Date("2026-12-10T17:00:00Z");
const submittedAt = new Date("2026-12-03T09:30:00Z");
const round = { number: 2, closesAt };

async function render(stage: ExpertStage) {
  const element = await ExpertStageBanner({ stage, basePath: "/respond/TOKEN" });
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {element}
    </NextIntlClientProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, "") };
}

describe("the expert's banner, one per state", () => {
  it.each([
    [{ kind: "invited", round: null }, "You are invited to the panel", "then accept or decline"],
    [
      { kind: "invited", round },
      "You are invited to the panel",
      "Round 2 is already open, until Thursday, 10 December 2026",
    ],
    [{ kind: "declined" }, "You declined", "you can still accept below"],
    [{ kind: "waiting" }, "You are on the panel", "when the first round opens"],
    [
      { kind: "betweenRounds", lastClosedRound: 1 },
      "Round 1 is closed",
      "when the next round opens",
    ],
    [{ kind: "finished", publicSlug: null }, "The study is finished", "No more rounds will open."],
  ] as const)("%o says “%s”", async (stage, title, body) => {
    const { html, text } = await render(stage);
    expect(text).toContain(title);
    expect(text).toContain(body);
    // No pointer to a round an expert cannot answer.
    expect(html).not.toContain("/rounds/");
  });

  it.each([
    [
      "none",
      "You have not answered yet.",
      "Round 2 is open until Thursday, 10 December 2026 at 17:00 (UTC) — give your answers",
    ],
    ["draft", "not submitted yet", "Continue your answers to round 2"],
    [
      "submitted",
      "Your answers were submitted on Thursday, 3 December 2026 at 09:30 (UTC) and are counted",
      "See or change your answers to round 2",
    ],
    [
      "changed",
      "You have unsubmitted changes: your answers of Thursday, 3 December 2026 at 09:30 (UTC) count",
      "Review and submit your changes to round 2",
    ],
  ] as const)(
    "a round open, answer %s: says so and links to the round",
    async (answer, body, link) => {
      const { html, text } = await render({
        kind: "roundOpen",
        round,
        answer,
        submittedAt: answer === "submitted" || answer === "changed" ? submittedAt : null,
      });
      expect(text).toContain("Round 2 is open until Thursday, 10 December 2026");
      expect(text).toContain(body);
      const anchor = /<a [^>]*href="\/respond\/TOKEN\/rounds\/2"[^>]*>(.*?)<\/a>/.exec(html);
      expect(anchor?.[1]!.replace(/<[^>]+>/g, "")).toBe(link);
      // The label is one flex item: the date inside does not split it into columns.
      expect(anchor?.[1]).toMatch(/^<span>.*<\/span>$/);
      expect(text).not.toContain("You are on the panel");
    },
  );

  it("links a finished, published study to its public pages", async () => {
    const { html, text } = await render({ kind: "finished", publicSlug: "repair-cafes" });
    expect(text).toContain("See the published results");
    expect(html).toContain('href="/s/repair-cafes"');
  });
});
