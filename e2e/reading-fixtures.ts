import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Ids of the seeded demo articles the reading-tool specs use (see /work/shared corpus gold). */
export interface DemoIds {
  /** fa-AF, PK-US, 2024-07-05, right to left. */
  dari: string;
  /** ar, PK-US, 2024-09-17. */
  arabic: string;
  /** vi, PK-US, no known date. */
  vietnamese: string;
}

async function firstId(request: APIRequestContext, query: string): Promise<string> {
  const response = await request.get(`/api/articles?${query}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: { id: string }[] };
  expect(body.items).toHaveLength(1);
  return body.items[0]!.id;
}

export async function demoIds(request: APIRequestContext): Promise<DemoIds> {
  const [dari, arabic, vietnamese] = await Promise.all([
    firstId(request, 'lang=fa-AF'),
    firstId(request, 'lang=ar'),
    firstId(request, 'lang=vi&pair=PK-US'),
  ]);
  return { dari, arabic, vietnamese };
}

export const DARI_TITLE = 'افزایش حملات در پاکستان؛ عاصم منیر در تلاش جلب کمک امریکا در مبارزه با تروریزم';
export const VIETNAMESE_TITLE = 'Mỹ tăng cường hợp tác chống khủng bố với Pakistan';
export const ARABIC_TITLE = 'نائب وزير الخارجية الأمريكي يزور باكستان لبحث مكافحة الإرهاب';

/** Makes the clipboard refuse every write, as a browser without the permission does. */
export async function refuseClipboard(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        readText: () => Promise.reject(new Error('denied')),
      },
    });
  });
}

/** Whether the element lies fully inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
}
