export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  published: string | null;
  summary: string;
  language: string;
  author: string | null;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 forbids (most C0 controls) would make the whole feed unreadable.
export function xml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** An Atom 1.0 feed; each entry keeps its own language (`xml:lang`). */
export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  htmlUrl: string;
  updated: string;
  entries: AtomEntry[];
}): string {
  const entries = feed.entries.map(
    (e) => `  <entry xml:lang="${xml(e.language)}">
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>
    <updated>${xml(e.updated)}</updated>${e.published ? `\n    <published>${xml(e.published)}</published>` : ''}
    <author><name>${xml(e.author ?? 'unknown')}</name></author>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.htmlUrl)}"/>
  <updated>${xml(feed.updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
