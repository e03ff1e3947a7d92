// cytoscape-svg ships no typings: the extension, and the method it adds to a Cytoscape instance.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
