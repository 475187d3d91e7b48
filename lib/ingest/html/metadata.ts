/**
 * What a page declares about itself in its markup: `<html lang>`, `<title>`, Open Graph and
 * article meta tags, JSON-LD `NewsArticle`, `<time datetime>`. Read as data, never trusted
 * blindly: the ingester compares each value with what the page prints (see ../input.ts).
 */
import type { DeclaredMetadata } from '../types';

/** JSON-LD blocks larger than this are not parsed (article metadata is a few kilobytes). */
const MAX_JSON_LD_CHARS = 200_000;
/** Declared strings longer than this are not metadata (a body pasted into a description). */
const MAX_VALUE_CHARS = 500;

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'blogposting',
  'report',
  'webpage',
]);

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= MAX_VALUE_CHARS ? text : null;
}

/** A person's or an organisation's name, not a profile link. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  const text = clean(value);
  return text && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** The article-like objects of a JSON-LD value, at any depth, walked without recursion. */
function articleNodes(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (typesOf(record).some((t) => ARTICLE_TYPES.has(t)) && (record.headline || record.datePublished)) found.push(record);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (key in record) stack.push(record[key]);
  }
  // A NewsArticle beats a generic WebPage describing the same page.
  return found.sort((a, b) => Number(typesOf(a).includes('webpage')) - Number(typesOf(b).includes('webpage')));
}

function meta(document: Document, attribute: 'name' | 'property' | 'itemprop', names: readonly string[]): string | null {
  for (const element of document.querySelectorAll(`meta[${attribute}]`)) {
    const key = (element.getAttribute(attribute) ?? '').trim().toLowerCase();
    if (names.includes(key)) {
      const value = clean(element.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

export function readDeclared(document: Document): DeclaredMetadata {
  const declared: DeclaredMetadata = {};
  const html = document.documentElement;
  const lang = clean(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? null);
  if (lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang)) declared.language = lang.replace('_', '-');

  const title = clean(document.querySelector('title')?.textContent ?? null);
  if (title) declared.pageTitle = title;
  const ogTitle = meta(document, 'property', ['og:title']) ?? meta(document, 'name', ['twitter:title', 'og:title']);
  if (ogTitle) declared.headline = ogTitle;
  const published =
    meta(document, 'property', ['article:published_time']) ??
    meta(document, 'name', ['article:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created']) ??
    meta(document, 'itemprop', ['datepublished']);
  if (published) declared.datePublished = published;
  const author = nameOf(meta(document, 'name', ['author']) ?? meta(document, 'property', ['article:author']));
  if (author) declared.author = author;
  const site = meta(document, 'property', ['og:site_name']);
  if (site) declared.publisher = site;

  for (const script of document.querySelectorAll('script[type]')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const [article] = articleNodes(parsed);
    if (!article) continue;
    const headline = clean(article.headline);
    if (headline) declared.headline = headline;
    const date = clean(article.datePublished);
    if (date) declared.datePublished = date;
    const jsonAuthor = nameOf(article.author);
    if (jsonAuthor) declared.author = jsonAuthor;
    const publisher = nameOf(article.publisher);
    if (publisher) declared.publisher = publisher;
    break;
  }

  if (!declared.datePublished) {
    const time = document.querySelector('article time[datetime], main time[datetime], time[pubdate][datetime], time[datetime]');
    const value = clean(time?.getAttribute('datetime') ?? null);
    if (value) declared.dateTime = value;
  }
  return declared;
}
