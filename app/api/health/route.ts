import { getDb } from "@/lib/db/app-db.ts";
import { checkHealth } from "@/lib/health/check-health.ts";

// Readiness: 503 while the database is unreachable, this build's migrations are not all
// applied, or the server is stopping. Liveness is /api/health/live.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb);
  return Response.json(health, { status: health.ok ? 200 : 503 });
}
