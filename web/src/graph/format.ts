/**
 * A count with thousands separators, as `toLocaleString('en')` writes an integer. Not through
 * Intl: a page's first number formatted by ICU costs 20–80 ms of main thread in Chromium (fresh
 * pages, load 9 on two cores), and the overview's labels and counts are formatted before its
 * first picture.
 */
export const formatCount = (value: number): string => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
