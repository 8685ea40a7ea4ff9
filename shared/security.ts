/** Security constants shared by the Electron shell and the browser harness. */

/** No remote code, no inline scripts, no network beyond the app's own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // The browser harness prints the PDF summary from a hidden frame on a blob: URL the app made itself.
  "frame-src 'self' blob:",
].join('; ');
