import { describe, expect, it } from 'vitest';
import { ChaffError, separate } from '../src/index.js';

const NEWS =
  'The city council approved the new budget on Tuesday after a three-hour debate, officials said.';

describe('separate (text)', () => {
  it('removes a paywall line and says why', () => {
    const r = separate(`${NEWS}\nSubscribe to continue reading`);
    expect(r.format).toBe('text');
    expect(r.text).toBe(NEWS);
    expect(r.removed).toHaveLength(1);
    expect(r.removed[0]!.category).toBe('paywall');
    expect(r.removed[0]!.reasons.map((x) => x.rule)).toContain('en.paywall.continue-reading');
    expect(r.paywall.detected).toBe(true);
  });

  it('keeps sentences that are about donations, subscriptions and sharing', () => {
    const about = [
      'The paper lost 10,000 subscribers last year, its publisher told shareholders on Monday.',
      'The EU is ready to do its share, the commissioner said.',
      'She is set to join the board of the foundation next month.',
      'Residents were asked to donate blood after the crash, the hospital said.',
    ];
    const r = separate(about.join('\n'));
    expect(r.removed).toEqual([]);
  });

  it('accepts bytes and strips a UTF-8 BOM', () => {
    const r = separate(Buffer.from(`\ufeff${NEWS}\nAdvertisement\n`, 'utf8'));
    expect(r.text).toBe(NEWS);
    expect(r.removed[0]!.category).toBe('ad');
  });

  it('throws typed errors for bad input and options', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ChaffError);
        return (e as ChaffError).code;
      }
      return 'no error';
    };
    expect(code(() => separate(42 as never))).toBe('E_INPUT_TYPE');
    expect(code(() => separate(null as never))).toBe('E_INPUT_TYPE');
    expect(code(() => separate('a\u0000b'))).toBe('E_BINARY');
    expect(code(() => separate('x', { format: 'pdf' as never }))).toBe('E_OPTIONS');
    expect(code(() => separate('x', { threshold: -1 }))).toBe('E_OPTIONS');
    expect(code(() => separate('x', { language: 'English' }))).toBe('E_OPTIONS');
    expect(code(() => separate(Buffer.from('x'), { encoding: 'no-such-enc' }))).toBe('E_ENCODING');
  });

  it('refuses input with no characters (E_EMPTY) but gives an empty result for whitespace', () => {
    for (const empty of ['', Buffer.alloc(0), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      expect(() => separate(empty)).toThrow(expect.objectContaining({ code: 'E_EMPTY' }));
      expect(() => separate(empty, { format: 'html' })).toThrow(
        expect.objectContaining({ code: 'E_EMPTY' }),
      );
    }
    for (const blank of [' ', '\n\n\t', '\u00a0\u200b', '\ufeff']) {
      const r = separate(blank);
      expect(r.blocks).toEqual([]);
      expect(r.text).toBe('');
    }
    expect(separate('<html><body> </body></html>').blocks).toEqual([]);
  });

  it('lowers the threshold to remove more', () => {
    const input = `${NEWS}\nGive the gift of hope`;
    expect(separate(input).removed).toHaveLength(0);
    expect(separate(input, { threshold: 0.5 }).removed).toHaveLength(1);
  });

  it('detects the language or takes it from options', () => {
    expect(
      separate('Die Regierung hat am Montag die neuen Regeln für den Verkehr vorgestellt.')
        .language,
    ).toBe('de');
    expect(separate(NEWS, { language: 'fr' }).language).toBe('fr');
  });
});

describe('documented examples', () => {
  it('README API example gives what the README shows', () => {
    const input = [
      'The bridge reopened on Friday after two years of repairs, the city said.',
      'Give the gift of hope',
      'Independent reporting depends on readers like you. Chip in today.',
      'Traffic was heavy by noon, officials said.',
    ].join('\n');
    const result = separate(input);
    expect(result.text).toBe(
      'The bridge reopened on Friday after two years of repairs, the city said.\n\nTraffic was heavy by noon, officials said.',
    );
    expect(result.removed.map((b) => [b.text, b.category])).toEqual([
      ['Give the gift of hope', 'donation'],
      ['Independent reporting depends on readers like you. Chip in today.', 'donation'],
    ]);
    expect(result.removed[1]!.reasons.map((r) => r.rule)).toEqual([
      'en.donation.readers-like-you',
      'en.donation.reader-funded',
      'en.donation.donate',
      'structure.addresses-reader',
    ]);
  });

  it('separate() TSDoc example gives what it shows', () => {
    const r = separate(
      'Rain is expected on Monday, forecasters said.\nSubscribe to continue reading',
    );
    expect(r.text).toBe('Rain is expected on Monday, forecasters said.');
    expect(r.removed[0]!.category).toBe('paywall');
    expect(r.removed[0]!.reasons[0]!.rule).toBe('en.paywall.subscribe-offer');
  });
});
