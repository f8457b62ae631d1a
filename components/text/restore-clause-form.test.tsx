import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { idleState } from "@/lib/forms/form-state.ts";
import en from "@/messages/en/index.ts";
import { RestoreClauseForm } from "./restore-clause-form.tsx";

const html = renderToStaticMarkup(
  <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
    <RestoreClauseForm
      action={async () => idleState}
      versionId="v3"
      clause={{
        clauseVersionId: "cv1",
        clauseId: "c1",
        text: "Assures <quality>.",
        textHash: "a".repeat(64),
        versionNumber: 1,
        position: 4,
      }}
      draftClauses={[
        { id: "d1", position: 1 },
        { id: "d2", position: 2 },
      ]}
    />
  </NextIntlClientProvider>,
);

describe("the form that restores a clause", () => {
  it("sends what the page showed: the draft, the wording and its hash", () => {
    for (const [name, value] of [
      ["versionId", "v3"],
      ["clauseVersionId", "cv1"],
      ["baseHash", "a".repeat(64)],
    ]) {
      expect(html).toContain(`type="hidden" name="${name}" value="${value}"`);
    }
    // The study is bound to the action by the page, not carried by the form.
    expect(html).not.toContain('name="studyId"');
    expect(html).toContain("Clause 4 of version 1");
    expect(html).toContain("Assures &lt;quality&gt;.");
  });

  it("places it at the end unless a clause to go before is chosen, by id", () => {
    const options = [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(options).toEqual([
      ["", "At the end"],
      ["d1", "Before clause 1"],
      ["d2", "Before clause 2"],
    ]);
    expect(html).toMatch(/<select[^>]*name="beforeClauseVersionId"/);
  });

  it("names its button and its place field after the clause, for assistive technology", () => {
    expect(html).toMatch(
      /<button[^>]*type="submit"[^>]*>Restore<span class="sr-only"> clause 4 of version 1<\/span><\/button>/,
    );
    expect(html).toContain('Where to put<span class="sr-only"> clause 4 of version 1</span>');
  });
});
