// The built site's Content-Security-Policy, put in every page by the build (vite.config.ts) and sent as a
// header by the room server: scripts only from the game's own files (no inline script, no eval), and
// connections only back to where the page came from (the room server's realtime endpoint included).
// Build only: the dev server injects inline styles for hot reloading.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
