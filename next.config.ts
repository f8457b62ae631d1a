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
  ],
  poweredByHeader: false,
  // The expert's personal pages: the token is in the URL, so it must never travel in a
  // Referer nor sit in a shared cache.
  async headers() {
    return [
      {
        source: "/respond/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "no-store, max-age=0" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
