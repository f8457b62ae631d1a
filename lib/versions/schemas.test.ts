import { describe, expect, it } from "vitest";
import { hashText } from "./hash-text.ts";
import { addClauseSchema, updateClauseSchema, updateExplanatoryTextSchema } from "./schemas.ts";

const ids = { versionId: "v1" };

describe("clause text", () => {
  it("is trimmed, with Windows line breaks made plain", () => {
    const parsed = addClauseSchema.parse({ ...ids, text: "  Line one\r\nLine two \n" });
    expect(parsed.text).toBe("Line one\nLine two");
  });

  it("may not be blank or longer than 2000 characters", () => {
    expect(addClauseSchema.safeParse({ ...ids, text: " \r\n " }).success).toBe(false);
    expect(addClauseSchema.safeParse({ ...ids, text: "x".repeat(2000) }).success).toBe(true);
    expect(addClauseSchema.safeParse({ ...ids, text: "x".repeat(2001) }).success).toBe(false);
    // A line break counts once, as the browser's maxLength counts it.
    expect(addClauseSchema.safeParse({ ...ids, text: "ab\r\n".repeat(666) + "ab" }).success).toBe(
      true,
    );
  });

  it("refuses unknown fields and an edit without a well-formed base hash", () => {
    expect(addClauseSchema.safeParse({ ...ids, text: "A", position: "1" }).success).toBe(false);
    const edit = { clauseVersionId: "c1", text: "A" };
    expect(updateClauseSchema.safeParse({ ...edit, baseHash: "nope" }).success).toBe(false);
    expect(updateClauseSchema.safeParse({ ...edit, baseHash: hashText("A") }).success).toBe(true);
  });
});

describe("explanatory text", () => {
  const base = { ...ids, baseHash: hashText("") };
  it("may be empty and at most 20000 characters", () => {
    expect(updateExplanatoryTextSchema.parse({ ...base, explanatoryText: "  " })).toMatchObject({
      explanatoryText: "",
    });
    const long = { ...base, explanatoryText: "x".repeat(20_001) };
    expect(updateExplanatoryTextSchema.safeParse(long).success).toBe(false);
  });
});
