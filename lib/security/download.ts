/**
 * Headers for handing an uploaded file back. Whatever the file holds (HTML, SVG, script) and
 * whatever its name says, the browser gets opaque bytes to save: `application/octet-stream`,
 * `attachment` and nosniff (the proxy adds a policy that sandboxes and blocks everything, should
 * it be rendered anyway). The name is offered in ASCII and, exactly, as RFC 5987 UTF-8.
 */
export function attachmentHeaders(fileName: string, byteSize: number, sha256: string): Record<string, string> {
  // Control and bidi characters never reach the header; quotes and backslashes would break it.
  const cleaned = fileName.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '').trim() || 'upload';
  const ascii = cleaned.replace(/[^A-Za-z0-9._-]/g, '_');
  const utf8 = encodeURIComponent(cleaned).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
    'Content-Length': String(byteSize),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    // The stored SHA-256 (RFC 9530), to check the download against the article page.
    'Repr-Digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
  };
}
