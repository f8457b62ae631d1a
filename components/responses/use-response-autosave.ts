"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import {
  busyBackoffMs,
  initialAutosaveState,
  stepAutosave,
  type AutosaveEvent,
  type AutosaveState,
  type AutosaveStatus,
} from "@/lib/responses/autosave-machine.ts";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import type { FlatValues } from "@/lib/responses/response-form-data.ts";
import { runAutosaveCommand, stopTimer } from "./autosave-commands.ts";
import { fill, formValues, readCopy, removeCopy, sameValues } from "./autosave-form.ts";

// The form and its tests read these here.
export { busyBackoffMs, type AutosaveStatus };

const SHOWN = ["status", "revision", "savedAt", "failure", "conflict", "latest"] as const;
/** What the page renders; the machine's bookkeeping (edit counts, timers) stays out of React. */
type Shown = Pick<AutosaveState, (typeof SHOWN)[number]>;

/**
 * Autosave and the local copy, as one small piece of client code on top of a plain form.
 * Every change is kept in localStorage first (survives a crash or going offline), then sent
 * to the autosave endpoint 1.5 s after typing stops, with the revision this page last saw.
 * The server refuses a save that would overwrite a newer version (another tab, another
 * device): the page then shows both and lets the expert choose. The rules are the pure
 * machine in lib/responses/autosave-machine.ts; this hook feeds it the page's events and
 * carries out its commands.
 */
export function useResponseAutosave(options: {
  formRef: RefObject<HTMLFormElement | null>;
  endpoint: string;
  localKey: string;
  enabled: boolean;
  serverRevision: number;
  /** When the form's last POST came back (its reply's time): autosave waits for it. */
  postEnded: number | undefined;
  /** Field name → value an empty field shows (the current wording in suggestion boxes). */
  fieldDefaults: FlatValues;
}) {
  const { formRef, endpoint, localKey, enabled, serverRevision, postEnded, fieldDefaults } =
    options;
  const storageKey = `livewith:response:${localKey}`;
  // The machine's state lives in a ref: the page's listeners (leaving it, above all) must act
  // on it at once, not after a render.
  const machine = useRef(initialAutosaveState(serverRevision));
  const [shown, setShown] = useState<Shown>(() => pick(initialAutosaveState(serverRevision)));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Counts the times the form was filled from a stored copy, for what reads the form (the
  // progress line): setting a field's value fires no event.
  const [filled, setFilled] = useState(0);
  const onFilled = useCallback(() => setFilled((n) => n + 1), []);
  const page = useRef({ endpoint, storageKey, fieldDefaults });
  useEffect(() => {
    page.current = { endpoint, storageKey, fieldDefaults };
  }, [endpoint, storageKey, fieldDefaults]);

  const dispatch = useCallback(
    function dispatch(event: AutosaveEvent) {
      const { state, commands } = stepAutosave(machine.current, event);
      machine.current = state;
      setShown((before) => (SHOWN.every((k) => before[k] === state[k]) ? before : pick(state)));
      const io = { ...page.current, form: formRef.current, timer, dispatch, onFilled };
      for (const command of commands) runAutosaveCommand(command, io);
    },
    [formRef, onFilled],
  );

  // A form POST came back: its reply carries the stored revision the page now builds on. The
  // hidden field shows it in this very render, so a click before the effects run cannot post
  // the old one; autosave's own requests take it up in the effect.
  const [lastServer, setLastServer] = useState(serverRevision);
  if (serverRevision !== lastServer) {
    setLastServer(serverRevision);
    setShown((before) => ({ ...before, revision: serverRevision }));
  }
  // On every reply, refused ones included (their revision is unchanged): a save asked for
  // while the POST was on the wire goes now.
  useEffect(() => {
    dispatch({ type: "submitReplied", revision: serverRevision });
  }, [dispatch, serverRevision, postEnded]);

  useEffect(() => {
    const form = formRef.current;
    if (!enabled || !form) return;
    // A copy left by a crash, a closed tab or an outage: put it back and save it.
    const copy = readCopy(storageKey);
    if (copy && !sameValues(copy.values, formValues(form), fieldDefaults)) {
      fill(form, copy.values, fieldDefaults);
      onFilled();
      dispatch({ type: "restored", base: copy.base });
    } else if (copy) removeCopy(storageKey);
    const onOnline = () => dispatch({ type: "online" });
    const onVisible = () => {
      if (document.visibilityState === "visible") dispatch({ type: "visible" });
    };
    const onHide = () => dispatch({ type: "hidden" });
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", onHide);
    return () => {
      stopTimer(timer);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", onHide);
    };
    // Once per page: the listeners go through dispatch, which reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = useCallback(() => {
    if (enabled && formRef.current) dispatch({ type: "typed" });
  }, [dispatch, enabled, formRef]);

  const resolve = useCallback(
    (theirs: ResponseSnapshot, keep: "theirs" | "mine") =>
      dispatch({ type: "resolved", theirs, keep }),
    [dispatch],
  );

  /** Before a form POST: the POST carries everything, so a pending autosave is moot. */
  const cancelPending = useCallback(() => dispatch({ type: "submitStarted" }), [dispatch]);

  return { ...shown, onChange, resolve, cancelPending, filled };
}

function pick(state: AutosaveState): Shown {
  const { status, revision, savedAt, failure, conflict, latest } = state;
  return { status, revision, savedAt, failure, conflict, latest };
}
