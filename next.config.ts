import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Database drivers stay out of the server bundle (PGlite ships its own wasm + data files).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "nodemailer",
    "rate-limiter-flexible",
  ],
  poweredByHeader: false,
  // Rendered public pages live in memory, bound to a generation all servers share
  // (lib/cache/), instead of in Next's per-machine files that another server's purge cannot
  // reach. No second in-memory layer of Next's own in front of it.
  cacheHandler: path.resolve("lib/cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // server.ts compresses, after the page's Content-Security-Policy has been computed from
  // its uncompressed HTML.
  compress: false,
  experimental: {
    // The edge (server.ts) refuses larger bodies first; this only has to let through what
    // the edge allows (lib/http/edge/request-policy.ts, LARGE_FORM_BYTES).
    serverActions: { bodySizeLimit: "2mb" },
    // The stylesheet (about 6 kB gzip) goes inside each page's HTML: on a slow link a
    // separate request is one more round trip before anything paints (bench/slow-3g.ts).
    inlineCss: true,
  },
  // The expert's personal pages: the token is in the URL, so it must never reach another
  // site in a Referer nor sit in a shared cache. "same-origin" rather than "no-referrer":
  // under no-referrer browsers send `Origin: null` with form posts, which Next.js rightly
  // refuses for server actions, and the forms must work without JavaScript.
  async headers() {
    return [
      {
        source: "/respond/:path*",
        headers: [
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cache-Control", value: "no-store, max-age=0" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
