/**
 * What marks an element as page furniture rather than article text, by the page's own markup:
 * its tag, its ARIA role, and words in its class or id. These are data, one entry per line; the
 * text cleaner and the content extractor judge everything these do not catch.
 */

/** Elements whose content is never visible text (or is executable, or embeds another page). */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'head',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'input',
  'dialog',
]);

/** Elements that hold navigation, side content or the site's footer by definition. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu']);

export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
  'tooltip',
]);

/**
 * Whole words of a class or id (split at `-`, `_`, spaces and camel case) that name furniture.
 * Only whole words count: `comments` marks `article-comments`, not `commentary`.
 */
export const FURNITURE_CLASS_WORDS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'copyright',
  'disqus',
  'gdpr',
  'marquee',
  'menu',
  'modal',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'pager',
  'pagination',
  'poll',
  'popup',
  'print',
  'promo',
  'rating',
  'recommended',
  'recommendations',
  'related',
  'rss',
  'share',
  'sharebar',
  'sharing',
  'sidebar',
  'skip',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'tags',
  'ticker',
  'toolbar',
  'trending',
]);

/** Class or id names, with their separators removed, that name furniture as one word. */
export const FURNITURE_CLASS_COMPOUNDS: ReadonlySet<string> = new Set([
  'fontsize',
  'textsize',
  'mostread',
  'mostviewed',
  'mostpopular',
  'readmore',
  'readalso',
  'alsoread',
  'followus',
  'sronly',
  'visuallyhidden',
  'screenreadertext',
  'tagcloud',
  'taglist',
  'appdownload',
  'downloadapp',
]);
