// How heavy is the expert's response page? Fetches the page from a RUNNING production server
// (it builds nothing), collects the JavaScript and CSS its HTML references, gzips each with
// node:zlib and reports first-load JS and total transfer. Exits 1 above the JS budget.
//
//   npm run bench:response -- http://localhost:3000/respond/<token>/rounds/1 [--budget-kb 100]
//   npm run bench:response -- http://localhost:3000 /respond/<token>/rounds/1 --baseline /signin
import { gzipSync } from "node:zlib";

type Asset = { url: string; kind: "js" | "css"; raw: number; gzip: number };

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget-kb");
const budgetKb = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : 100;
const baselineAt = args.indexOf("--baseline");
const baseline = baselineAt >= 0 ? args.splice(baselineAt, 2)[1] : undefined;
if (!args[0] || !Number.isFinite(budgetKb)) {
  console.error(
    "usage: npm run bench:response -- <page-url> | <server-url> <path> [--budget-kb 100] [--baseline <path>]",
  );
  process.exit(2);
}
const pageUrl = new URL(args[1] ?? "", args[0]).toString();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

/** Script and stylesheet URLs the HTML makes the browser load on first visit. */
function referencedAssets(html: string, base: string): { url: string; kind: "js" | "css" }[] {
  const found = new Map<string, "js" | "css">();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    // nomodule scripts are polyfills that browsers with ES modules never download.
    if (!/\bnomodule\b/i.test(m[0])) found.set(m[1]!, "js");
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (!href) continue;
    if (/\brel="stylesheet"/.test(tag)) found.set(href, "css");
    else if (/\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag)) found.set(href, "js");
  }
  return [...found].map(([href, kind]) => ({
    url: new URL(href.replaceAll("&amp;", "&"), base).toString(),
    kind,
  }));
}

async function main() {
  const html = await fetchBytes(pageUrl);
  const assets: Asset[] = [];
  for (const ref of referencedAssets(html.toString("utf8"), pageUrl)) {
    const body = await fetchBytes(ref.url);
    assets.push({ ...ref, raw: body.length, gzip: gz(body) });
  }
  const js = assets.filter((a) => a.kind === "js");
  const css = assets.filter((a) => a.kind === "css");
  const sum = (list: Asset[], k: "raw" | "gzip") => list.reduce((n, a) => n + a[k], 0);
  const jsGzip = sum(js, "gzip");
  const htmlGzip = gz(html);
  const total = htmlGzip + jsGzip + sum(css, "gzip");

  console.log(`Response page: ${pageUrl.replace(/\/respond\/[^/]+/, "/respond/<token>")}`);
  console.log(`  HTML (incl. inline RSC payload): ${kb(html.length)} raw, ${kb(htmlGzip)} gzip`);
  console.log(`  JavaScript: ${js.length} files, ${kb(sum(js, "raw"))} raw, ${kb(jsGzip)} gzip`);
  for (const a of [...js].sort((x, y) => y.gzip - x.gzip).slice(0, 8))
    console.log(`    ${kb(a.gzip).padStart(9)}  ${new URL(a.url).pathname}`);
  if (baseline) {
    // What this page adds to another page (e.g. the framework and layout every page loads).
    const baseUrl = new URL(baseline, pageUrl).toString();
    const shared = new Set(
      referencedAssets((await fetchBytes(baseUrl)).toString("utf8"), baseUrl).map((a) => a.url),
    );
    const own = js.filter((a) => !shared.has(a.url));
    console.log(
      `  of which not loaded by ${new URL(baseUrl).pathname.replace(/\/respond\/[^/]+/, "/respond/<token>")}: ${own.length} files, ${kb(sum(own, "gzip"))} gzip`,
    );
  }
  console.log(`  CSS: ${css.length} files, ${kb(sum(css, "gzip"))} gzip`);
  console.log(`  Total transfer (gzip): ${kb(total)}`);
  const ok = jsGzip <= budgetKb * 1024;
  console.log(
    `  First-load JS ${kb(jsGzip)} ${ok ? "≤" : ">"} budget ${budgetKb} kB: ${ok ? "OK" : "OVER"}`,
  );
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
