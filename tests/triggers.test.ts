import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateRules, LEXICONS, PHRASE_RULES, presentTriggers } from '../src/rules/index.js';
import { triggerTable } from '../src/rules/trigger-table.js';
import { TRIGGERS } from '../src/rules/triggers.generated.js';
import { extractTriggers } from '../src/rules/triggers.js';

describe('rule trigger words', () => {
  it('are derived conservatively from the pattern', () => {
    expect(extractTriggers('sign\\s+up\\s+for')).toEqual(['sign']);
    expect(extractTriggers('(?:donate|chip\\s+in)\\s+today')).toEqual(['today']);
    expect(extractTriggers('(?:donate|give)\\s+now')).toEqual(['donate', 'give']);
    expect(extractTriggers('subscribers?')).toEqual(['subscriber']);
    // An optional part or a branch without a literal gives no trigger: the rule always runs.
    expect(extractTriggers('(?:news)?letter')).toEqual(['letter']);
    expect(extractTriggers('(?:newsletter|\\d+)')).toBeNull();
    expect(extractTriggers('(?:ad)?')).toBeNull();
    expect(extractTriggers('[\\p{L}]+ab')).toBeNull();
    expect(extractTriggers('Weiterlesen')).toEqual(['weiterlesen']);
    // Punctuation counts at any length, alone or as a small class; letters do not.
    expect(extractTriggers('\\d+\\s*\\/\\s*\\d+')).toEqual(['/']);
    expect(extractTriggers('\\w+\\s?[(/]\\s?\\d+')).toEqual(['(', '/']);
    expect(extractTriggers('\\w+\\s?\\/\\s?afp')).toEqual(['afp']);
    expect(extractTriggers('\\w+[^/]\\d+')).toBeNull();
    expect(extractTriggers('\\w+[a-c]\\d+')).toBeNull();
    expect(extractTriggers('x|ok')).toBeNull();
  });

  it('are up to date in triggers.generated.ts (run `npm run rules:triggers`)', () => {
    expect(TRIGGERS).toEqual(triggerTable(LEXICONS));
  });

  it('never hide a rule from a line it matches (every fixture line, every rule)', () => {
    const root = join(import.meta.dirname, '..', 'test-fixtures');
    const lines: string[] = [];
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(root, dir.name))) {
        if (/\.(?:txt|html)$/.test(f)) {
          lines.push(...readFileSync(join(root, dir.name, f), 'utf8').split(/\n|<[^>]*>/));
        }
      }
    }
    let matched = 0;
    for (const line of lines) {
      const text = line.trim();
      if (!text) continue;
      const present = presentTriggers(text.toLowerCase());
      for (const scope of ['start', 'whole', 'any'] as const) {
        const candidates = new Set(candidateRules(scope, present));
        for (const rule of PHRASE_RULES.filter((r) => r.scope === scope)) {
          if (rule.regex.test(text)) {
            matched++;
            expect(candidates.has(rule), `${rule.id} on "${text}"`).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('finds overlapping and repeated words in one pass', () => {
    const present = presentTriggers('unsubscribe or subscribe; support supporters');
    expect(present.has('subscribe')).toBe(true);
    expect(present.has('support')).toBe(true);
    expect(presentTriggers('photo: jane doe / afp').has('/')).toBe(true);
    expect(presentTriggers('no slash here').has('/')).toBe(false);
  });
});
