import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { badInput } from '../errors.js';

/**
 * A document as the extractor reads it: plain text. Pasted text and .txt are taken as they are;
 * HTML is reduced to its main text (Firefox's Reader View algorithm, so menus, cookie banners and
 * footers drop out) with one line per block; a PDF gives its text layer (pdfjs-dist), one line per
 * line of the page. The text returned is what the review shows and what every offset points into.
 */

export const DOCUMENT_FORMATS = ['TEXT', 'HTML', 'PDF'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The largest file a document may be: reports run to a few megabytes, 16 MB leaves room. */
export const MAX_DOCUMENT_MEGABYTES = 16;
/** The largest document accepted, in characters of content: a 16 MB file as base64 (4 characters per 3 bytes). */
export const MAX_DOCUMENT_LENGTH = Math.ceil((MAX_DOCUMENT_MEGABYTES * 1024 * 1024) / 3) * 4;

export async function documentText(options: { format: DocumentFormat; content: string }): Promise<string> {
  const { format, content } = options;
  if (content.length > MAX_DOCUMENT_LENGTH) {
    throw badInput(
      `The document is larger than ${MAX_DOCUMENT_MEGABYTES} MB; split it and add the parts one by one, or paste its text.`,
    );
  }
  const text = format === 'HTML' ? htmlText(content) : format === 'PDF' ? await pdfText(content) : content;
  const tidy = text.replace(/\r\n?/g, '\n');
  if (tidy.trim().length === 0) {
    throw badInput(
      format === 'PDF'
        ? 'The PDF has no text layer (a scan?); run it through OCR first, or paste its text.'
        : 'The document has no text to read.',
    );
  }
  return tidy;
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** The little of the DOM the walk reads (the server compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes: ArrayLike<DomNode>;
}

/** The main text of an HTML page, one line per block element. */
export function htmlText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as never, { charThreshold: 100 }).parse();
  const root = article?.content
    ? parseHTML(`<html><body>${article.content}</body></html>`).document.body
    : document.body;
  const title = article?.title?.trim();
  const lines: string[] = [];
  let line = '';
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text.length > 0) lines.push(text);
    line = '';
  };
  if (root) walk(root as unknown as DomNode);
  flush();
  if (title && lines[0] !== title) lines.unshift(title);
  return lines.join('\n');
}

/** The text layer of a PDF given as base64, pages separated by a blank line. */
export async function pdfText(base64: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = Uint8Array.from(Buffer.from(base64, 'base64'));
  if (!Buffer.from(data.subarray(0, 5)).toString('latin1').startsWith('%PDF-')) {
    throw badInput('This is not a PDF file (it does not start with %PDF-).');
  }
  const pdf = await getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}
