import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZod } from "./form-state.ts";

// A zod message reaches the form as a string, so the type of a schema's catalog key is lost
// on the way: fieldErrorsFromZod decides at run time which messages are keys. A wrong guess
// shows the reader a raw key, or zod's English sentence in any language.

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected the value to be refused");
  return fieldErrorsFromZod(parsed.error);
};

describe("the messages of a refused form", () => {
  it("pass a schema's own catalog key through, on the field it names", () => {
    const schema = z.strictObject({ closesAt: z.string() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "rounds.deadlineTooSoon" });
    });
    expect(errorsOf(schema, { closesAt: "" })).toEqual({
      closesAt: { key: "rounds.deadlineTooSoon" },
    });
  });

  it("turn zod's own sentences into the catalog's validation messages", () => {
    const schema = z.strictObject({
      title: z.string().min(1),
      summary: z.string().max(3),
      email: z.email(),
    });
    expect(errorsOf(schema, { title: "", summary: "long", email: "nobody" })).toEqual({
      title: { key: "validation.required" },
      summary: { key: "validation.tooLong", values: { max: 3 } },
      email: { key: "validation.email" },
    });
  });

  it("never take a custom sentence for a key", () => {
    const schema = z.string().refine(() => false, "Not like this.");
    expect(errorsOf(schema, "x")).toEqual({ _form: { key: "validation.invalid" } });
  });
});
