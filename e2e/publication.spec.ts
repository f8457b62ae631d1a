import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { crawlPublicPages } from "./support/crawl.ts";
import { publicSlug, publishViaUi } from "./support/publish.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";
import { buildTwoRoundStudy } from "./support/two-round-study.ts";

// Two rounds, a version 2 with every kind of change justified against the panel's
// feedback, then publication: what an anonymous visitor sees, and what they never see.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

test("version 2 with justified changes, published for anyone to read", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signInAsNewFacilitator(page, "publication");
  const { studyId, experts, memberIds } = await buildTwoRoundStudy(page, browser, smtp.baseURL);

  // Not published yet, though both rounds are closed: the public address does not exist.
  const slug = await publicSlug(page, studyId);
  const anonymous = await browser.newContext({ baseURL: smtp.baseURL });
  expect((await anonymous.request.get(`/s/${slug}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Publish the study" }).click();
  await expect(page.locator("#publish-confirm-error")).toBeVisible();
  await publishViaUi(page);

  // The aggregate results are public only once the team offers them.
  expect((await anonymous.request.get(`/s/${slug}/results.csv`)).status()).toBe(404);
  await page.getByRole("button", { name: "Offer the aggregate results" }).click();
  await expect(
    page.getByRole("button", { name: "Stop offering the aggregate results" }),
  ).toBeVisible();
  // The 404 served just before was cached; a copy stored while the choice was being saved
  // (a slow machine) is dropped by the second purge, a few seconds later at most.
  await expect
    .poll(
      async () => (await anonymous.request.get(`/s/${slug}/results.csv`)).headers()["content-type"],
      { timeout: 15_000 },
    )
    .toContain("text/csv");
  const results = await anonymous.request.get(`/s/${slug}/results.csv`);
  // The study's page links them. A page rendered while the choice was saved (the
  // facilitator's browser prefetches it) is dropped a few seconds later.
  await expect
    .poll(async () => (await anonymous.request.get(`/s/${slug}`)).text(), { timeout: 15_000 })
    .toContain(`/s/${slug}/results.json`);
  // Round 1, clause 2: Dev could live with it, the other three could not. At the end, the
  // rule that judged it and the round's figures: all four flagged a part, none did neither.
  expect(await results.text()).toMatch(
    /^1,1,clause,2,[^,]+,Is not for profit\.,1,3,0,0\.25,,NO_CONSENSUS,4,4,SHARE,75,4,4,0$/m,
  );

  // The team's data: the anonymised dataset for download, the identity key apart.
  await page.goto(`/studies/${studyId}/exports`);
  await expect(page.getByRole("heading", { name: "The study's data" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const dataset = await page.request.get(`/studies/${studyId}/exports/dataset.csv`);
  expect(dataset.headers()["content-disposition"]).toMatch(
    /attachment; filename=".*-dataset\.csv"/,
  );
  const datasetText = await dataset.text();
  // 4 experts × 6 clauses in round 1, and again in round 2 (Dev seated, no answer).
  expect(datasetText.trim().split("\n")).toHaveLength(1 + 4 * 6 + 4 * 6);
  expect(datasetText).toContain("Surpluses fund repairs.");
  for (const expert of experts) {
    expect(datasetText).not.toContain(expert.name);
    expect(datasetText).not.toContain(expert.email);
  }
  const key = await (await page.request.get(`/studies/${studyId}/exports/identity-key.csv`)).text();
  expect(key).toContain("Ben Hidden");
  expect((await anonymous.request.get(`/studies/${studyId}/exports/dataset.csv`)).status()).toBe(
    401,
  );

  // An anonymous visitor: the index, then the study.
  const visitor = await anonymous.newPage();
  await visitor.goto("/s");
  await visitor
    .getByRole("link", { name: /^Round study/ })
    .first()
    .click();
  await expect(visitor).toHaveURL(new RegExp(`/s/${slug}$`));
  const final = visitor.getByRole("region", { name: "Final text" });
  await expect(final).toContainText("Version 2");
  await expect(final.getByRole("listitem")).toHaveText([
    "Lends tools and equipment.",
    "Is not for profit.",
    "Keeps a catalogue.",
    "Publishes the catalogue online.",
    "Is run by volunteers, whom it trains.",
    "Publishes an annual report.",
  ]);
  const history = visitor.getByRole("region", { name: "Version history" });
  await expect(history.getByRole("link")).toHaveText(["Version 1", "Version 2"]);
  const round1 = visitor.getByRole("table", { name: /^Round 1:/ });
  await expect(
    round1
      .getByRole("row", { name: /^Clause 2/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText("3");
  const round2 = visitor.getByRole("table", { name: /^Round 2:/ });
  await expect(
    round2
      .getByRole("row", { name: /^Clause 2/ })
      .getByRole("cell")
      .nth(0),
  ).toHaveText("1");
  await expect(visitor.getByText("3 of 4 experts answered (75%).").last()).toBeVisible();
  // The study's funnel, and who flagged a part in round 2 (Ben and Cleo) or did neither (Ana).
  for (const [stage, count] of [
    ["invited", "4"],
    ["accepted", "4"],
    ["tookPartAny", "4"],
    ["tookPartLast", "3"],
  ] as const)
    await expect(visitor.getByTestId(`public-funnel-${stage}`)).toHaveText(count);
  await expect(visitor.getByTestId("round-2-flagging")).toHaveText("2");
  await expect(visitor.getByTestId("round-2-neither")).toHaveText("1");
  const contested = visitor.getByRole("region", { name: "Where consensus was not reached" });
  await expect(contested).toContainText("Clause 2");
  await expect(contested).toContainText(
    "1 of 3 experts who answered could live with it (33%); 2 could not.",
  );
  await expect(visitor.getByTestId("acknowledged").getByRole("listitem")).toHaveText([
    "Ana Public, Uni A",
    "Cleo Public",
  ]);
  await expect(
    visitor.getByText("and 2 further experts who preferred not to be named."),
  ).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Cite this" })).toContainText(`/s/${slug}/v/2`);
  await expectNoSeriousA11yViolations(visitor);

  // Version 2 in full: what changed and why, split and merge shown by lineage.
  await history.getByRole("link", { name: "Version 2" }).click();
  await expect(visitor.getByRole("heading", { name: "Version 2", level: 1 })).toBeVisible();
  const changes = visitor.getByRole("region", { name: "What changed from version 1, and why" });
  for (const heading of [
    "Clause 1: reworded (was clause 1)",
    "Clause 2: unchanged",
    "Clauses 3 and 4: split from clause 3",
    "Clause 5: merged from clauses 5 and 6",
    "Clause 6: new",
    "Former clause 4: removed",
  ]) {
    await expect(changes.getByRole("heading").filter({ hasText: heading })).toBeVisible();
  }
  const merged = changes.getByRole("listitem").filter({ hasText: "merged from clauses 5 and 6" });
  await expect(merged).toContainText("One clause on volunteers.");
  await expect(merged.locator("ins").first()).toContainText("whom it trains");
  await expect(
    changes.getByRole("listitem").filter({ hasText: "split from clause 3" }),
  ).toContainText("Answers 1 feedback item: 1 accepted.");
  await merged.getByText("Side by side").click();
  await expect(merged.getByRole("columnheader")).toHaveText(["Version 1", "Version 2"]);
  await expectNoSeriousA11yViolations(visitor);
  await visitor.getByRole("navigation", { name: "Other versions" }).getByRole("link").click();
  await expect(visitor).toHaveURL(new RegExp(`/s/${slug}/v/1$`));
  await expect(
    visitor.getByRole("listitem").filter({ hasText: "Offers safety advice." }),
  ).toBeVisible();

  const json = await (await anonymous.request.get(`/s/${slug}/text.json`)).json();
  const v2 = json.versions[1];
  const v1ids = json.versions[0].clauses.map((c: { id: string }) => c.id);
  expect(v2.clauses.map((c: { derivedFrom: string[] }) => c.derivedFrom)).toEqual([
    [v1ids[0]],
    [v1ids[1]],
    [v1ids[2]],
    [v1ids[2]],
    [v1ids[4], v1ids[5]],
    [],
  ]);

  // Served from the cache after the first render.
  await anonymous.request.get(`/s/${slug}/v/2`);
  const cached = await anonymous.request.get(`/s/${slug}/v/2`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

  // Crawl every public page and JSON of the study (HTML and RSC payloads): no name or
  // email of an expert who did not consent, no email at all, no panel member id, no link.
  const forbidden = [
    "Ben Hidden",
    "Dev Hidden",
    ...experts.map((e) => e.email),
    ...memberIds,
    ...experts.map((e) => e.link.split("/respond/")[1]!),
  ];
  const seen = await crawlPublicPages(
    anonymous.request,
    [`/s`, `/s/${slug}`, `/s/${slug}/text.json`, `/s/${slug}/compare/1/2`],
    `/s/${slug}`,
    forbidden,
  );
  expect(seen).toEqual(
    expect.arrayContaining([
      `/s/${slug}/v/1`,
      `/s/${slug}/v/2`,
      `/s/${slug}/text.json`,
      `/s/${slug}/results.csv`,
      `/s/${slug}/results.json`,
    ]),
  );

  const compare = await anonymous.request.get(`/s/${slug}/compare/1/2`);
  expect(await compare.text()).toContain("From version 1 to version 2");
  expect((await anonymous.request.get(`/s/${slug}/compare/2/1`)).status()).toBe(404);

  // A study that was never published does not exist for the public.
  const otherId = await createStudyViaUi(page, `Unpublished ${Date.now()}`);
  const otherSlug = await publicSlug(page, otherId);
  for (const path of [`/s/${otherSlug}`, `/s/${otherSlug}/v/1`, `/s/${otherSlug}/text.json`]) {
    expect((await anonymous.request.get(path)).status(), path).toBe(404);
  }
  const index = await (await anonymous.request.get("/s")).text();
  expect(index).not.toContain(otherSlug);
  await anonymous.close();
});
