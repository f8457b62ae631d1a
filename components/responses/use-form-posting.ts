"use client";

import { startTransition, useEffect, useRef, type FormEvent, type RefObject } from "react";
import type { FormState } from "@/lib/forms/form-state.ts";
import { busyBackoffMs } from "./use-response-autosave.ts";

/**
 * How the response form goes to the server with JavaScript: posted by the page itself, and
 * sent again when the database was too busy to take it.
 */
export function useFormPosting(options: {
  formRef: RefObject<HTMLFormElement | null>;
  state: FormState;
  formAction: (formData: FormData) => void;
  /** Called before each POST (autosave's pending save is moot: the POST carries all). */
  beforePost: () => void;
}) {
  const { formRef, state, formAction, beforePost } = options;

  // The database was saturated: nothing was written. With JavaScript the page sends the same
  // request again with backoff (idempotent: identical content never conflicts with itself);
  // without it, the message asks the expert to press the button again, answers kept.
  const isBusy = state.status === "error" && state.formError?.key === "response.errors.busy";
  const busyTries = useRef(0);
  const busyIntent = state.values?.intent === "submit" ? "submit" : "save";
  useEffect(() => {
    if (!isBusy) return void (busyTries.current = 0);
    busyTries.current++;
    const id = setTimeout(() => {
      const form = formRef.current;
      const button = form?.querySelector<HTMLButtonElement>(
        `button[name="intent"][value="${busyIntent}"]`,
      );
      form?.requestSubmit(button ?? undefined);
    }, busyBackoffMs(busyTries.current));
    return () => clearTimeout(id);
  }, [isBusy, busyIntent, state.at, formRef]);

  // Posted here rather than by React's form action: React puts every field of a form back to
  // its default once its action ends, which would wipe what the expert typed while the POST
  // was under way (autosave then keeps it as a draft beside the submitted answer). Without
  // JavaScript the browser posts the form to the same action.
  const post = (event: FormEvent<HTMLFormElement>) => {
    beforePost();
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  return { isBusy, post };
}
