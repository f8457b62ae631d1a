// The physical limit for bench/submissions.ts: a bare Node HTTP server that answers each
// POST with one multi-row INSERT of what a submission writes (one response row and one
// row per clause), through node-postgres with the same pool size as the app's default.
// No framework, no validation, no transaction: what the machine can do at most.
//   tsx bench/bare-pg-server.ts <database url> <port> <rows per request>
import http from "node:http";
import pg from "pg";

const [url, port, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 21);
const pool = new pg.Pool({ connectionString: url, max: 10 });
let sequence = 0;

const server = http.createServer((req, res) => {
  // Read the whole form, as the app does, then write.
  req.resume();
  req.on("end", () => {
    const request = `${process.pid}-${++sequence}`;
    const values: string[] = [];
    const params: string[] = [];
    for (let i = 0; i < rows; i++) {
      params.push(request, String(i), "CAN_LIVE_WITH", "A reason to say it.");
      values.push(`($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, $${4 * i + 4}, now())`);
    }
    pool
      .query(
        `INSERT INTO bench_rows (request, part, position, reason, created) VALUES ${values.join(", ")}`,
        params,
      )
      .then(
        () => {
          res.writeHead(200, { "content-type": "text/plain" });
          res.end("ok");
        },
        (error: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(String(error));
        },
      );
  });
});
server.listen(Number(port), "127.0.0.1", () => console.log(`bare pg server on ${port}`));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
