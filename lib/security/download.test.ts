import { describe, expect, it } from 'vitest';
import { attachmentHeaders } from './download';

describe('attachment headers for uploaded files', () => {
  it('never let a browser run or render the file', () => {
    for (const name of ['page.html', 'image.svg', 'script.js', 'x.xhtml']) {
      const headers = attachmentHeaders(name, 10, '00');
      expect(headers['Content-Type']).toBe('application/octet-stream');
      expect(headers['Content-Disposition']).toMatch(/^attachment; /);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(attachmentHeaders('empty.txt', 0, sha)['Repr-Digest']).toBe('sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:');
  });

  it('keep hostile names from breaking or spoofing the header', () => {
    const headers = attachmentHeaders('a"; filename="evil.html\r\nSet-Cookie: x=1\u202Egpj.exe', 3, '00');
    expect(headers['Content-Disposition']).toBe(
      `attachment; filename="a___filename__evil.htmlSet-Cookie__x_1gpj.exe"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.htmlSet-Cookie%3A%20x%3D1gpj.exe`,
    );
    expect(Object.values(headers).join('')).not.toMatch(/[\r\n\u202E]/);
  });

  it('offer a non-Latin name exactly in UTF-8 and as ASCII for old clients', () => {
    expect(attachmentHeaders('خبر (۱).txt', 1, '00')['Content-Disposition']).toBe(
      `attachment; filename="_______.txt"; filename*=UTF-8''${encodeURIComponent('خبر')}%20%28${encodeURIComponent('۱')}%29.txt`,
    );
    expect(attachmentHeaders('\u0000', 1, '00')['Content-Disposition']).toBe(`attachment; filename="upload"; filename*=UTF-8''upload`);
  });
});
