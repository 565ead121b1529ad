/**
 * npm run basemap:osm -- <extract.osm.pbf> [--out public/basemap/osm] [--maxzoom 14]
 *
 * Builds the offline street basemap of the Songjiang region from an OpenStreetMap extract (see build.ts).
 */
import { main } from './build.ts';

process.exitCode = main(process.argv.slice(2));
