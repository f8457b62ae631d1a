// `npm run demo`: the embedded database with the demo study, a production build, and the
// server on http://localhost:3000 — no configuration needed.
import { spawn, spawnSync } from "node:child_process";
import { DEMO_FACILITATOR_EMAIL } from "../demo/demo-content.ts";

function step(label: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync("npx", args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("Applying database migrations", ["tsx", "scripts/db.ts", "deploy"]);
step("Adding the demo study", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
step("Building the app (about a minute)", ["next", "build"]);

const port = process.env.PORT ?? "3000";
console.log(`
┌──────────────────────────────────────────────────────────────────────┐
  Livewith demo: http://localhost:${port}

  Sign in as the demo facilitator:
    1. open http://localhost:${port}/signin and enter ${DEMO_FACILITATOR_EMAIL}
    2. open the local mailbox http://localhost:${port}/dev/mail
    3. click the link in the newest message, then "Sign in"
  Stop with Ctrl+C. Data stays in .data/ (delete it to start over).
└──────────────────────────────────────────────────────────────────────┘
`);
const server = spawn("npx", ["tsx", "server.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
