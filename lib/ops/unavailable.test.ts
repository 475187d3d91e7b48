import { describe, expect, it } from 'vitest';
import { unavailableAnswer } from './unavailable';

describe('unavailableAnswer', () => {
  it('is a 503 page in the language and direction of the address, with Retry-After and no scripts', () => {
    for (const [path, lang, dir, title] of [
      ['/en', 'en', 'ltr', 'The reading room is unavailable for a moment'],
      ['/fa/articles/abcdefghjkmn', 'fa-AF', 'rtl', null],
      ['/ar', 'ar', 'rtl', null],
      ['/vi', 'vi', 'ltr', null],
      ['/nowhere', 'en', 'ltr', null],
    ] as const) {
      const answer = unavailableAnswer(path, '?q=x');
      expect(answer.status).toBe(503);
      expect(answer.headers['Retry-After']).toBe('5');
      expect(answer.headers['Content-Type']).toMatch(/^text\/html/);
      expect(answer.headers['Content-Security-Policy']).toContain("default-src 'none'");
      expect(answer.body).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(answer.body).toContain(`href="${path}?q=x"`);
      if (title) expect(answer.body).toContain(title);
    }
    expect(unavailableAnswer('/ar', '').body).not.toContain('The reading room is unavailable');
  });

  it('answers machine endpoints in JSON', () => {
    const answer = unavailableAnswer('/api/articles', '?pair=PK-US');
    expect(answer.headers['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'unavailable' });
  });

  it('keeps the retry link on this site and escapes what the address holds', () => {
    expect(unavailableAnswer('//evil.example/x', '').body).toContain('href="/evil.example/x"');
    expect(unavailableAnswer('/en', '?q="><script>').body).not.toContain('<script>');
  });
});
