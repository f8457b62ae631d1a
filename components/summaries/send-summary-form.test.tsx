import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { idleState } from "@/lib/forms/form-state.ts";
import en from "@/messages/en/index.ts";
import { SendSummaryForm } from "./send-summary-form.tsx";

const render = (hasDraft: boolean, everSent: boolean) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      <SendSummaryForm
        action={async () => idleState}
        revision={everSent ? 2 : 1}
        hasDraft={hasDraft}
        everSent={everSent}
        changes={{ next: 2, drafted: true, missing: 0 }}
      />
    </NextIntlClientProvider>,
  );

describe("sending the summary", () => {
  it("asks for a summary first when none was ever saved, and speaks of no correction", () => {
    const html = render(false, false);
    expect(html).toContain("Nothing to send yet: write the summary above and save it first.");
    expect(html).not.toContain("correction");
    expect(html).not.toContain("<form");
  });

  it("after a summary was sent, says a saved change prepares a correction", () => {
    const html = render(false, true);
    expect(html).toContain("Nothing new to send. Save a change above to prepare a correction.");
    expect(html).not.toContain("<form");
  });

  it("offers to send a saved draft", () => {
    const html = render(true, false);
    expect(html).toContain("<form");
    expect(html).not.toContain("Nothing");
  });
});
