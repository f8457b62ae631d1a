import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, createStudyWithPanel } from "@/lib/testing/fixtures.ts";
import { createTestDb, type TestDb } from "@/lib/testing/test-db.ts";
import { getProtocol } from "./get-protocol.ts";
import { updateProtocolSchema } from "./schemas.ts";
import { updateProtocol } from "./update-protocol.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const form = (over: Record<string, string> = {}) =>
  updateProtocolSchema.parse({
    consensusThreshold: "75",
    plannedRounds: "3",
    panelCap: "50",
    anonymityStatement: "Anonymous.",
    ratingScaleMax: "0",
    ratingMedianMin: "",
    ratingIqrMax: "",
    ...over,
  });

describe("protocol", () => {
  it("is edited freely before the first round, then every change needs a reason and is a deviation", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    expect(
      await updateProtocol(t.db, owner.id, studyId, form({ consensusThreshold: "80" })),
    ).toEqual({ deviations: 0 });
    expect((await getProtocol(t.db, owner.id, studyId)).consensusThreshold).toBe(80);

    await t.db.study.update({ where: { id: studyId }, data: { protocolLockedAt: new Date() } });
    await expect(
      updateProtocol(t.db, owner.id, studyId, form({ consensusThreshold: "70" })),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "deviationReason",
    });
    expect((await getProtocol(t.db, owner.id, studyId)).consensusThreshold).toBe(80);

    const result = await updateProtocol(
      t.db,
      owner.id,
      studyId,
      form({
        consensusThreshold: "70",
        ratingScaleMax: "9",
        ratingMedianMin: "7",
        deviationReason: "Panel smaller than planned",
      }),
    );
    expect(result).toEqual({ deviations: 3 });
    const protocol = await getProtocol(t.db, owner.id, studyId);
    expect(protocol.deviations.map((d) => [d.field, d.before, d.after, d.reason]).sort()).toEqual([
      ["consensusThreshold", { value: 80 }, { value: 70 }, "Panel smaller than planned"],
      ["ratingMedianMin", { value: null }, { value: 7 }, "Panel smaller than planned"],
      ["ratingScaleMax", { value: null }, { value: 9 }, "Panel smaller than planned"],
    ]);
    // Saving the same values again records nothing.
    expect(
      await updateProtocol(
        t.db,
        owner.id,
        studyId,
        form({ consensusThreshold: "70", ratingScaleMax: "9", ratingMedianMin: "7" }),
      ),
    ).toEqual({ deviations: 0 });
  });

  it("validates the rule's ranges in the shared schema", () => {
    expect(updateProtocolSchema.safeParse({ ...form(), consensusThreshold: "40" }).success).toBe(
      false,
    );
    expect(
      updateProtocolSchema.safeParse({
        consensusThreshold: "75",
        plannedRounds: "3",
        panelCap: "50",
        anonymityStatement: "",
        ratingScaleMax: "0",
      }).success,
    ).toBe(false);
    expect(
      updateProtocolSchema.safeParse({
        consensusThreshold: "75",
        plannedRounds: "3",
        panelCap: "50",
        anonymityStatement: "x",
        ratingScaleMax: "0",
        extra: "1",
      }).success,
    ).toBe(false);
  });

  it("cannot be read or changed by facilitators of another study, nor changed by observers", async () => {
    const a = await createStudyWithPanel(t.db);
    const b = await createStudyWithPanel(t.db);
    await expect(getProtocol(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      updateProtocol(t.db, a.owner.id, b.studyId, form({ panelCap: "10" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const observer = await addMember(t.db, a.studyId, "OBSERVER");
    await expect(
      updateProtocol(t.db, observer.id, a.studyId, form({ panelCap: "10" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getProtocol(t.db, observer.id, a.studyId)).panelCap).toBe(50);
    expect((await getProtocol(t.db, b.owner.id, b.studyId)).panelCap).toBe(50);
  });
});
