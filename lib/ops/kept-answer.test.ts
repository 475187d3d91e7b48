import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAt, keptAnswer, withNonce } from './kept-answer';

const answer = (body: string, nonce: string | null = null) =>
  keptAnswer(200, [['content-type', 'text/html; charset=utf-8']], Buffer.from(body), nonce);

describe('an answer kept with its nonce cut out', () => {
  it('is put back with a fresh nonce in the header and every place in the body', () => {
    const old = 'OLDnonceOLDnonce1234==';
    const kept = keptAnswer(
      200,
      [
        ['content-security-policy', `script-src 'nonce-${old}'; style-src 'nonce-${old}'`],
        ['link', `</a.css>; rel=preload; nonce="${old}"`],
        ['x-other', 'no nonce here'],
      ],
      Buffer.from(`<script nonce="${old}">1</script><p>کابل</p><style nonce="${old}"></style>`),
      old,
    );
    const { headers, body } = withNonce(kept, 'NEWnonceNEWnonce5678==');
    expect(headers).toEqual([
      ['content-security-policy', "script-src 'nonce-NEWnonceNEWnonce5678=='; style-src 'nonce-NEWnonceNEWnonce5678=='"],
      ['link', '</a.css>; rel=preload; nonce="NEWnonceNEWnonce5678=="'],
      ['x-other', 'no nonce here'],
    ]);
    expect(body.toString()).toBe('<script nonce="NEWnonceNEWnonce5678==">1</script><p>کابل</p><style nonce="NEWnonceNEWnonce5678=="></style>');
    expect(body.toString()).not.toContain(old);
  });

  it('gives back exactly what was sent when put back with the same nonce, for any body', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant('NONCE'), fc.constant('NON'), fc.constant('ک'))), (pieces) => {
        const body = Buffer.from(pieces.join(''));
        const kept = keptAnswer(200, [['content-security-policy', "'nonce-NONCE'"]], body, 'NONCE');
        expect(withNonce(kept, 'NONCE').body.equals(body)).toBe(true);
        const fresh = withNonce(kept, 'FRESH').body.toString();
        expect(fresh).toBe(pieces.join('').split('NONCE').join('FRESH'));
      }),
      { numRuns: 300 },
    );
  });

  it('is kept whole when the page had no nonce (a JSON answer, a feed)', () => {
    expect(cutAt(Buffer.from('{"a":1}'), null)).toEqual([Buffer.from('{"a":1}')]);
    const kept = answer('{"a":"nonce"}');
    expect(withNonce(kept, 'X').body.toString()).toBe('{"a":"nonce"}');
  });
});
