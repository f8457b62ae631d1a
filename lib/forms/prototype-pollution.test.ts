import { afterEach, describe, expect, it } from "vitest";
import { saveJustificationsSchema } from "@/lib/justifications/schemas.ts";
import { nestFormValues } from "@/lib/responses/response-form-data.ts";
import { responseSchema } from "@/lib/responses/schemas.ts";
import { formDataToObject } from "./form-state.ts";

// Review of issue 15's edge: the parsers that turn flat field names into nested objects
// wrote "clause.__proto__.title" onto Object.prototype. One unauthenticated autosave did
// it, and every page of the server failed until a restart; "j.__proto__.acknowledge"
// would have made every later form parse as if a box were ticked.

const polluted = () =>
  ["title", "acknowledge", "confirm", "cited", "x"].filter((k) =>
    Object.prototype.hasOwnProperty.call(Object.prototype, k),
  );

afterEach(() => {
  for (const k of polluted()) delete (Object.prototype as Record<string, unknown>)[k];
});

const attacks = [
  "clause.__proto__.title",
  "text.__proto__",
  "clause.constructor.prototype",
  "j.__proto__.acknowledge",
  "j.constructor.prototype",
  "j.t.as.__proto__",
  "j.t.__proto__.x",
  "__proto__",
];

function form(names: string[]): FormData {
  const f = new FormData();
  f.set("revision", "0");
  f.set("versionId", "v");
  for (const name of names) f.set(name, "on");
  return f;
}

describe("form parsers and prototype keys", () => {
  it("never write onto Object.prototype, whatever the field names", () => {
    const values = formDataToObject(form(attacks));
    expect(Object.keys(values)).not.toContain("__proto__");
    nestFormValues(values);
    responseSchema.safeParse(values);
    saveJustificationsSchema.safeParse(values);
    expect(polluted()).toEqual([]);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it("refuse such names instead of dropping them silently", () => {
    for (const name of attacks.filter((n) => n !== "__proto__")) {
      const values = formDataToObject(form([name]));
      if (name.startsWith("j."))
        expect(saveJustificationsSchema.safeParse(values).success, name).toBe(false);
      else expect(responseSchema.safeParse(values).success, name).toBe(false);
    }
    expect(polluted()).toEqual([]);
  });
});
