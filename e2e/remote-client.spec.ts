import http from "node:http";
import os from "node:os";
import { expect, test } from "@playwright/test";
import { canCreateRemoteHost, createRemoteHost } from "./support/remote-host.ts";
import { e2eServers } from "./support/servers.ts";

const { local } = e2eServers();
const port = new URL(local.baseURL).port;

test("the local mailbox answers 404 to a request from another machine", async () => {
  test.skip(!canCreateRemoteHost(), "needs root and iproute2 to create a network namespace");
  const remote = createRemoteHost();
  try {
    const get = (path: string, headers: string[] = []) =>
      remote
        .run([
          "curl",
          "-s",
          "-m",
          "10",
          "-o",
          "/dev/null",
          "-w",
          "%{http_code}",
          ...headers,
          `http://${remote.hostAddress}:${port}${path}`,
        ])
        .trim();
    // The server is reachable from there…
    expect(get("/api/health")).toBe("200");
    // …but the mailbox is not, even when the client claims to be local.
    expect(get("/dev/mail")).toBe("404");
    expect(
      get("/dev/mail", [
        "-H",
        "X-Forwarded-For: 127.0.0.1",
        "-H",
        "x-livewith-remote-address: 127.0.0.1",
      ]),
    ).toBe("404");
  } finally {
    remote.destroy();
  }
  // While from this machine it is there.
  const res = await fetch(`${local.baseURL}/dev/mail`);
  expect(res.status).toBe(200);
});

// Without a network namespace (no root, no iproute2) the rule is still proven: a request to
// one of this machine's own non-loopback addresses arrives from that address, which is not
// the loopback, so the server must treat it as another machine's. This test never skips.
test("the local mailbox answers 404 to a request arriving on a non-loopback address", async () => {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === "IPv4")?.address;
  expect(address, "this machine has no non-loopback IPv4 address to test from").toBeDefined();
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      http
        .get({ host: address, port, path, localAddress: address, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on("error", reject);
    });
  expect(await get("/api/health")).toBe(200);
  expect(await get("/dev/mail")).toBe(404);
  expect(
    await get("/dev/mail", {
      "X-Forwarded-For": "127.0.0.1",
      "x-livewith-remote-address": "127.0.0.1",
    }),
  ).toBe(404);
  expect((await fetch(`${local.baseURL}/dev/mail`)).status).toBe(200);
});
