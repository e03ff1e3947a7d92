import { NO_PRESENCE, PRESENCE_SHADES } from '../../graph/geo';
import { EDGE_COLOURS, EDGE_LINES, TIE_LABELS } from '../../graph/style';
import { TIE_KINDS } from '../../graph/types';

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
                <svg width="28" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2="27"
                    y2="4"
                    stroke={EDGE_COLOURS[k]}
                    strokeWidth="2.5"
                    strokeLinecap="round"
                    strokeDasharray={
                      EDGE_LINES[k] === 'dashed' ? '6 4' : EDGE_LINES[k] === 'dotted' ? '0.5 4' : undefined
                    }
                  />
                </svg>
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
