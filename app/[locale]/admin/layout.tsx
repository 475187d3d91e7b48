import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Admin pages are for signed-in staff only: never indexed, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
