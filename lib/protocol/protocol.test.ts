import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getProtocol } from "./get-protocol.ts";
import { updateProtocolSchema } from "./schemas.ts";
import { listRounds } from "@/lib/rounds/list-rounds.ts";
import { updateProtocol } from "./update-protocol.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const base = {
  partsRule: "SHARE",
  consensusThreshold: "75",
  wholeRule: "SHARE",
  wholeThreshold: "75",
  plannedRounds: "3",
  plannedRoundDays: "14",
  panelCap: "50",
  anonymityStatement: "Anonymous.",
  ratingScaleMax: "0",
  ratingMedianMin: "",
  ratingIqrMax: "",
};

const form = (over: Record<string, string> = {}) =>
  updateProtocolSchema.parse({
    ...base,
    plannedRounds: "3",
    plannedRoundDays: "14",
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
    const asOwner = await asMember(t.db, owner.id, studyId);
    expect(await updateProtocol(t.db, asOwner, form({ consensusThreshold: "80" }))).toEqual({
      deviations: 0,
      affects: ["public-pages"],
    });
    expect((await getProtocol(t.db, asOwner)).consensusThreshold).toBe(80);
    // Saved again unchanged: nothing the public pages show has changed, nothing to purge.
    expect(await updateProtocol(t.db, asOwner, form({ consensusThreshold: "80" }))).toEqual({
      deviations: 0,
      affects: [],
    });
    // The planned round length is the open-round form's default deadline.
    const other = await createStudyWithPanel(t.db);
    const asOtherOwner = await asMember(t.db, other.owner.id, other.studyId);
    await updateProtocol(t.db, asOtherOwner, form({ plannedRoundDays: "21" }));
    expect((await listRounds(t.db, asOtherOwner)).next.plannedRoundDays).toBe(21);
    expect(updateProtocolSchema.safeParse({ ...base, plannedRoundDays: "0" }).success).toBe(false);

    await t.db.study.update({ where: { id: studyId }, data: { protocolLockedAt: new Date() } });
    await expect(
      updateProtocol(t.db, asOwner, form({ consensusThreshold: "70" })),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "deviationReason",
    });
    expect((await getProtocol(t.db, asOwner)).consensusThreshold).toBe(80);

    const result = await updateProtocol(
      t.db,
      asOwner,
      form({
        consensusThreshold: "70",
        ratingScaleMax: "9",
        ratingMedianMin: "7",
        deviationReason: "Panel smaller than planned",
      }),
    );
    expect(result).toMatchObject({ deviations: 3 });
    const protocol = await getProtocol(t.db, asOwner);
    expect(protocol.deviations.map((d) => [d.field, d.before, d.after, d.reason]).sort()).toEqual([
      ["consensusThreshold", { value: 80 }, { value: 70 }, "Panel smaller than planned"],
      ["ratingMedianMin", { value: null }, { value: 7 }, "Panel smaller than planned"],
      ["ratingScaleMax", { value: null }, { value: 9 }, "Panel smaller than planned"],
    ]);
    // Saving the same values again records nothing.
    expect(
      await updateProtocol(
        t.db,
        asOwner,
        form({ consensusThreshold: "70", ratingScaleMax: "9", ratingMedianMin: "7" }),
      ),
    ).toMatchObject({ deviations: 0 });
  });

  it("validates the rule's ranges in the shared schema", () => {
    expect(updateProtocolSchema.safeParse({ ...form(), consensusThreshold: "40" }).success).toBe(
      false,
    );
    expect(updateProtocolSchema.safeParse({ ...base, anonymityStatement: "" }).success).toBe(false);
    expect(updateProtocolSchema.safeParse({ ...base, extra: "1" }).success).toBe(false);
  });

  it("validates both rules: the kind, and a threshold of 50–100 wherever a share applies", () => {
    const issues = (over: Record<string, string>) => {
      const parsed = updateProtocolSchema.safeParse({ ...base, ...over });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    };
    expect(issues({})).toEqual([]);
    expect(issues({ partsRule: "MAJORITY" })).toEqual(["partsRule"]);
    expect(issues({ wholeRule: "" })).toEqual(["wholeRule"]);
    expect(issues({ wholeThreshold: "101" })).toEqual(["wholeThreshold"]);
    expect(issues({ wholeThreshold: "49" })).toEqual(["wholeThreshold"]);
    expect(issues({ consensusThreshold: "75.5" })).toEqual(["consensusThreshold"]);
    // A share without its threshold is no rule; "no objection" needs none.
    expect(issues({ consensusThreshold: "" })).toEqual(["consensusThreshold"]);
    expect(issues({ partsRule: "NO_OBJECTION", consensusThreshold: "" })).toEqual([]);
    expect(
      issues({ wholeRule: "NO_OBJECTION", wholeThreshold: " ", partsRule: "NO_OBJECTION" }),
    ).toEqual([]);
    // A threshold typed in is still checked, so a typo is not silently kept for later.
    expect(issues({ partsRule: "NO_OBJECTION", consensusThreshold: "500" })).toEqual([
      "consensusThreshold",
    ]);
    const parsed = updateProtocolSchema.parse({ ...base, wholeRule: "NO_OBJECTION" });
    expect([parsed.partsRule, parsed.consensusThreshold, parsed.wholeRule]).toEqual([
      "SHARE",
      75,
      "NO_OBJECTION",
    ]);
  });

  it("sets the rule for the parts and for the whole text apart, then records each changed field as a deviation", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const asOwner = await asMember(t.db, owner.id, studyId);
    // Before the lock: both rules change freely, nothing is a deviation.
    expect(
      await updateProtocol(
        t.db,
        asOwner,
        form({ partsRule: "NO_OBJECTION", wholeRule: "SHARE", wholeThreshold: "90" }),
      ),
    ).toMatchObject({ deviations: 0 });
    let protocol = await getProtocol(t.db, asOwner);
    expect([
      protocol.partsRule,
      protocol.consensusThreshold,
      protocol.wholeRule,
      protocol.wholeThreshold,
    ]).toEqual(["NO_OBJECTION", 75, "SHARE", 90]);
    expect(protocol.deviations).toEqual([]);

    // Under "no objection" the parts' threshold is unused: a new value is neither stored
    // nor a change.
    expect(
      await updateProtocol(
        t.db,
        asOwner,
        form({ partsRule: "NO_OBJECTION", consensusThreshold: "60", wholeThreshold: "90" }),
      ),
    ).toMatchObject({ deviations: 0 });
    expect((await getProtocol(t.db, asOwner)).consensusThreshold).toBe(75);

    await t.db.study.update({ where: { id: studyId }, data: { protocolLockedAt: new Date() } });
    const locked = form({
      partsRule: "SHARE",
      consensusThreshold: "80",
      wholeRule: "NO_OBJECTION",
    });
    await expect(updateProtocol(t.db, asOwner, locked)).rejects.toMatchObject({
      code: "INVALID",
      field: "deviationReason",
    });
    expect((await getProtocol(t.db, asOwner)).partsRule).toBe("NO_OBJECTION");
    expect(
      await updateProtocol(t.db, asOwner, {
        ...locked,
        deviationReason: "Advisory board",
      }),
    ).toMatchObject({ deviations: 3 });
    protocol = await getProtocol(t.db, asOwner);
    expect(protocol.deviations.map((d) => [d.field, d.before, d.after]).sort()).toEqual([
      ["consensusThreshold", { value: 75 }, { value: 80 }],
      ["partsRule", { value: "NO_OBJECTION" }, { value: "SHARE" }],
      ["wholeRule", { value: "SHARE" }, { value: "NO_OBJECTION" }],
    ]);
    // The whole text's threshold did not change (it is kept under "no objection").
    expect(protocol.wholeThreshold).toBe(90);
  });

  it("cannot be read or changed by facilitators of another study, nor changed by observers", async () => {
    const a = await createStudyWithPanel(t.db);
    const b = await createStudyWithPanel(t.db);
    // No access to b for a's owner: b's protocol can be neither read nor changed by them.
    await expect(asMember(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const observer = await addMember(t.db, a.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, a.studyId);
    await expect(updateProtocol(t.db, asObserver, form({ panelCap: "10" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await getProtocol(t.db, asObserver)).panelCap).toBe(50);
    const asOwnerOfB = await asMember(t.db, b.owner.id, b.studyId);
    expect((await getProtocol(t.db, asOwnerOfB)).panelCap).toBe(50);
  });
});

describe("the protocol's reporting details", () => {
  const details = {
    registryName: "OSF Registries",
    registrationId: "osf.io/abc12",
    ethicsStatus: "APPROVED",
    ethicsBody: "University ethics board",
    ethicsReference: "EB-2026-7",
    ethicsExemption: "left over from an earlier choice",
    funding: "A public grant; the funder had no role.",
    pilotTesting: "Two colleagues tried the form.",
    steeringGroup: "Three facilitators from two universities.",
  };

  it("saves registration, ethics, funding, pilot and steering group, keeping only the ethics fields of the chosen status", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const asOwner = await asMember(t.db, owner.id, studyId);
    expect(await updateProtocol(t.db, asOwner, form(details))).toMatchObject({
      deviations: 0,
    });
    const saved = await getProtocol(t.db, asOwner);
    expect(saved).toMatchObject({ ...details, ethicsExemption: "" });

    await updateProtocol(
      t.db,
      asOwner,
      form({ ...details, ethicsStatus: "NOT_REQUIRED", ethicsExemption: "Experts only." }),
    );
    expect(await getProtocol(t.db, asOwner)).toMatchObject({
      ethicsStatus: "NOT_REQUIRED",
      ethicsBody: "",
      ethicsReference: "",
      ethicsExemption: "Experts only.",
    });
  });

  it("asks for what each choice needs: a registry for an id, a body for an approval, a reason for none", () => {
    const issues = (over: Record<string, string>) => {
      const parsed = updateProtocolSchema.safeParse({ ...base, ...over });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    };
    expect(issues({ registrationId: "X1" })).toEqual(["registryName"]);
    expect(issues({ ethicsStatus: "APPROVED" })).toEqual(["ethicsBody"]);
    expect(issues({ ethicsStatus: "NOT_REQUIRED" })).toEqual(["ethicsExemption"]);
    expect(issues({ ethicsStatus: "MAYBE" })).toEqual(["ethicsStatus"]);
    expect(issues({ registryName: "x".repeat(201) })).toEqual(["registryName"]);
    // Left out entirely, they are simply not stated yet.
    expect(updateProtocolSchema.parse(base)).toMatchObject({
      ethicsStatus: "NOT_STATED",
      funding: "",
    });
  });

  it("lock with the protocol: after round 1 a change needs a reason and is recorded as a deviation", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const asOwner = await asMember(t.db, owner.id, studyId);
    await updateProtocol(t.db, asOwner, form(details));
    await t.db.study.update({ where: { id: studyId }, data: { protocolLockedAt: new Date() } });
    const changed = form({ ...details, registrationId: "osf.io/xyz98", funding: "" });
    await expect(updateProtocol(t.db, asOwner, changed)).rejects.toMatchObject({
      code: "INVALID",
      field: "deviationReason",
    });
    expect((await getProtocol(t.db, asOwner)).registrationId).toBe("osf.io/abc12");
    expect(
      await updateProtocol(t.db, asOwner, { ...changed, deviationReason: "Typo" }),
    ).toMatchObject({ deviations: 2 });
    const protocol = await getProtocol(t.db, asOwner);
    expect(protocol.deviations.map((d) => [d.field, d.before, d.after, d.reason]).sort()).toEqual([
      ["funding", { value: details.funding }, { value: "" }, "Typo"],
      ["registrationId", { value: "osf.io/abc12" }, { value: "osf.io/xyz98" }, "Typo"],
    ]);
  });

  it("are changed only by the study's owners and facilitators", async () => {
    const a = await createStudyWithPanel(t.db);
    const outsider = await createStudyWithPanel(t.db);
    const facilitator = await addMember(t.db, a.studyId, "FACILITATOR");
    const observer = await addMember(t.db, a.studyId, "OBSERVER");
    const asOwner = await asMember(t.db, a.owner.id, a.studyId);
    const asFacilitator = await asMember(t.db, facilitator.id, a.studyId);
    await updateProtocol(t.db, asFacilitator, form(details));
    expect((await getProtocol(t.db, asOwner)).funding).toBe(details.funding);
    const attempt = form({ ...details, funding: "Someone else's money." });
    const asObserver = await asMember(t.db, observer.id, a.studyId);
    await expect(updateProtocol(t.db, asObserver, attempt)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // An owner of another study gets no access to this one, so cannot change it either.
    await expect(asMember(t.db, outsider.owner.id, a.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getProtocol(t.db, asOwner)).funding).toBe(details.funding);
  });
});
