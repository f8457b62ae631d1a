import "server-only";
import { getDb } from "@/lib/db/app-db.ts";

export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  }
}
