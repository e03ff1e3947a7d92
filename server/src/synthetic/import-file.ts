/**
 * A synthetic import file for measuring and testing bulk imports: `rows` clusters with ids
 * `prefix-N` in country XQ (the editing fixtures' test country), each citing the same list.
 */
export function syntheticClustersCsv(prefix: string, rows: number): string {
  const lines = ['id,name,countryCode,source_url,source_title,excerpt'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`${prefix}-${i},${prefix} cluster ${i},XQ,https://example.org/bulk,The bulk list,Listed.`);
  return `${lines.join('\n')}\n`;
}
