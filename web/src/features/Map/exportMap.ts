import { download } from '../../download';
import { MAP_HEIGHT, MAP_WIDTH } from '../../graph/geo';

/** The map as drawn, a standalone SVG document (it carries its own presentation attributes). */
export function mapSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(MAP_WIDTH));
  copy.setAttribute('height', String(MAP_HEIGHT));
  copy.removeAttribute('tabindex');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function exportMapSvg(svg: SVGSVGElement): void {
  download(mapSvgText(svg), 'cluster-atlas-map.svg', 'image/svg+xml');
}

/** The SVG drawn onto a canvas at twice its size, saved as PNG; a failed draw rejects. */
export async function exportMapPng(svg: SVGSVGElement): Promise<void> {
  const url = URL.createObjectURL(new Blob([mapSvgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = MAP_WIDTH * 2;
    canvas.height = MAP_HEIGHT * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the map onto a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The map could not be turned into a PNG.');
    download(blob, 'cluster-atlas-map.png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
