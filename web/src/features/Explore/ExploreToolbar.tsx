import type { RefObject } from 'react';
import type { GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { ViewControls } from '../../components/GraphCanvas/ViewControls';
import { LAYOUTS, type LayoutName } from '../../graph/layout';
import type { ColourBy, SizeBy } from '../../graph/types';

const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = { fcose: 'Force', concentric: 'Concentric', grid: 'Grid' };

export interface ExploreToolbarProps {
  canvas: RefObject<GraphCanvasHandle | null>;
  layout: LayoutName;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  onSizeBy: (sizeBy: SizeBy) => void;
  onLayout: (layout: LayoutName) => void;
  onColourBy: (colourBy: ColourBy) => void;
  onReset: () => void;
  /** The export buttons. */
  exports: React.ReactNode;
}

/** The canvas toolbar of Explore: view controls, layout, colours, reset and the exports. */
export function ExploreToolbar(props: ExploreToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <ViewControls canvas={props.canvas} />
      <label>
        <select
          aria-label="Layout"
          title="Layout"
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <select
          aria-label="Colour by"
          title="Colour by"
          value={props.colourBy}
          data-testid="colour-by"
          onChange={(e) => props.onColourBy(e.target.value as ColourBy)}
        >
          <option value="country">By country</option>
          <option value="sector">By sector</option>
          <option value="community">By community</option>
        </select>
      </label>
      <label>
        <select
          aria-label="Size by"
          title="Size by"
          value={props.sizeBy}
          data-testid="size-by"
          onChange={(e) => props.onSizeBy(e.target.value as SizeBy)}
        >
          <option value="degree">Size by partners</option>
          <option value="betweenness">Size by brokerage</option>
        </select>
      </label>
      <span className="spacer" />
      <button type="button" onClick={props.onReset} data-testid="reset-button">
        Reset
      </button>
      <span className="group" role="group" aria-label="Export">
        {props.exports}
      </span>
    </div>
  );
}
