/** "3 clusters, 1 agreement": what a document contributes, in words. */
const NOUNS: Readonly<Record<string, [string, string]>> = {
  Cluster: ['cluster', 'clusters'],
  Agreement: ['agreement', 'agreements'],
  Mission: ['mission', 'missions'],
  Partnership: ['partnership', 'partnerships'],
  Event: ['event', 'events'],
  Country: ['country', 'countries'],
  Region: ['place', 'places'],
  Sector: ['sector', 'sectors'],
};

export function contributionText(counts: readonly { label: string; count: number }[]): string {
  const order = Object.keys(NOUNS);
  return [...counts]
    .sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label))
    .map(({ label, count }) => {
      const [one, many] = NOUNS[label] ?? [label.toLowerCase(), label.toLowerCase()];
      return `${count} ${count === 1 ? one : many}`;
    })
    .join(', ');
}
