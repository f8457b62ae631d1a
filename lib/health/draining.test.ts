import { describe, expect, it } from "vitest";
import { backgroundWorkSettled, handBackClaims, onHandBack, trackWork } from "./draining.ts";

// What server.ts waits for before it exits, and what it runs when it has to cut.

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settledYet = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

describe("background work in flight", () => {
  it("is waited for, including work that starts while waiting and work that fails", async () => {
    const first = deferred();
    const second = deferred();
    expect(trackWork(first.promise)).toBe(first.promise);
    const settled = backgroundWorkSettled();
    expect(await settledYet(settled)).toBe(false);
    void trackWork(second.promise).catch(() => {});
    first.resolve();
    expect(await settledYet(settled)).toBe(false);
    second.reject(new Error("the SMTP server went away"));
    expect(await settledYet(settled)).toBe(true);
  });

  it("settles at once when nothing is in flight", async () => {
    expect(await settledYet(backgroundWorkSettled())).toBe(true);
  });
});

describe("handing claims back", () => {
  it("runs every registered hand-back, and none once unregistered", async () => {
    const ran: string[] = [];
    const stopA = onHandBack(async () => void ran.push("a"));
    const stopB = onHandBack(async () => void ran.push("b"));
    stopA();
    await handBackClaims(1_000);
    expect(ran).toEqual(["b"]);
    stopB();
    await handBackClaims(1_000);
    expect(ran).toEqual(["b"]);
  });

  it("waits no longer than it is given for a hand-back that hangs", async () => {
    const stop = onHandBack(() => new Promise<void>(() => {}));
    const started = Date.now();
    await handBackClaims(50);
    expect(Date.now() - started).toBeLessThan(1_000);
    stop();
  });
});
