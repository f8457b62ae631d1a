"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Message } from "@/lib/forms/form-state.ts";
import {
  busyBackoffMs,
  DEBOUNCE_MS,
  RETRY_MS,
  type AutosaveStatus,
} from "@/lib/responses/autosave-machine.ts";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import { flattenContent, type FlatValues } from "@/lib/responses/response-form-data.ts";
import {
  fill,
  formValues,
  payload,
  readCopy,
  removeCopy,
  sameValues,
  writeCopy,
} from "./autosave-form.ts";

// The form and its tests read these here.
export { busyBackoffMs, type AutosaveStatus };

/**
 * Autosave and the local copy, as one small piece of client code on top of a plain form.
 * Every change is kept in localStorage first (survives a crash or going offline), then sent
 * to the autosave endpoint 1.5 s after typing stops, with the revision this page last saw.
 * The server refuses a save that would overwrite a newer version (another tab, another
 * device): the page then shows both and lets the expert choose.
 */
export function useResponseAutosave(options: {
  formRef: RefObject<HTMLFormElement | null>;
  endpoint: string;
  localKey: string;
  enabled: boolean;
  serverRevision: number;
  /** Field name → value an empty field shows (the current wording in suggestion boxes). */
  fieldDefaults: FlatValues;
}) {
  const { formRef, endpoint, localKey, enabled, fieldDefaults } = options;
  const [revision, setRevisionState] = useState(options.serverRevision);
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const [conflict, setConflict] = useState<ResponseSnapshot | null>(null);
  const [latest, setLatest] = useState<ResponseSnapshot | null>(null);
  const revisionRef = useRef(options.serverRevision);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const edits = useRef(0);
  const blocked = useRef(false);
  const busyAttempts = useRef(0);
  // save() re-schedules itself (retry, edits made while a save was in flight) through this.
  const saveLater = useRef<() => void>(() => {});
  const storageKey = `livewith:response:${localKey}`;

  const setRevision = useCallback((n: number) => {
    revisionRef.current = n;
    setRevisionState(n);
  }, []);

  // A successful form POST re-renders the page with the stored revision.
  const [lastServer, setLastServer] = useState(options.serverRevision);
  if (options.serverRevision !== lastServer) {
    setLastServer(options.serverRevision);
    setRevisionState(options.serverRevision);
  }
  useEffect(() => {
    revisionRef.current = options.serverRevision;
  }, [options.serverRevision]);

  const save = useCallback(async (): Promise<void> => {
    const form = formRef.current;
    if (!enabled || !form || blocked.current) return;
    if (inFlight.current) return void (again.current = true);
    clearTimeout(timer.current);
    timer.current = undefined;
    const body = payload(form, revisionRef.current);
    const sent = edits.current;
    inFlight.current = true;
    setStatus("saving");
    try {
      const res = await fetch(endpoint, { method: "POST", body, cache: "no-store" });
      const data = (await res.json()) as {
        status: string;
        response?: ResponseSnapshot;
        theirs?: ResponseSnapshot;
        error?: Message;
      };
      if (data.status !== "busy") busyAttempts.current = 0;
      if (data.status === "saved" && data.response) {
        setRevision(data.response.revision);
        setLatest(data.response);
        setSavedAt(new Date());
        setStatus("saved");
        if (edits.current === sent) removeCopy(storageKey);
      } else if (data.status === "busy") {
        // Nothing was written: the local copy stays, the same save goes again later.
        busyAttempts.current++;
        setStatus("busy");
        timer.current = setTimeout(() => saveLater.current(), busyBackoffMs(busyAttempts.current));
      } else if (data.status === "conflict" && data.theirs) {
        blocked.current = true;
        setConflict(data.theirs);
        setStatus("idle");
      } else {
        setFailure(data.error ?? { key: "errors.UNKNOWN" });
        setStatus("failed");
      }
    } catch {
      setStatus("offline");
      timer.current = setTimeout(() => saveLater.current(), RETRY_MS);
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        saveLater.current();
      }
    }
  }, [enabled, endpoint, formRef, setRevision, storageKey]);
  useEffect(() => {
    saveLater.current = () => void save();
  }, [save]);

  const onChange = useCallback(() => {
    const form = formRef.current;
    if (!enabled || !form) return;
    edits.current++;
    writeCopy(storageKey, { base: revisionRef.current, values: formValues(form) });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [enabled, formRef, save, storageKey]);

  const resolve = useCallback(
    (theirs: ResponseSnapshot, keep: "theirs" | "mine") => {
      const form = formRef.current;
      blocked.current = false;
      setConflict(null);
      setRevision(theirs.revision);
      if (keep === "mine") return void save();
      if (form) fill(form, flattenContent(theirs), fieldDefaults);
      removeCopy(storageKey);
      setStatus("saved");
    },
    [fieldDefaults, formRef, save, setRevision, storageKey],
  );

  useEffect(() => {
    const form = formRef.current;
    if (!enabled || !form) return;
    // A copy left by a crash, a closed tab or an outage: put it back and save it. If the
    // server moved on meanwhile, the save comes back as a conflict and the expert chooses.
    const copy = readCopy(storageKey);
    if (copy && !sameValues(copy.values, formValues(form), fieldDefaults)) {
      fill(form, copy.values, fieldDefaults);
      revisionRef.current = copy.base;
      queueMicrotask(() => setStatus("restored"));
      edits.current++;
      void save();
    } else if (copy) removeCopy(storageKey);
    const onOnline = () => void save();
    const onVisible = async () => {
      if (document.visibilityState !== "visible" || inFlight.current || blocked.current) return;
      try {
        const res = await fetch(endpoint, { cache: "no-store" });
        const data = (await res.json()) as { response?: ResponseSnapshot | null };
        if (data.response && data.response.revision !== revisionRef.current) {
          blocked.current = true;
          setConflict(data.response);
        }
      } catch {
        // Offline: the next save finds out.
      }
    };
    // Leaving with a save still pending: send it on the way out (the local copy stays anyway).
    const onHide = () => {
      if (timer.current === undefined || blocked.current) return;
      navigator.sendBeacon?.(endpoint, payload(form, revisionRef.current));
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", onHide);
    return () => {
      clearTimeout(timer.current);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", onHide);
    };
    // Once per page: the listeners read refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Before a form POST: the POST carries everything, so a pending autosave is moot. */
  const cancelPending = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  return {
    revision,
    status,
    savedAt,
    failure,
    conflict,
    latest,
    onChange,
    resolve,
    cancelPending,
  };
}
