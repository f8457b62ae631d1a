// A second app server's report-file runner, for the test that each file is made once when
// several servers share one PostgreSQL database. Usage (with --conditions=react-server):
// tsx run-report-files.ts <database url>. Prints how many files this process finished.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { runReportExports } from "../../lib/report/run-report-exports.ts";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.argv[2]! }) });
try {
  console.log(await runReportExports(db));
} finally {
  await db.$disconnect();
}
