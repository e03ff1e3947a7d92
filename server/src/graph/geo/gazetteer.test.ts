import { describe, expect, it } from 'vitest';
import { Gazetteer, indexCities, normalisePlaceName } from './gazetteer.js';

const places = new Gazetteer(
  indexCities(
    [
      { name: 'Montréal', lat: '45.50884', lng: '-73.58781', country: 'CA', admin1: '10' },
      { name: 'Ithaca', lat: '43.2917', lng: '-84.6075', country: 'US', admin1: 'MI' },
      { name: 'Ithaca', lat: '42.44063', lng: '-76.49661', country: 'US', admin1: 'NY' },
      { name: 'Québec', lat: '46.81228', lng: '-71.21454', country: 'CA', admin1: '10' },
    ],
    [
      { code: 'CA.10', name: 'Quebec' },
      { code: 'US.MI', name: 'Michigan' },
      { code: 'US.NY', name: 'New York' },
    ],
  ),
);
const city = (name: string, aliases: string[] = []) => ({ name, kind: 'CITY', aliases });

describe('the gazetteer', () => {
  it('reads names without accents, case or punctuation', () => {
    expect(normalisePlaceName('Montréal')).toBe('montreal');
    expect(normalisePlaceName('Saint-Hyacinthe')).toBe('saint hyacinthe');
  });

  it('places a city of the graph at its gazetteer point, whatever its accents', () => {
    const placed = places.place({ country: 'CA', region: city('Montreal'), within: [] });
    expect(placed.point).toMatchObject({ name: 'Montréal', lat: 45.50884, lon: -73.58781, admin: 'Quebec' });
  });

  it('tells same-named cities apart by the region the graph puts them in, and otherwise places neither', () => {
    expect(places.place({ country: 'US', region: city('Ithaca'), within: ['New York'] }).point?.lat).toBe(42.44063);
    expect(places.place({ country: 'US', region: city('Ithaca'), within: [] })).toEqual({
      point: null,
      reason: 'The gazetteer has 2 places named Ithaca in US.',
    });
  });

  it('gives no point for an area, even one named like a city, nor for a cluster known by its country only', () => {
    expect(
      places.place({ country: 'CA', region: { name: 'Québec', kind: 'PROVINCE', aliases: [] }, within: [] }).point,
    ).toBeNull();
    expect(places.place({ country: 'CA', region: null, within: [] })).toEqual({
      point: null,
      reason: 'Only its country is known.',
    });
  });

  it('does not look for a city in another country', () => {
    expect(places.place({ country: 'FR', region: city('Montréal'), within: [] }).point).toBeNull();
  });
});
