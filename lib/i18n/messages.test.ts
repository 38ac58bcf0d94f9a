import { describe, expect, it } from 'vitest';
import { messagesFor, translate } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('has a Chinese message for every English one, with the same placeholders', () => {
    const en = messagesFor('en');
    const zh = messagesFor('zh');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
    }
  });

  it('actually translates: Chinese messages contain Chinese, not the English text', () => {
    const en = messagesFor('en');
    const zh = messagesFor('zh');
    const untranslated = (Object.keys(en) as Array<keyof typeof en>).filter((k) => zh[k] === en[k] || !/[\u4e00-\u9fff]/.test(zh[k]));
    // The language switch names the other language in its own script.
    expect(untranslated).toEqual(['app.switchLanguage']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'legend.missing', { count: 3, year: 2004 })).toBe('3 of 31 provinces have no published figure for 2004.');
    expect(translate('zh', 'hover.rank', { rank: 1, of: 31 })).toBe('第1位，共31个');
    expect(translate('en', 'hover.rank', { rank: 1 })).toBe('Rank 1 of {of}');
  });
});
