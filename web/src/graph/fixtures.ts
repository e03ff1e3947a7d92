import type { CountryInfo, GraphData, SectorInfo } from './types';

// A small network in the seed's shape, for the pure-code tests.
export const COUNTRIES: CountryInfo[] = [
  { code: 'FR', name: 'France', eu: true },
  { code: 'BE', name: 'Belgium', eu: true },
  { code: 'CA', name: 'Canada', eu: false },
];

export const SECTORS: SectorInfo[] = [
  { id: 'aerospace', name: 'Aerospace', parent: null },
  { id: 'drones', name: 'Drones', parent: { id: 'aerospace' } },
  { id: 'health', name: 'Health', parent: null },
];

export const NETWORK: GraphData = {
  nodes: [
    {
      id: 'skywin',
      label: 'Skywin',
      country: 'BE',
      sectors: ['aerospace'],
      degree: 1,
    },
    {
      id: 'aero-montreal',
      label: 'Aéro Montréal',
      country: 'CA',
      sectors: ['aerospace'],
      degree: 3,
    },
    {
      id: 'aerospace-valley',
      label: 'Aerospace Valley',
      country: 'FR',
      sectors: ['drones'],
      degree: 2,
    },
    {
      id: 'medteq',
      label: 'MEDTEQ',
      country: 'CA',
      sectors: ['health'],
      degree: 1,
    },
    {
      id: 'biovalley-france',
      label: 'BioValley France',
      country: 'FR',
      sectors: ['health'],
      degree: 2,
    },
  ],
  edges: [
    {
      id: 'e1',
      source: 'skywin',
      target: 'aero-montreal',
      kind: 'AGREEMENT',
      via: ['mou-1'],
      years: [2013],
      weight: 1,
    },
    {
      id: 'e2',
      source: 'aero-montreal',
      target: 'aerospace-valley',
      kind: 'AGREEMENT',
      via: ['mou-2'],
      years: [],
      weight: 1,
    },
    {
      id: 'e3',
      source: 'aero-montreal',
      target: 'aerospace-valley',
      kind: 'MISSION',
      via: ['m-1'],
      years: [2018],
      weight: 2,
    },
    {
      id: 'e4',
      source: 'medteq',
      target: 'biovalley-france',
      kind: 'PARTNERSHIP',
      via: ['p-1'],
      years: [],
      weight: 1,
    },
  ],
};
