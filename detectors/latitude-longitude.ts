import { defineDetector } from '../src/define.js';

// Latitude −90…90 and longitude −180…180 in decimal degrees, each with at least 3 decimal places
// (about 100 m), so that pairs of prices or ratios ("1.25, 3.50") do not qualify.
const LAT = '[-+]?(?:90\\.0{3,10}|[1-8]?\\d\\.\\d{3,10})';
const LON = '[-+]?(?:180\\.0{3,10}|(?:1[0-7]\\d|[1-9]?\\d)\\.\\d{3,10})';

export default defineDetector({
  id: 'latitude-longitude',
  type: 'LATITUDE_LONGITUDE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'medium'],
  description: 'GPS coordinates: a latitude,longitude pair in decimal degrees, with its keyword',
  validation: 'latitude within ±90, longitude within ±180, ≥ 3 decimal places each, not 0,0',
  pattern: new RegExp(`(?<![\\w.+-])${LAT}°?[ \\t]?,[ \\t]?${LON}°?(?![\\w]|\\.\\d)`, 'g'),
  maxLength: 48,
  keywords: {
    words: [
      'coordinate', 'coordinates', 'lat long', 'latitude longitude', 'position', 'latitude', 'longitude', 'lat/long',
      'lat/lng', 'lat lng', 'latlng', 'latlon', 'lat lon', 'gps', 'geolocation', 'geo', 'location',
    ],
    required: true,
  },
  validate: (value) => {
    const [lat, lon] = value.replace(/[°\s]/g, '').split(',').map(Number) as [number, number];
    return !(lat === 0 && lon === 0);
  },
  examples: {
    keyword: 'coordinates',
    match: ['41.948614,-87.655311', '-33.8688, 151.2093', '51.5007°, -0.1246°', '+48.858370,+2.294481'],
    noMatch: [
      'coordinates 91.000000,10.000000', // latitude out of range
      'coordinates 41.948614,-187.655311', // longitude out of range
      'position 1.25, 3.50', // too few decimals: not a GPS fix
      'coordinates 0.000000,0.000000', // null island
      'prices 41.948614,-87.655311', // no keyword
      'coordinates 41.948614,-87.655311.5', // longer number
    ],
  },
});
