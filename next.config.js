// @ts-check
// Security headers, CSPs and framing rules are set by the edge (lib/edge/handler.ts), for every response.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server.mjs compresses responses, so that route handlers can send bytes compressed at build time.
  compress: false,
  productionBrowserSourceMaps: false,
  // A native module (preview images): loaded by Node at run time, not bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  // Metadata in <head> for every reader, not streamed for some: the page's HTML must not depend on
  // the User-Agent, because the edge keeps one rendering per view for everyone.
  htmlLimitedBots: /.*/,
  experimental: {
    // The page's CSS in <style> in its <head>, not files it must fetch first: the server-drawn map paints one
    // round trip sooner. Every page is the same single document (the edge keeps one rendering per view).
    inlineCss: true,
  },
};

module.exports = nextConfig;
