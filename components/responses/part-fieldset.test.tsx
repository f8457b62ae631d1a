import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/index.ts";
import { PartFieldset } from "./part-fieldset.tsx";

const render = (suggestion: string, error?: string) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      <PartFieldset
        legend="Clause 1"
        wording="Lends tools."
        original="Lends tools."
        name={(p) => `c1.${p}`}
        idPrefix="c-1"
        defaults={{ position: "", reason: "", suggestion, rating: "" }}
        errors={error ? { suggestion: error } : {}}
        ratingMax={null}
      />
    </NextIntlClientProvider>,
  );

describe("a part's rewording box", () => {
  it("is folded away while it holds the wording as it stands, and still sent with the form", () => {
    const html = render("Lends tools.");
    expect(html).toMatch(/<details class="group">/);
    expect(html).toContain("<summary");
    expect(html).toContain("Suggest a rewording");
    expect(html).toMatch(/<textarea[^>]*name="c1.suggestion"[^>]*>Lends tools.<\/textarea>/);
  });

  it("is open once the expert suggested a rewording, or when it is in error", () => {
    expect(render("Lends tools and gives advice.")).toMatch(/<details open=""/);
    expect(render("Lends tools.", "Too long.")).toMatch(/<details open=""/);
  });
});
