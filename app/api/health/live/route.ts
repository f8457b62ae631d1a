// Liveness: the process answers. Nothing else is checked (a database outage is not a reason
// to restart a server; /api/health, the readiness, reports it).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
