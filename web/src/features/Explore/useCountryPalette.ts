import { useMemo } from 'react';
import { useQuery } from 'urql';
import { countryPalette, type Swatch } from '../../graph/palette';
import type { CountryInfo } from '../../graph/types';
import { CoverageQuery } from '../Sources/queries';

/**
 * The country colours every view draws with (Explore, Path, Gaps): the countries with the most
 * clusters in the whole graph get a distinct colour each, the rest share "Other countries". The
 * counts are the coverage line's, so one question answers both. `settled` once those counts are in
 * (or could not be had): the palette before them is not the view's.
 */
export function useCountryPalette(countries: readonly CountryInfo[]): {
  palette: Map<string, Swatch>;
  settled: boolean;
} {
  const [coverage] = useQuery({ query: CoverageQuery, variables: { sides: null } });
  const clustersPerCountry = useMemo(
    () => new Map(coverage.data?.coverage.countries.map((c) => [c.country.code, c.clusters]) ?? []),
    [coverage.data],
  );
  const palette = useMemo(() => countryPalette(countries, clustersPerCountry), [countries, clustersPerCountry]);
  return { palette, settled: !coverage.fetching || coverage.data !== undefined };
}
