import { createNavigation } from 'next-intl/navigation';
import type { ComponentProps } from 'react';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching unless a link asks for it. Next prefetches every link to a
 * dynamic page as it scrolls into view, and every page here is dynamic: one reading-room view in
 * a browser sent 34 prefetch requests (twenty articles, fifteen histogram bars) and cost the
 * server 1.2 s of CPU, twenty times the page itself, for pages the analyst mostly never opens. A
 * click still navigates without a full reload; it fetches the page then.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
