import { AR } from './ar';
import { EN } from './en';
import { FA } from './fa';
import type { FurniturePhrases } from './types';
import { UR } from './ur';
import { VI } from './vi';

export type { FurniturePhrases } from './types';

/** Every language's furniture: a page's language is not known when it is cleaned. */
export const FURNITURE_PHRASES: readonly FurniturePhrases[] = [VI, EN, AR, FA, UR];

/** One kind of phrase from every language. */
export function phrases(kind: keyof FurniturePhrases): string[] {
  return FURNITURE_PHRASES.flatMap((p) => p[kind]);
}
