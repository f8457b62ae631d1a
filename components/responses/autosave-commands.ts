// Carries out what the autosave machine asks for: the one timer, the requests to the autosave
// endpoint, the copy on the device and the form itself. Every answer goes back as an event.

import {
  readSaveReply,
  type AutosaveCommand,
  type AutosaveEvent,
  type SaveOutcome,
  type SaveReply,
} from "@/lib/responses/autosave-machine.ts";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import { flattenContent, type FlatValues } from "@/lib/responses/response-form-data.ts";
import { fill, formValues, payload, removeCopy, writeCopy } from "./autosave-form.ts";

type Timer = { current: ReturnType<typeof setTimeout> | undefined };

export type AutosavePage = {
  /** Null once the page is gone: then nothing is read or sent. */
  form: HTMLFormElement | null;
  endpoint: string;
  storageKey: string;
  fieldDefaults: FlatValues;
  timer: Timer;
  dispatch: (event: AutosaveEvent) => void;
  /** The form's fields were set from a stored answer: what it shows changed without events. */
  onFilled: () => void;
};

export function runAutosaveCommand(command: AutosaveCommand, page: AutosavePage): void {
  const { form, endpoint, storageKey, timer, dispatch } = page;
  switch (command.type) {
    case "keepCopy":
      if (form) writeCopy(storageKey, { base: command.base, values: formValues(form) });
      return;
    case "dropCopy":
      return removeCopy(storageKey);
    case "startTimer":
      clearTimeout(timer.current);
      timer.current = setTimeout(() => dispatch({ type: "timerFired" }), command.ms);
      return;
    case "stopTimer":
      return stopTimer(timer);
    case "post":
      if (!form) return;
      void postSave(endpoint, payload(form, command.revision)).then((outcome) =>
        dispatch({ type: "replied", outcome, at: new Date() }),
      );
      return;
    case "beacon":
      // The copy on the device stays anyway; this is the best the browser allows on the way out.
      if (form) navigator.sendBeacon?.(endpoint, payload(form, command.revision));
      return;
    case "readStored":
      void readStored(endpoint).then((response) => dispatch({ type: "storedRead", response }));
      return;
    case "fill":
      if (!form) return;
      fill(form, flattenContent(command.response), page.fieldDefaults);
      page.onFilled();
      return;
  }
}

export function stopTimer(timer: Timer): void {
  clearTimeout(timer.current);
  timer.current = undefined;
}

/** One autosave request, its reply read as the machine's outcome. */
export async function postSave(endpoint: string, body: FormData): Promise<SaveOutcome> {
  try {
    const res = await fetch(endpoint, { method: "POST", body, cache: "no-store" });
    return readSaveReply((await res.json()) as SaveReply);
  } catch {
    // No answer, or none that reads as one (a proxy's error page): treated as offline.
    return { kind: "offline" };
  }
}

async function readStored(endpoint: string): Promise<ResponseSnapshot | null> {
  try {
    const res = await fetch(endpoint, { cache: "no-store" });
    const data = (await res.json()) as { response?: ResponseSnapshot | null };
    return data.response ?? null;
  } catch {
    // Offline: the next save finds out.
    return null;
  }
}
