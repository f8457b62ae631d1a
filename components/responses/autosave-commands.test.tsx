import { afterEach, describe, expect, it, vi } from "vitest";
import type { AutosaveEvent } from "@/lib/responses/autosave-machine.ts";
import { stored } from "@/test/support/autosave-fixtures.ts";
import { postSave, runAutosaveCommand, type AutosavePage } from "./autosave-commands.ts";

// The glue between the machine and the browser, without a DOM: the timer, the requests and
// how their answers come back as events. (The form's own commands need a page: Playwright.)
const endpoint = "/respond/t/rounds/1/autosave";

function page() {
  const events: AutosaveEvent[] = [];
  const io: AutosavePage = {
    form: null,
    endpoint,
    storageKey: "livewith:response:test",
    fieldDefaults: {},
    timer: { current: undefined },
    dispatch: (event) => events.push(event),
    onFilled: () => {},
  };
  return { io, events };
}

const answering = (body: unknown, status = 200) =>
  vi.fn(
    async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }),
  );

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the autosave machine's commands in the browser", () => {
  it("keeps one timer: a restart replaces it, a stop cancels it", () => {
    vi.useFakeTimers();
    const { io, events } = page();
    runAutosaveCommand({ type: "startTimer", ms: 1500 }, io);
    vi.advanceTimersByTime(1000);
    runAutosaveCommand({ type: "startTimer", ms: 1500 }, io);
    vi.advanceTimersByTime(1499);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([{ type: "timerFired" }]);
    runAutosaveCommand({ type: "startTimer", ms: 1500 }, io);
    runAutosaveCommand({ type: "stopTimer" }, io);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([{ type: "timerFired" }]);
  });

  it("reads the autosave reply's body, whatever its HTTP status", async () => {
    const body = new FormData();
    vi.stubGlobal("fetch", answering({ status: "busy" }, 503));
    expect(await postSave(endpoint, body)).toEqual({ kind: "busy" });
    const closed = { key: "response.errors.closed" };
    vi.stubGlobal("fetch", answering({ status: "error", error: closed }, 409));
    expect(await postSave(endpoint, body)).toEqual({ kind: "failed", error: closed });
    vi.stubGlobal("fetch", answering({ status: "saved", response: stored(6) }));
    expect(await postSave(endpoint, body)).toEqual({ kind: "saved", response: stored(6) });
  });

  it("takes no answer, or one that is not JSON, for being offline", async () => {
    vi.stubGlobal("fetch", answering("<html>Bad gateway</html>", 502));
    expect(await postSave(endpoint, new FormData())).toEqual({ kind: "offline" });
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    expect(await postSave(endpoint, new FormData())).toEqual({ kind: "offline" });
  });

  it("reports the stored answers when the tab comes back, and nothing stored when offline", async () => {
    const { io, events } = page();
    const fetch = answering({ status: "current", response: stored(8) });
    vi.stubGlobal("fetch", fetch);
    runAutosaveCommand({ type: "readStored" }, io);
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(fetch).toHaveBeenCalledWith(endpoint, { cache: "no-store" });
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    runAutosaveCommand({ type: "readStored" }, io);
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events).toEqual([
      { type: "storedRead", response: stored(8) },
      { type: "storedRead", response: null },
    ]);
  });

  it("sends nothing once the form is gone", async () => {
    const { io, events } = page();
    const fetch = answering({ status: "saved", response: stored(6) });
    vi.stubGlobal("fetch", fetch);
    runAutosaveCommand({ type: "post", revision: 5 }, io);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });
});
