'use client';

import { useSyncExternalStore } from 'react';
import { addToComparison, removeFromComparison } from '@/lib/compare';

/** What the comparison bar needs to name a chosen article without asking the server. */
export interface ComparedItem {
  id: string;
  title: string;
  language: string;
  direction: 'ltr' | 'rtl';
}

// In localStorage, so the choice survives moving between the list, articles and filters (none of
// which carry it in their links) and is shared by the reader's tabs. The comparison itself is
// shared as the compare page's URL.
const KEY = 'reading-room:comparison';
const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cachedItems: ComparedItem[] = [];
const NONE: ComparedItem[] = [];

function read(): ComparedItem[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return NONE;
  }
  if (raw === cachedRaw) return cachedItems;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedItems = Array.isArray(parsed)
      ? parsed.filter(
          (item): item is ComparedItem =>
            typeof item?.id === 'string' &&
            typeof item?.title === 'string' &&
            typeof item?.language === 'string' &&
            (item?.direction === 'ltr' || item?.direction === 'rtl'),
        )
      : [];
  } catch {
    cachedItems = [];
  }
  return cachedItems;
}

function write(items: ComparedItem[]) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(items));
  } catch {
    // Storage refused (private mode, quota): the choice lasts until the page is left.
    cachedRaw = JSON.stringify(items);
    cachedItems = items;
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useComparison() {
  const items = useSyncExternalStore(subscribe, read, () => NONE);
  return {
    items,
    add(item: ComparedItem) {
      const current = read();
      const ids = addToComparison(
        current.map((i) => i.id),
        item.id,
      );
      write(ids.map((id) => current.find((i) => i.id === id) ?? item));
    },
    remove(id: string) {
      const current = read();
      const ids = removeFromComparison(
        current.map((i) => i.id),
        id,
      );
      write(current.filter((i) => ids.includes(i.id)));
    },
    clear() {
      write([]);
    },
  };
}
