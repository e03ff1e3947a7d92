import type { EntityKind } from '../../gql/graphql';

/**
 * The editing forms as data, and the pure steps around them: a form's values from a stored entity,
 * the mutation input from the values, and the API's refusal (extensions.problems) as a message per
 * field. No React here, so the rules are tested on their own (forms.test.ts).
 */

export type EditableKind = 'Cluster' | 'Agreement' | 'Mission' | 'Partnership';
export const EDITABLE_KINDS: readonly EditableKind[] = ['Cluster', 'Agreement', 'Mission', 'Partnership'];

export interface Ref {
  id: string;
  name: string;
}

type FieldKind = 'text' | 'textarea' | 'lines' | 'select' | 'date' | 'number' | 'refs' | 'ref' | 'country';

export interface FieldSpec {
  /** The mutation input's field name. */
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** A select's values, in order. */
  options?: readonly string[];
  /** What the search box of a refs / ref field looks for. */
  search?: EntityKind[];
  hint?: string;
}

const DATE_HINT = 'As precise as the source: 2024, 2024-06 or 2024-06-30.';

export const FORMS: Record<EditableKind, readonly FieldSpec[]> = {
  Agreement: [
    { name: 'name', label: 'Title', kind: 'text', required: true },
    {
      name: 'agreementKind',
      label: 'Kind',
      kind: 'select',
      required: true,
      options: ['MOU', 'PARTNERSHIP_AGREEMENT', 'COOPERATION_AGREEMENT', 'COLLABORATION_AGREEMENT'],
    },
    {
      name: 'status',
      label: 'Status',
      kind: 'select',
      required: true,
      options: ['SIGNED', 'PLANNED', 'INITIATED', 'ENDED'],
    },
    { name: 'parties', label: 'Parties', kind: 'refs', required: true, search: ['CLUSTER'], hint: 'Two or more.' },
    { name: 'signedOn', label: 'Signed on', kind: 'date', hint: DATE_HINT },
    { name: 'endsOn', label: 'Ends on', kind: 'date', hint: DATE_HINT },
    { name: 'sectors', label: 'Sectors', kind: 'refs', search: ['SECTOR'] },
    { name: 'partnership', label: 'On behalf of partnership', kind: 'ref', search: ['PARTNERSHIP'] },
    { name: 'mission', label: 'Resulted from mission', kind: 'ref', search: ['MISSION'] },
    { name: 'summary', label: 'Summary', kind: 'textarea' },
  ],
  Mission: [
    { name: 'name', label: 'Title', kind: 'text', required: true },
    { name: 'status', label: 'Status', kind: 'select', required: true, options: ['PLANNED', 'DONE'] },
    { name: 'startsOn', label: 'Starts on', kind: 'date', hint: DATE_HINT },
    { name: 'endsOn', label: 'Ends on', kind: 'date', hint: DATE_HINT },
    { name: 'organisers', label: 'Organisers', kind: 'refs', search: ['CLUSTER', 'PARTNERSHIP'] },
    { name: 'participants', label: 'Participants', kind: 'refs', search: ['CLUSTER'] },
    { name: 'met', label: 'Clusters met', kind: 'refs', search: ['CLUSTER'] },
    { name: 'visited', label: 'Places visited', kind: 'refs', search: ['REGION'] },
    { name: 'sectors', label: 'Sectors', kind: 'refs', search: ['SECTOR'] },
    { name: 'smeCount', label: 'SMEs taking part', kind: 'number' },
    { name: 'summary', label: 'Summary', kind: 'textarea' },
  ],
  Partnership: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'acronym', label: 'Acronym', kind: 'text' },
    { name: 'programme', label: 'Programme', kind: 'text', hint: 'What funds it: ESCP-4i, COSME…' },
    { name: 'targets', label: 'Target countries', kind: 'refs', search: ['COUNTRY'] },
    { name: 'sectors', label: 'Sectors', kind: 'refs', search: ['SECTOR'] },
    { name: 'smeCount', label: 'SMEs reached', kind: 'number' },
    { name: 'partnerCount', label: 'Partners', kind: 'number' },
  ],
  Cluster: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'acronym', label: 'Acronym', kind: 'text' },
    { name: 'aliases', label: 'Other names', kind: 'lines', hint: 'One per line.' },
    {
      name: 'clusterKind',
      label: 'Kind',
      kind: 'select',
      options: ['CLUSTER', 'SUPERCLUSTER', 'ASSOCIATION', 'RESEARCH_CONSORTIUM', 'PUBLIC_BODY', 'NETWORK'],
    },
    { name: 'countryCode', label: 'Country', kind: 'country', required: true },
    { name: 'region', label: 'Region', kind: 'ref', search: ['REGION'], hint: 'A region of its country.' },
    { name: 'sectors', label: 'Sectors', kind: 'refs', search: ['SECTOR'] },
    { name: 'website', label: 'Website', kind: 'text', hint: 'An http:// or https:// URL.' },
    { name: 'foundedYear', label: 'Founded in', kind: 'number' },
    { name: 'memberCount', label: 'Members', kind: 'number' },
    { name: 'smeCount', label: 'SME members', kind: 'number' },
    { name: 'description', label: 'Description', kind: 'textarea' },
  ],
};

export type FieldValue = string | Ref[];
export type FormValues = Record<string, FieldValue>;

/** Where the cited facts come from: a stored source, or a new one, and the passage. */
export interface CitationValues {
  mode: 'existing' | 'new';
  source: Ref | null;
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
  excerpt: string;
}

export const EMPTY_CITATION: CitationValues = {
  mode: 'existing',
  source: null,
  title: '',
  publisher: '',
  publishedOn: '',
  url: '',
  excerpt: '',
};

const isRefField = (field: FieldSpec) => field.kind === 'refs' || field.kind === 'ref';

/** A stored entity's fields as the form holds them; an empty form without one. */
export function initialValues(kind: EditableKind, stored: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const field of FORMS[kind]) {
    const value = stored?.[field.name];
    if (isRefField(field)) {
      const refs = Array.isArray(value) ? value : value ? [value] : [];
      values[field.name] = refs.filter(isRef).map((ref) => ({ id: ref.id, name: ref.name }));
    } else if (field.kind === 'lines') values[field.name] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind === 'select')
      values[field.name] = typeof value === 'string' ? value : (field.options?.[0] ?? '');
    else values[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && 'id' in value && 'name' in value;
}

export interface BuiltInput {
  /** The mutation's input, when the form is complete enough to send. */
  input: Record<string, unknown> | null;
  /** What the browser can tell before asking the API (numbers, a source chosen). */
  problems: Record<string, string>;
}

/**
 * The mutation input. Creating, an empty field is left out; updating, an empty optional field is
 * sent as null (cleared) and every list replaces the stored one: what the form shows is what is kept.
 * Required text goes as typed, so the API's own message ("must not be blank") names it.
 */
export function toWriteInput(options: {
  kind: EditableKind;
  id: string | null;
  values: FormValues;
  citation: CitationValues;
}): BuiltInput {
  const { kind, id, values, citation } = options;
  const problems: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  const updating = id !== null;
  for (const field of FORMS[kind]) {
    const value = values[field.name];
    if (Array.isArray(value)) {
      const ids = value.map((ref) => ref.id);
      if (field.kind === 'ref') {
        if (ids[0]) input[field.name] = ids[0];
        else if (updating) input[field.name] = null;
      } else if (ids.length > 0 || updating || field.required) input[field.name] = ids;
      continue;
    }
    const text = (value ?? '').trim();
    if (field.kind === 'lines') {
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length > 0 || updating) input[field.name] = lines;
      continue;
    }
    if (text === '') {
      if (field.required) input[field.name] = text;
      else if (updating && field.kind !== 'select') input[field.name] = null;
      continue;
    }
    if (field.kind === 'number') {
      if (!/^-?\d+$/.test(text)) problems[field.name] = 'must be a whole number';
      else input[field.name] = Number(text);
      continue;
    }
    input[field.name] = text;
  }
  if (kind === 'Cluster' && id) input['id'] = id;
  const cited = toCitation(citation);
  if (cited.problem) problems['source'] = cited.problem;
  else input['citations'] = [cited.citation];
  return { input: Object.keys(problems).length > 0 ? null : input, problems };
}

/** The citation as the API takes it ({source: {id} | {new}, excerpt}), or why it cannot be sent yet. */
export function toCitation(citation: CitationValues): {
  citation?: { source: Record<string, unknown>; excerpt: string };
  problem?: string;
} {
  if (citation.mode === 'existing') {
    if (!citation.source) return { problem: 'choose the source of these facts, or add a new one' };
    return { citation: { source: { id: citation.source.id }, excerpt: citation.excerpt.trim() } };
  }
  const fresh: Record<string, unknown> = { title: citation.title.trim(), url: citation.url.trim() };
  if (citation.publisher.trim()) fresh['publisher'] = citation.publisher.trim();
  if (citation.publishedOn.trim()) fresh['publishedOn'] = citation.publishedOn.trim();
  return { citation: { source: { new: fresh }, excerpt: citation.excerpt.trim() } };
}

interface ErrorLike {
  message: string;
  graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: Error | undefined;
}

/** No answer came back, so the write may or may not be saved; the same write sent again is saved once (client.ts). */
const LOST_ANSWER = 'No answer from the server: this may have been saved. Save again: it will be saved once.';

/**
 * The API's refusal as messages per form field: `extensions.problems` names fields by their path
 * in the input (`citations.0.source.new.url`, `parties`); a citation's map to `source.url`,
 * `excerpt`. What names no field of the form goes under `form`.
 */
export function problemsFrom(error: ErrorLike, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const graphQLErrors = error.graphQLErrors ?? [];
  for (const graphQLError of graphQLErrors) {
    const problems = graphQLError.extensions?.['problems'];
    if (!Array.isArray(problems) || problems.length === 0) {
      out['form'] = out['form'] ? `${out['form']} ${graphQLError.message}` : graphQLError.message;
      continue;
    }
    for (const problem of problems as { field?: unknown; message?: unknown }[]) {
      const field = fieldOf(String(problem.field ?? ''));
      const key = fields.includes(field) ? field : 'form';
      const message = key === 'form' ? `${problem.field}: ${String(problem.message)}` : String(problem.message);
      out[key] = out[key] ? `${out[key]}; ${message}` : message;
    }
  }
  if (graphQLErrors.length === 0)
    out['form'] = error.networkError ? LOST_ANSWER : error.message.replace(/^\[\w+\]\s*/, '');
  return out;
}

/** `citations.0.source.new.title` → `source.title`; `citations.0.excerpt` → `excerpt`; `parties.1` → `parties`. */
export function fieldOf(path: string): string {
  const cited = path.replace(/^citations\.\d+\./, '').replace(/^citations$/, 'source');
  if (cited.startsWith('source.new.')) return `source.${cited.slice('source.new.'.length)}`;
  if (cited.startsWith('source')) return 'source';
  return cited.split('.')[0] ?? cited;
}

/** The fields a form's messages can be shown beside: its own, and the citation's. */
export function formFields(kind: EditableKind | null): string[] {
  return [
    ...(kind ? FORMS[kind].map((field) => field.name) : []),
    'source',
    'source.title',
    'source.url',
    'source.publisher',
    'source.publishedOn',
    'excerpt',
  ];
}

/** A value of an enum as a person reads it: COOPERATION_AGREEMENT → cooperation agreement. */
export function humaniseValue(value: string): string {
  return value === 'MOU' ? 'MoU' : value.toLowerCase().replace(/_/g, ' ');
}
