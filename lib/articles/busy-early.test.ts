import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { refuseBusyExpensiveRead } from './busy-early';
import { BUSY, takeExpensiveSlot } from './expensive';

function answer(url: string, method = 'GET') {
  const sent: { status?: number; headers: Record<string, unknown>; body?: string } = { headers: {} };
  const res = {
    setHeader: (name: string, value: unknown) => (sent.headers[name.toLowerCase()] = value),
    writeHead: (status: number, headers: Record<string, unknown>) => {
      sent.status = status;
      for (const [name, value] of Object.entries(headers)) sent.headers[name.toLowerCase()] = value;
    },
    end: (body: string) => (sent.body = body),
  } as unknown as ServerResponse;
  const answered = refuseBusyExpensiveRead({ method, url } as IncomingMessage, res);
  return { answered, sent };
}

let held: (() => void)[] = [];
const fillSlots = () => {
  for (let slot = takeExpensiveSlot(); slot; slot = takeExpensiveSlot()) held.push(slot);
};
afterEach(() => {
  for (const release of held) release();
  held = [];
});

describe('refusing expensive machine reads before Next while every slot is taken', () => {
  it('answers 429 with Retry-After and the sentence, as the endpoint would', () => {
    fillSlots();
    for (const url of ['/api/articles?q=-trade', '/api/articles/export?lang=en', '/api/articles?q=trade&count=exact', '/api/feed?q=-oil']) {
      const { answered, sent } = answer(url);
      expect(answered, url).toBe(true);
      expect(sent.status).toBe(429);
      expect(Number(sent.headers['retry-after'])).toBeGreaterThan(0);
      expect(sent.headers['x-content-type-options']).toBe('nosniff');
      expect(JSON.parse(sent.body!)).toEqual({ error: BUSY });
    }
  });

  it('leaves to Next cheap reads, bad parameters, other paths and methods', () => {
    fillSlots();
    for (const url of ['/api/articles?q=trade', '/api/articles?nonsense=1', '/api/articles?page=900', '/api/health', '/en?q=-trade']) {
      expect(answer(url).answered, url).toBe(false);
    }
    expect(answer('/api/articles/export', 'POST').answered).toBe(false);
  });

  it('leaves everything to Next while a slot is free', () => {
    expect(answer('/api/articles/export?lang=en').answered).toBe(false);
  });
});
