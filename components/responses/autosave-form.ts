// What autosave touches in the browser: the form's fields and the copy kept on the device.

import type { FlatValues } from "@/lib/responses/response-form-data.ts";

type LocalCopy = { base: number; values: FlatValues };

// Bookkeeping the page sets itself, not answers (with "$ACTION…", React's action fields).
const SKIP = new Set(["revision", "intent"]);

/** The autosave body: the form as its POST would send it, on top of `revision`, no button. */
export function payload(form: HTMLFormElement, revision: number): FormData {
  const data = new FormData(form);
  data.delete("intent");
  data.set("revision", String(revision));
  return data;
}

export function formValues(form: HTMLFormElement): FlatValues {
  const out: FlatValues = {};
  for (const [name, value] of new FormData(form))
    if (!SKIP.has(name) && !name.startsWith("$ACTION") && typeof value === "string")
      out[name] = value;
  return out;
}

/** An empty field and one showing its default (the current wording) are the same answer. */
export function sameValues(a: FlatValues, b: FlatValues, defaults: FlatValues): boolean {
  const norm = (v: FlatValues, k: string) => v[k] || defaults[k] || "";
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (k) => norm(a, k) === norm(b, k),
  );
}

export function fill(form: HTMLFormElement, values: FlatValues, defaults: FlatValues): void {
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (!el.name || SKIP.has(el.name) || el.name.startsWith("$ACTION") || el.type === "submit")
      continue;
    const value = values[el.name] || defaults[el.name] || "";
    if (el.type === "radio") el.checked = el.value === value;
    else el.value = value;
  }
}

/** A corrupt or unreadable copy counts as none: the server's copy is the fallback. */
export function readCopy(key: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeCopy(key: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled (private mode): the server copy is still saved.
  }
}

export function removeCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
