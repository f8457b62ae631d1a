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
