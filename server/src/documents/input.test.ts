import { describe, expect, it } from 'vitest';
import { newsPage, pdfWithLines } from './fixtures.js';
import { documentText } from './input.js';

describe('documentText', () => {
  it('keeps pasted text as it is, line breaks normalised', async () => {
    expect(await documentText({ format: 'TEXT', content: 'One.\r\nTwo.' })).toBe('One.\nTwo.');
  });

  it('reads the main text of an HTML page, one line per paragraph, without menus or footers', async () => {
    const html = newsPage('Aéro Montréal and Lumen Valley sign an MoU', [
      'MONTREAL, March 3, 2026 - Aéro Montréal and Lumen Valley (Lyon, France) signed a memorandum of understanding.',
      'The MoU will run until 2029.',
    ]);
    const text = await documentText({ format: 'HTML', content: html });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Aéro Montréal and Lumen Valley sign an MoU');
    expect(lines).toContain(
      'MONTREAL, March 3, 2026 - Aéro Montréal and Lumen Valley (Lyon, France) signed a memorandum of understanding.',
    );
    expect(lines).toContain('The MoU will run until 2029.');
    expect(text).not.toMatch(/Privacy|Contact|Home/);
  });

  it('reads the text layer of a PDF, one line per line', async () => {
    const pdf = pdfWithLines(['Skywin and Lumen Valley (France) signed an MoU in June 2024.', 'Second line.']);
    expect(await documentText({ format: 'PDF', content: pdf })).toBe(
      'Skywin and Lumen Valley (France) signed an MoU in June 2024.\nSecond line.',
    );
  });

  it('says what is wrong with a file that is not a PDF, or has no text', async () => {
    await expect(documentText({ format: 'PDF', content: Buffer.from('hello').toString('base64') })).rejects.toThrow(
      /not a PDF/,
    );
    await expect(documentText({ format: 'TEXT', content: '  \n ' })).rejects.toThrow(/no text/);
  });
});
