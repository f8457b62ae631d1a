import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/forms/form-state.ts";
import { LIMITS } from "./limits.ts";
import {
  flattenContent,
  isSameContent,
  nestFormValues,
  normaliseSuggestion,
  type ResponseContent,
} from "./response-form-data.ts";
import { responseSchema } from "./schemas.ts";

const content: ResponseContent = {
  text: { position: "CAN_LIVE_WITH", reason: "", suggestion: "" },
  clause: {
    c1: { position: "CANNOT_LIVE_WITH", reason: "Too broad", suggestion: "Narrower.", rating: 3 },
    c2: { position: null, reason: "", suggestion: "", rating: null },
  },
  overallPosition: "CAN_LIVE_WITH",
  generalComments: "<script>x</script>",
};

describe("the response form's field names", () => {
  it("round-trip: content → flat FormData values → schema → the same content", () => {
    const flat = flattenContent(content);
    expect(flat["clause.c1.reason"]).toBe("Too broad");
    expect(flat["clause.c2.rating"]).toBe("");
    const parsed = responseSchema.parse({ ...flat, revision: "4" });
    expect(parsed.revision).toBe(4);
    expect(parsed.intent).toBe("save");
    expect(isSameContent(parsed, content)).toBe(true);
  });

  it("nests text.* and clause.<id>.* and leaves anything else for the strict schema to refuse", () => {
    expect(nestFormValues({ "text.reason": "r", "clause.a.position": "", extra: "x" })).toEqual({
      text: { reason: "r" },
      clause: { a: { position: "" } },
      extra: "x",
    });
    expect(responseSchema.safeParse({ revision: "0", extra: "x" }).success).toBe(false);
    expect(responseSchema.safeParse({ revision: "0", "clause.a.colour": "red" }).success).toBe(
      false,
    );
  });

  it("refuses a body that is not a set of fields as invalid input, without throwing", () => {
    // The autosave endpoint parses what the client sent: a JSON null or a bare string is a
    // bad request (a refusal the client shows), never an exception (a server error).
    for (const body of [null, undefined, "revision=0", 42])
      expect(responseSchema.safeParse(body).success).toBe(false);
  });

  it("names errors by the field they belong to, with the limit in the message", () => {
    const result = responseSchema.safeParse({
      revision: "0",
      "clause.c1.reason": "x".repeat(LIMITS.reason + 1),
      "text.suggestion": "y".repeat(LIMITS.suggestion + 1),
      generalComments: "z".repeat(LIMITS.comments + 1),
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!)).toEqual({
      "clause.c1.reason": { key: "validation.tooLong", values: { max: 2000 } },
      "text.suggestion": { key: "validation.tooLong", values: { max: 4000 } },
      generalComments: { key: "validation.tooLong", values: { max: 8000 } },
    });
  });

  it("asks for the overall position and the reasons only on submit", () => {
    const values = { revision: "0", "text.position": "CANNOT_LIVE_WITH" };
    expect(responseSchema.safeParse(values).success).toBe(true);
    const submit = responseSchema.safeParse({ ...values, intent: "submit" });
    expect(fieldErrorsFromZod(submit.error!)).toEqual({
      "text.reason": { key: "validation.reasonRequired" },
      overallPosition: { key: "validation.overallRequired" },
    });
  });
});

describe("comparing and normalising", () => {
  it("treats a missing clause as an unanswered one", () => {
    const { c2: _c2, ...clause } = content.clause;
    expect(isSameContent({ ...content, clause }, content)).toBe(true);
    expect(isSameContent({ ...content, generalComments: "" }, content)).toBe(false);
  });

  it("stores an untouched suggestion as no suggestion", () => {
    expect(normaliseSuggestion("Clause 1. ", "Clause 1.")).toBe("");
    expect(normaliseSuggestion("Clause one.", "Clause 1.")).toBe("Clause one.");
  });
});
