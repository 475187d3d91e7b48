import type { AbstractIntlMessages } from 'next-intl';

/**
 * Only the messages that client components read. NextIntlClientProvider otherwise serialises
 * every message of the locale into each page's payload, most of it admin text no reader needs;
 * server components read theirs on the server.
 */
export const READER_CLIENT_MESSAGES = ['Error', 'Reading.passage', 'Reading.citation', 'Reading.compare'] as const;
/** Admin pages add their forms' messages. */
export const ADMIN_CLIENT_MESSAGES = [...READER_CLIENT_MESSAGES, 'Admin', 'Translations.admin'] as const;

/** The subtree of `messages` at each dotted path, with the paths' parents kept; missing paths are skipped. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    const value = keys.reduce<AbstractIntlMessages | string | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      messages,
    );
    if (value === undefined) continue;
    let to = picked;
    for (const key of keys.slice(0, -1)) to = (to[key] ??= {}) as AbstractIntlMessages;
    to[keys.at(-1)!] = value;
  }
  return picked;
}
