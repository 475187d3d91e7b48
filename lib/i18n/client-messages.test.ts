import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import { ADMIN_CLIENT_MESSAGES, pickMessages, READER_CLIENT_MESSAGES } from './client-messages';

describe('pickMessages', () => {
  it('keeps the named subtrees with their parents and nothing else', () => {
    const messages = { A: { b: { c: 'c' }, d: 'd' }, E: 'e', F: { g: 'g' } };
    expect(pickMessages(messages, ['A.b', 'E'])).toEqual({ A: { b: { c: 'c' } }, E: 'e' });
    expect(pickMessages(messages, ['A.b', 'A.d'])).toEqual({ A: { b: { c: 'c' }, d: 'd' } });
  });

  it('ignores a path that is not there', () => {
    expect(pickMessages({ A: { b: 'b' } }, ['A.x', 'Z', 'A.b.c'])).toEqual({});
  });

  it('finds every client namespace in the messages, and sends readers a fraction of them', () => {
    for (const path of ADMIN_CLIENT_MESSAGES) {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en);
      expect(value, path).toBeTypeOf('object');
    }
    const size = (m: object) => JSON.stringify(m).length;
    expect(size(pickMessages(en, READER_CLIENT_MESSAGES))).toBeLessThan(size(en) / 4);
  });
});
