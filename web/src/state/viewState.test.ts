import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './viewState';

describe('URL view state', () => {
  it('is empty for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'path',
      filters: {
        countries: ['CA', 'FR'],
        sectors: ['aerospace', 'health'],
        tieKinds: ['AGREEMENT', 'MISSION'],
        fromYear: 2010,
        toYear: 2020,
        includePlanned: true,
      },
      colourBy: 'sector',
      sizeBy: 'betweenness',
      layout: 'concentric',
      group: 'sector',
      selected: 'aero-montreal',
      expanded: ['skywin', 'medteq'],
      expandDepth: 2,
      hidden: ['x'],
      focus: 'skywin',
      pathFrom: 'skywin',
      pathTo: 'aerospace-valley',
      gapLeft: { eu: true, countries: ['NO'] },
      gapRight: { eu: false, countries: ['CA', 'US'] },
      gapSectors: ['aerospace'],
      gapPair: { left: 'skywin', right: 'aero-montreal', sector: 'space' },
      gapPlanned: true,
      gapDecision: 'DISMISSED',
      showUndated: true,
      showUntied: true,
      source: 'src-eccp-canada-discussion-paper',
      review: 'review-1',
      map: { zoom: 2.5, lon: -30.25, lat: 50 },
    };
    const search = serializeViewState(state);
    expect(search).toContain('map=2.5,-30.25,50');
    expect(search).toContain('country=CA,FR');
    expect(search).toContain('left=EU,NO');
    expect(search).toContain('pair=skywin,aero-montreal,space');
    expect(parseViewState(search)).toEqual(state);
    expect(serializeViewState(parseViewState(search))).toBe(search);
  });
  it('round-trips ids that need escaping', () => {
    const state = { ...DEFAULT_VIEW_STATE, selected: 'a&b=c d' };
    expect(parseViewState(serializeViewState(state)).selected).toBe('a&b=c d');
  });
  it('drops what it cannot trust', () => {
    const s = parseViewState('?tie=AGREEMENT,bogus&from=20x0&to=2019&colour=rainbow&layout=nope&country=fr');
    expect(s.filters.tieKinds).toEqual(['AGREEMENT']);
    expect(s.filters.fromYear).toBeNull();
    expect(s.filters.toYear).toBe(2019);
    expect(s.colourBy).toBe('country');
    expect(s.layout).toBe('fcose');
    expect(s.filters.countries).toEqual(['FR']);
  });
});

describe('URL state of the gaps view', () => {
  it('leaves the default sides out (left = EU, right = Canada)', () => {
    const s = parseViewState('?view=gaps');
    expect(s.gapLeft).toEqual({ eu: true, countries: [] });
    expect(s.gapRight).toEqual({ eu: false, countries: ['CA'] });
    expect(serializeViewState(s)).toBe('?view=gaps');
  });
  it('round-trips sides, sectors and the chosen pair', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'gaps',
      gapLeft: { eu: false, countries: ['FR', 'DE'] },
      gapRight: { eu: true, countries: [] },
      gapSectors: ['health', 'ict'],
      gapPair: { left: 'a&b', right: 'c d', sector: 'x=y' },
    };
    const search = serializeViewState(state);
    expect(parseViewState(search)).toEqual(state);
    expect(serializeViewState(parseViewState(search))).toBe(search);
  });
  it('keeps an emptied side empty instead of falling back to the default', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      gapRight: { eu: false, countries: [] },
    };
    const search = serializeViewState(state);
    expect(search).toBe('?right=none');
    expect(parseViewState(search).gapRight).toEqual({
      eu: false,
      countries: [],
    });
  });
  it('drops malformed sides and pairs', () => {
    const s = parseViewState('?left=eu,fr,France,<b>,fr&right=ca&pair=only,two');
    expect(s.gapLeft).toEqual({ eu: true, countries: ['FR'] });
    expect(s.gapRight).toEqual({ eu: false, countries: ['CA'] });
    expect(s.gapPair).toBeNull();
    expect(parseViewState('?pair=a,,c').gapPair).toBeNull();
  });
  it('drops a map view out of range or incomplete', () => {
    expect(parseViewState('?map=0.5,10,10').map).toBeNull();
    expect(parseViewState('?map=2,200,10').map).toBeNull();
    expect(parseViewState('?map=2,10').map).toBeNull();
    expect(parseViewState('?map=4,-73.5,45.5').map).toEqual({ zoom: 4, lon: -73.5, lat: 45.5 });
  });
});
