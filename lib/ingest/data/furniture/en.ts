import type { FurniturePhrases } from './types';

/** English page furniture. */
export const EN: FurniturePhrases = {
  enders: [
    'related', 'related news', 'related articles', 'related stories', 'related content', 'related posts',
    'read more', 'read also', 'see also', 'more stories', 'more news', 'you may also like', 'you might also like',
    'recommended', 'recommended for you', 'most read', 'most popular', 'latest news', 'latest stories', 'trending',
    'comments', 'leave a comment', 'top stories', 'more from this section', 'popular', 'editor\'s picks',
    'most viewed',
  ],
  lines: [
    'share', 'share this', 'share this article', 'print', 'email', 'e-mail', 'tweet', 'facebook', 'twitter', 'x',
    'whatsapp', 'telegram', 'linkedin', 'copy link', 'subscribe', 'advertisement', 'skip to content',
    'skip to main content', 'menu', 'home', 'sign in', 'log in', 'font size', 'listen to this article',
    'breaking news', 'zalo', 'google news', 'save', 'close', 'end',
    'key points', 'highlights', 'at a glance', 'in brief', 'what we know',
  ],
  labels: [
    'read more', 'read also', 'also read', 'see also', 'related', 'tags', 'topics', 'keywords', 'share',
    'share this article', 'share this', 'follow us', 'breaking', 'breaking news', 'just in', 'latest', 'updated',
    'last updated', 'last modified on', 'last modified', 'comments', 'privacy notice', 'advertisement',
    'our standards', 'editing by', 'reporting by', 'writing by', 'additional reporting by',
  ],
  prompts: [
    'newsletter', 'newsletters', 'inbox', 'sign up', 'sign in', 'subscribe', 'download our app',
    'create your account', 'join the discussion', 'cookies', 'follow us', 'comments are closed', 'leave a comment',
    'post a comment', 'your comment',
    'contributed to this report', 'contributed reporting', 'cookie', 'cookies policy',
  ],
  platforms: [
    'facebook', 'twitter', 'youtube', 'instagram', 'telegram', 'whatsapp', 'tiktok', 'linkedin', 'threads',
  ],
  followVerbs: [
    'follow', 'join', 'like us',
  ],
  copyright: [
    '©', 'copyright', 'all rights reserved',
  ],
};
