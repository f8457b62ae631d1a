import { expect, type Browser } from "@playwright/test";

export type Answers = Record<
  string,
  { position: "can" | "cannot"; reason?: string; wording?: string }
>;

/**
 * An expert answers round `round` through their personal link, in a browser of their own:
 * the listed parts as given, the text as a whole as acceptable, then submits.
 */
export async function answerRound(
  browser: Browser,
  baseURL: string,
  link: string,
  round: number,
  answers: Answers,
  comment = "",
) {
  const context = await browser.newContext({ baseURL });
  const p = await context.newPage();
  await p.goto(`${link}/rounds/${round}`);
  for (const [part, a] of Object.entries(answers)) {
    const group = p.getByRole("group", { name: part });
    await group
      .getByLabel(a.position === "can" ? "I can live with it" : "I cannot live with it")
      .check();
    if (a.reason) await group.getByLabel("Reason").fill(a.reason);
    if (a.wording) {
      // The box is folded away until asked for.
      await group.getByText("Suggest a rewording").click();
      await group.getByLabel("Suggested rewording").fill(a.wording);
    }
  }
  await p
    .getByRole("group", { name: "The text as a whole" })
    .getByLabel("I can live with the text as a whole")
    .check();
  if (comment) await p.getByLabel("General comments").fill(comment);
  await p.getByRole("button", { name: "Submit my answers" }).click();
  await expect(p.getByText("Thank you: your answers are submitted.")).toBeVisible();
  await context.close();
}

/** Every listed part at the same position. */
export function allParts(parts: string[], position: "can" | "cannot"): Answers {
  return Object.fromEntries(parts.map((p) => [p, { position }]));
}
