// The request edge alone, in a process of its own, for measuring what a refused request
// costs the server (its memory), apart from the test process that sends it.
// Usage: tsx edge-server.ts — prints the port it listens on.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { guardRequest } from "../../lib/http/edge/guard-request.ts";
import { configureRateLimits } from "../../lib/http/edge/rate-limits.ts";

configureRateLimits(undefined);
let bodyBytesRead = 0;
const server = http.createServer((req, res) => {
  if (req.url === "/stats") {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ rss: process.memoryUsage().rss, bodyBytesRead }));
    return;
  }
  void guardRequest(req, res, { appOrigin: undefined, trustedProxyHops: 0 }).then((answered) => {
    if (answered) return;
    req.on("data", (chunk: Buffer) => (bodyBytesRead += chunk.length));
    req.on("end", () => res.end("ok"));
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log((server.address() as AddressInfo).port);
});
