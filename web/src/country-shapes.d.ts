// The build's projected countries (country-shapes.plugin.ts).
declare module 'virtual:country-shapes' {
  import type { CountryShape } from './graph/worldShapes';
  const shapes: readonly CountryShape[];
  export default shapes;
}
