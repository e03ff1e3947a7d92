import { useQuery } from 'urql';
import type { CoverageNote_CoverageFragment, Side } from '../../gql/graphql';
import { CoverageQuery } from './queries';

export interface CoverageSide {
  /** How the view names the side ("EU", "Canada"). */
  label: string;
  side: Side;
}

function years(c: CoverageNote_CoverageFragment): string {
  if (c.firstYear == null || c.lastYear == null) return 'no dated agreement or mission';
  return c.firstYear === c.lastYear ? `facts of ${c.firstYear}` : `facts from ${c.firstYear} to ${c.lastYear}`;
}

/** EU against the rest, from the per-country counts: what Explore shows when it names no sides. */
function blocs(c: CoverageNote_CoverageFragment): string {
  const sum = (eu: boolean) => c.countries.filter((x) => x.country.eu === eu).reduce((n, x) => n + x.clusters, 0);
  const count = (eu: boolean) => c.countries.filter((x) => x.country.eu === eu).length;
  return `EU ${sum(true)} clusters in ${count(true)} countries · outside the EU ${sum(false)} in ${count(false)}`;
}

/**
 * What the graph covers, for every view that counts: how many documents it is drawn from, the
 * years their facts span, how many clusters each side holds, and that absence here is not absence.
 */
export function CoverageNote({ sides, onAbout }: { sides?: readonly CoverageSide[]; onAbout: () => void }) {
  const [result] = useQuery({ query: CoverageQuery, variables: { sides: sides?.map((s) => s.side) ?? null } });
  const c = result.data?.coverage;
  if (!c) return result.error ? <p className="coverage muted">Coverage unknown: {result.error.message}</p> : null;
  const perSide = sides?.length
    ? sides.map((s, i) => `${s.label} ${c.sides[i]?.clusters ?? 0} clusters`).join(' · ')
    : blocs(c);
  return (
    <p className="coverage" data-testid="coverage-note">
      Drawn from {c.sources.length} documents ({years(c)}
      {c.undated > 0 && `, ${c.undated} undated`}) · {perSide}
      {c.withoutCountry > 0 && ` · ${c.withoutCountry} in no country`}. Only what these documents mention: a country
      with few clusters here may have many.{' '}
      <button type="button" className="linkish" onClick={onAbout} data-testid="about-link">
        About the data
      </button>
    </p>
  );
}
