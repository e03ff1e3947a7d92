import { describe, expect, it } from 'vitest';
import { searchAliasText } from './index-text.js';

describe('searchAliasText', () => {
  it('adds each name of several words run together, folded, after the aliases', () => {
    expect(searchAliasText({ name: 'Aéro Montréal', aliases: ['Aero-Montreal cluster'] })).toBe(
      'Aero-Montreal cluster | aeromontreal | aeromontrealcluster',
    );
  });

  it('adds a spaced spelling where punctuation sits inside a word, which the analyzer keeps whole', () => {
    expect(searchAliasText({ name: 'Human.technology Styria' })).toBe(
      'humantechnologystyria | human technology styria',
    );
    expect(searchAliasText({ name: "Mov'eo" })).toBe('moveo | mov eo');
  });

  it('adds nothing for a one-word name, and is undefined when there is nothing to index', () => {
    expect(searchAliasText({ name: 'Skywin' })).toBeUndefined();
    expect(searchAliasText({ name: 'Skywin', acronym: 'SKY', aliases: ['Skywin Wallonia'] })).toBe(
      'Skywin Wallonia | skywinwallonia',
    );
  });
});
