import { NO_PRESENCE, PRESENCE_SHADES } from '../../graph/geo';
import { TIE_LABELS } from '../../graph/style';
import { TIE_KINDS } from '../../graph/types';
import { TieLine } from '../../components/TieLine';

/** What the shades, dots and lines of the map mean; over its corner, folds away. */
export function MapLegend({ byPlace }: { byPlace: boolean }) {
  return (
    <details className="legend" open data-testid="map-legend">
      <summary>
        <h2>Legend</h2>
      </summary>
      <h3>Presence (clusters per country)</h3>
      <ul className="presence-scale">
        <li>
          <span className="dot square" style={{ background: NO_PRESENCE }} aria-hidden="true" />
          none
        </li>
        <li>
          {PRESENCE_SHADES.map((shade) => (
            <span key={shade} className="dot square" style={{ background: shade }} aria-hidden="true" />
          ))}
          few to many
        </li>
      </ul>
      {byPlace ? (
        <>
          <h3>Ties</h3>
          <ul>
            {TIE_KINDS.map((k) => (
              <li key={k}>
                <TieLine kind={k} />
                {TIE_LABELS[k]}
              </li>
            ))}
          </ul>
          <p className="hint">Dots: clusters at their city, in their country’s colour.</p>
        </>
      ) : (
        <p className="hint">Circles: clusters per country; lines: ties between countries, thicker for more.</p>
      )}
    </details>
  );
}
