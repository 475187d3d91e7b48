import { describe, expect, it } from 'vitest';
import { isFollowPrompt, isFurniture, isFurniturePrefixed, isMenu, isSectionEnder } from '../../boilerplate';
import { AR } from './ar';
import { EN } from './en';
import { FA } from './fa';
import { UR } from './ur';
import { VI } from './vi';

const LANGUAGES = { vi: VI, en: EN, ar: AR, fa: FA, ur: UR };

describe.each(Object.entries(LANGUAGES))('furniture phrases: %s', (_, phrases) => {
  it('has no empty or repeated phrase within a kind', () => {
    for (const list of Object.values(phrases)) {
      expect(list.every((p: string) => p.trim() === p && p !== '')).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('recognises every heading, line and label however it is printed', () => {
    for (const ender of phrases.enders) {
      expect(isSectionEnder(ender)).toBe(true);
      expect(isSectionEnder(`${ender.toUpperCase()}:`)).toBe(true);
    }
    for (const line of phrases.lines) expect(isFurniture(` ${line} `)).toBe(true);
    for (const label of phrases.labels) expect(isFurniturePrefixed(`${label}: something else entirely`)).toBe(true);
  });

  it('makes a short line with a prompt word a prompt, and a follow verb with two networks too', () => {
    for (const prompt of phrases.prompts) expect(isFollowPrompt(`${prompt} 1 2 3`)).toBe(true);
    const [first, second] = phrases.platforms.length >= 2 ? phrases.platforms : [...phrases.platforms, ...EN.platforms];
    expect(isFollowPrompt(`${phrases.followVerbs[0]} ${first} ${second}`)).toBe(true);
  });

  it('reads a line of section names as a menu, whether single spaces or dashes separate them', () => {
    const bar = phrases.sections.slice(0, 7);
    expect(isMenu(bar.join(' '))).toBe(true);
    expect(isMenu(bar.join(' - '))).toBe(true);
  });

  it('never takes a sentence of prose that contains a phrase for furniture', () => {
    const sentence = `${'word '.repeat(30)}${phrases.enders[0]} ${'word '.repeat(5)}.`;
    expect(isSectionEnder(sentence)).toBe(false);
    expect(isFurniture(sentence)).toBe(false);
    expect(isFollowPrompt(sentence)).toBe(false);
    const sections = `${phrases.sections.slice(1, 4).join(' ')} ${'word '.repeat(12)}`;
    expect(isMenu(sections)).toBe(false);
  });
});

describe('a line of section names', () => {
  it('is a menu only when section names make up almost all of it', () => {
    expect(isMenu('Home News Politics Security Business Sports Features Opinion')).toBe(true);
    expect(isMenu('Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh Khoa học Giải trí Thể thao')).toBe(true);
    expect(isMenu('Security, business and sports leaders discuss the economy and health of the region')).toBe(false);
    expect(isMenu('Home Secretary visits Islamabad counter-terrorism centre')).toBe(false);
  });
});
