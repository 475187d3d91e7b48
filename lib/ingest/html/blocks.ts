/**
 * A parsed page -> its visible text as blocks: one block per heading, paragraph, list item or
 * table cell, in page order, whitespace collapsed as a browser collapses it.
 * Walks the tree with an explicit stack (never recursion), and reads text only: no attribute,
 * URL or script of the page reaches a block.
 */

export interface HtmlBlock {
  text: string;
  /** 1 to 6 for a heading, 0 otherwise. */
  heading: number;
}

/** Elements that start and end a block of text; every other element flows inline. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
}

/** Visible text of `root` as blocks. `skip` says which elements to leave out with all they hold. */
export function textBlocks(root: Node, skip: (element: Element) => boolean = () => false): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let line = '';
  let heading = 0;
  // A line break (`br`) is kept as a newline inside the block: hard-wrapped text stays wrapped for
  // the cleaner to join, and two breaks in a row part blocks as a blank line would.
  const flush = () => {
    for (const part of line.split(/\n[ \t\f\r]*\n/)) {
      const text = part
        .split('\n')
        .map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
      if (text) blocks.push({ text, heading });
    }
    line = '';
  };
  // Each entry is a node to enter, or (as `exit`) a block element whose end flushes its text.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  const headingStack: number[] = [];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    const tag = tagOf(node);
    if (exit) {
      flush();
      if (/^h[1-6]$/.test(tag)) {
        headingStack.pop();
        heading = headingStack.at(-1) ?? 0;
      }
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += (node.nodeValue ?? '').replace(/[ \t\n\f\r]+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (node.nodeType === ELEMENT_NODE && node !== root && skip(node as Element)) continue;
    if (tag === 'br') {
      line += '\n';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (/^h[1-6]$/.test(tag)) {
        headingStack.push(Number(tag[1]));
        heading = Number(tag[1]);
      }
      stack.push({ node, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return blocks;
}
