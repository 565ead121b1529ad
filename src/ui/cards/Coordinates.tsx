import type { Point, Polygon } from 'geojson';

/** WGS84 position of a point (or a polygon's first vertex) to 5 decimals (~1 m). */
export function Coordinates(props: { geometry: Point | Polygon }) {
  const at = () => (props.geometry.type === 'Point' ? props.geometry.coordinates : props.geometry.coordinates[0]![0]!);
  return <span class="coords">{at()[1]!.toFixed(5)}°N, {at()[0]!.toFixed(5)}°E</span>;
}
