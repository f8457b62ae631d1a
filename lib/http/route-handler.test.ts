import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors.ts";
import { routeHandler } from "./route-handler.ts";

// The shared edge of route handlers: a domain refusal becomes its status quietly; anything
// else is a 500 logged with the request's id, and the reply carries the same id.

const written: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  written.length = 0;
});
function captureLog() {
  const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
}
const request = (id?: string) =>
  new Request("http://localhost/studies/s1/report/report.md", {
    headers: id ? { "x-request-id": id } : {},
  });

describe("routeHandler", () => {
  it("logs an unknown error with the request id and answers 500 with that id", async () => {
    captureLog();
    const handler = routeHandler("report markdown", async () => {
      throw new Error("connection to ada@example.org refused");
    });
    const res = await handler(request("req-42"), {});
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("req-42");
    expect(await res.text()).toBe("");
    const lines = written.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      route: "report markdown",
      requestId: "req-42",
      error: { message: "connection to [email] refused" },
    });
  });

  it("answers a domain refusal with its status and logs nothing", async () => {
    captureLog();
    const handler = routeHandler("panel template", async () => {
      throw new AppError("NOT_FOUND");
    });
    const res = await handler(request("req-7"), {});
    expect(res.status).toBe(404);
    expect(written).toEqual([]);
  });

  it("gives a request without an id a fresh one, and passes a success through", async () => {
    captureLog();
    const failing = routeHandler("x", async () => {
      throw new TypeError("boom");
    });
    const res = await failing(request(), {});
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(written[0]!)).toMatchObject({ requestId: id });
    const ok = routeHandler("y", async () => new Response("fine", { status: 201 }));
    expect((await ok(request(), {})).status).toBe(201);
  });
});
