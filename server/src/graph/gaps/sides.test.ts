import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../errors.js';
import { resolveSides, sideCodes } from './sides.js';

const check = { unknownCountries: [], unknownSectors: [], euCountries: ['BE', 'DE', 'FR'] };

function badInputMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AtlasError);
    expect((error as AtlasError).code).toBe('BAD_USER_INPUT');
    return (error as AtlasError).message;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('sideCodes', () => {
  it('expands the EU bloc and adds named countries, upper-cased and sorted', () => {
    expect(
      sideCodes({ eu: true, countries: ['gb'] }, { field: 'filter.left', euCountries: check.euCountries }),
    ).toEqual(['BE', 'DE', 'FR', 'GB']);
  });

  it('refuses an empty side and a malformed code', () => {
    expect(badInputMessage(() => sideCodes({ eu: false }, { field: 'filter.left', euCountries: [] }))).toMatch(
      /`filter.left` is empty/,
    );
    expect(
      badInputMessage(() => sideCodes({ countries: ['CAN'] }, { field: 'filter.right', euCountries: [] })),
    ).toMatch(/"CAN" is not an ISO/);
  });
});

describe('resolveSides', () => {
  it('resolves the default comparison', () => {
    expect(resolveSides({ left: { eu: true }, right: { countries: ['CA'] }, check })).toEqual({
      left: ['BE', 'DE', 'FR'],
      right: ['CA'],
    });
  });

  it('names unknown countries and sectors, and the overlap', () => {
    expect(
      badInputMessage(() =>
        resolveSides({
          left: { eu: true },
          right: { countries: ['XX'] },
          check: { ...check, unknownCountries: ['XX'] },
        }),
      ),
    ).toMatch(/Unknown country codes: XX/);
    expect(
      badInputMessage(() =>
        resolveSides({
          left: { eu: true },
          right: { countries: ['CA'] },
          check: { ...check, unknownSectors: ['nope'] },
        }),
      ),
    ).toMatch(/Unknown sector ids: nope/);
    expect(
      badInputMessage(() => resolveSides({ left: { eu: true }, right: { countries: ['fr', 'CA'] }, check })),
    ).toMatch(/overlap on FR/);
  });
});
