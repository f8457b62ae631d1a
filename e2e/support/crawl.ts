import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Fetches every page reachable from `start` by links under `scope`, as HTML and as the
 * RSC payload a client navigation asks for, and checks that none contains any of
 * `forbidden`. Every page must answer 200. Returns the paths visited.
 */
export async function crawlPublicPages(
  request: APIRequestContext,
  start: string[],
  scope: string,
  forbidden: string[],
): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    const rsc = path.endsWith(".json")
      ? ""
      : await (await request.get(path, { headers: { RSC: "1" } })).text();
    for (const secret of forbidden) {
      expect(body, `${path} contains ${secret}`).not.toContain(secret);
      expect(rsc, `${path} (RSC) contains ${secret}`).not.toContain(secret);
    }
    for (const [, href] of body.matchAll(/href="(\/s\/[^"#?]*)"/g)) {
      if (href!.startsWith(scope)) queue.push(href!);
    }
  }
  return [...seen];
}
