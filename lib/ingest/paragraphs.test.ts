import { describe, expect, it } from 'vitest';
import { endsSentence, toBlocks, wrapWidth } from './paragraphs';

/** Greedy hard wrap at `width` characters, as a scraper's text dump does. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const EN = [
  'Belgium and France will set up a permanent joint unit of police and intelligence officers to track people returning from conflict zones, the interior ministers of both countries announced on Tuesday.',
  'The unit, to be based in Lille and staffed by around forty officers, will share databases in real time and run joint surveillance operations near the border between the two countries.',
  'Civil liberties groups warned that the pooling of intelligence databases should be subject to oversight by national data protection authorities and reviewed by parliament after two years.',
];
const FA = [
  'نیروهای ویژۀ دو کشور یک رزمایش مشترک ضد تروریزم را در ولایت مرزی برگزار کردند؛ منطقه‌ای که با ولایت همسایه و دهلیز واخان هم‌مرز است و سال‌ها محل رفت‌وآمد گروه‌های مسلح بوده است.',
  'وزارت دفاع گفته است که در این رزمایش پنج‌روزه بیش از هزار نظامی از دو کشور اشتراک کردند و سناریوی آن مقابله با یک گروه مسلح بود که از آن سوی سرحد وارد خاک کشور می‌شود.',
];

describe('endsSentence', () => {
  it.each(['It ended.', 'Really?', '“Our information has to move faster.”', 'پایان یافت.', 'کیا؟', 'ختم ہوا۔', '(AFP).'])(
    '%s ends a sentence',
    (t) => {
      expect(endsSentence(t)).toBe(true);
    },
  );
  it.each(['Home | World', 'Niger and Nigeria agree to resume joint patrols', 'ساعت ۱۰:۱۵'])('%s does not', (t) => {
    expect(endsSentence(t)).toBe(false);
  });
});

describe('wrapWidth', () => {
  it('finds the width of a hard-wrapped page, whatever the script', () => {
    expect(wrapWidth(EN.flatMap((p) => [...wrap(p, 72), '']))).toBe(72);
    const fa = wrapWidth(FA.flatMap((p) => [...wrap(p, 80), '']));
    expect(fa).toBeGreaterThanOrEqual(70);
    expect(fa).toBeLessThanOrEqual(80);
  });

  it('finds none where each paragraph is one line, however many headlines and menus there are', () => {
    const lines = [
      'Home | World | Asia | Security',
      'Belgium and France set up a joint counter-terrorism unit',
      'By Elise Verhoeven',
      ...EN,
      'Most read',
      'Air traffic controllers strike at Zaventem',
    ];
    expect(wrapWidth(lines)).toBeNull();
  });
});

describe('toBlocks', () => {
  it('joins hard-wrapped lines back into their paragraphs, with or without blank lines between them', () => {
    const withBlanks = EN.flatMap((p) => [...wrap(p, 76), '']).join('\n');
    expect(toBlocks(withBlanks).blocks.map((b) => b.text)).toEqual(EN);
    const noBlanks = FA.flatMap((p) => wrap(p, 78)).join('\n');
    expect(toBlocks(noBlanks).blocks.map((b) => b.text)).toEqual(FA);
  });

  it('never glues a headline to its byline and date on a wrapped page', () => {
    const page = [
      'Security',
      'Belgium and France set up joint counter-terrorism unit to track returning fighters now',
      'By Elise Verhoeven',
      'Tuesday 8 February 2022, 14:05 CET',
      '',
      ...EN.flatMap((p) => [...wrap(p, 76), '']),
    ].join('\n');
    const texts = toBlocks(page).blocks.map((b) => b.text);
    expect(texts.slice(0, 4)).toEqual([
      'Security',
      'Belgium and France set up joint counter-terrorism unit to track returning fighters now',
      'By Elise Verhoeven',
      'Tuesday 8 February 2022, 14:05 CET',
    ]);
    expect(texts.slice(4)).toEqual(EN);
  });

  it('reads a page that prints a blank line after every line like one that does not', () => {
    const page = [
      'Security',
      'Belgium and France set up joint counter-terrorism unit to track returning fighters now',
      'By Elise Verhoeven',
      ...EN.flatMap((p) => wrap(p, 76)),
    ];
    const spaced = page.flatMap((l) => [l, '']).join('\n');
    expect(toBlocks(spaced).blocks.map((b) => b.text)).toEqual(['Security', page[1], 'By Elise Verhoeven', ...EN]);
  });

  it('keeps a headline apart from the lead it sits right above on a tightly wrapped page', () => {
    const page = [
      'Security',
      'Belgium and France set up joint counter-terrorism unit to track fighters',
      ...EN.flatMap((p) => wrap(p, 90)),
    ].join('\n');
    expect(
      toBlocks(page)
        .blocks.map((b) => b.text)
        .slice(0, 2),
    ).toEqual(['Security', 'Belgium and France set up joint counter-terrorism unit to track fighters']);
  });

  it('ends a paragraph whose last line is full at its sentence end, not in the share line under it', () => {
    const last = wrap(EN[2]!, 66);
    const share = 'Share: Facebook | X | Telegram | WhatsApp';
    // The paragraph's last line leaves no room for the share line's first word: the run goes on into it.
    expect(last.at(-1)!.length + 1 + 'Share:'.length).toBeGreaterThan(66);
    const page = [...wrap(EN[0]!, 66), '', ...wrap(EN[1]!, 66), '', ...last, share, 'Most read'].join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual([...EN, share, 'Most read']);
  });

  it('keeps a labelled link line between two paragraphs apart from both, however full it is', () => {
    const related = "Related: Ecuador's president extends state of emergency for 30 more days";
    // As long as a wrapped line: the next paragraph's first word would not have fitted after it.
    expect(related.length + 1 + EN[1]!.split(' ')[0]!.length).toBeGreaterThan(76 - 4);
    const page = [...wrap(EN[0]!, 76), related, ...wrap(EN[1]!, 76), ...wrap(EN[2]!, 76)].join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual([EN[0], related, EN[1], EN[2]]);
  });

  it('ends a paragraph at a full line that ends a sentence where no blank line parts paragraphs', () => {
    const first = wrap(EN[0]!, 68);
    expect(first.at(-1)!.length + 1 + 'The'.length).toBeGreaterThan(68 - 4);
    const page = [...first, ...wrap(EN[1]!, 68), ...wrap(EN[2]!, 68)].join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual(EN);
  });

  it('goes on past a full line that ends a sentence where blank lines part the paragraphs', () => {
    const twoSentences = `${EN[0]} ${EN[1]}`;
    const lines = wrap(twoSentences, 100);
    const sentenceEnd = lines.findIndex((l) => l.endsWith('Tuesday.'));
    expect(sentenceEnd).toBeLessThan(lines.length - 1);
    expect(lines[sentenceEnd]!.length + 1 + 'The'.length).toBeGreaterThan(100 - 4);
    const page = [...lines, '', ...wrap(EN[2]!, 100), '', ...wrap(twoSentences, 100)].join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual([twoSentences, EN[2], twoSentences]);
  });

  it('rejoins text wrapped twice, the second time narrower, into its paragraphs', () => {
    const rewrapped = (p: string) => wrap(p, 90).flatMap((line) => wrap(line, 72));
    const lines = rewrapped(EN[0]!);
    // A wide line and a stub, alternating.
    expect(lines.some((l) => l.split(' ').length <= 2 && !/[.]$/u.test(l))).toBe(true);
    const page = EN.flatMap((p) => [...rewrapped(p), '']).join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual(EN);
  });

  it('keeps one line per block on a page that is not wrapped, and records where each starts', () => {
    const blocks = toBlocks(['Title here', '', EN[0], EN[1]].join('\n')).blocks;
    expect(blocks.map((b) => [b.text, b.line, b.blankBefore, b.lines])).toEqual([
      ['Title here', 0, true, 1],
      [EN[0], 2, true, 1],
      [EN[1], 3, false, 1],
    ]);
  });

  it('never continues a menu or a line above a date line, however full they are', () => {
    const menu = 'World | Europe | Baltics | Nordics | Defence | Energy | Opinion | Newsletters';
    const page = [menu, ...wrap(EN[0]!, 76), '', ...wrap(EN[1]!, 76)].join('\n');
    expect(toBlocks(page).blocks.map((b) => b.text)).toEqual([menu, EN[0], EN[1]]);
    const first = wrap(EN[2]!, 76)[0]!;
    const dated = [first, 'Tuesday 8 February 2022, 14:05 CET', '', ...wrap(EN[0]!, 76), '', ...wrap(EN[1]!, 76)].join('\n');
    expect(
      toBlocks(dated)
        .blocks.map((b) => b.text)
        .slice(0, 2),
    ).toEqual([first, 'Tuesday 8 February 2022, 14:05 CET']);
  });
});
