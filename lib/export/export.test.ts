import { describe, expect, it } from 'vitest';
import { atomFeed, xml } from './atom';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes what needs quoting and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['۱۴۰۳', 'مدرسة']])).toBe('\uFEFFa,b\r\n۱۴۰۳,مدرسة\r\n');
  });
});

describe('atom', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xml('<script>"x" & \'y\'\u0001</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;');
  });

  it('writes entries with their own language', () => {
    const feed = atomFeed({
      id: 'http://h/api/feed',
      title: 'Reading room',
      selfUrl: 'http://h/api/feed',
      htmlUrl: 'http://h/en',
      updated: '2024-01-01T00:00:00Z',
      entries: [
        {
          id: 'http://h/en/articles/a',
          title: 'عنوان <b>',
          url: 'http://h/en/articles/a/x',
          updated: '2024-01-01T00:00:00Z',
          published: null,
          summary: 's',
          language: 'fa-AF',
          author: null,
        },
      ],
    });
    expect(feed).toContain('<entry xml:lang="fa-AF">');
    expect(feed).toContain('<title>عنوان &lt;b&gt;</title>');
    expect(feed).not.toContain('<published>');
  });
});
