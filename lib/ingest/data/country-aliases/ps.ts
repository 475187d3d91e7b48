/** Pashto: CLDR names only, less one that Persian uses for an Iranian region (آذربایجان). */
import type { CountryAliasTable } from './types';

export const PS: CountryAliasTable = {
  skipCldr: ['اذربايجان'],
  aliases: {},
};
