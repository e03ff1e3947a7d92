import express, { type RequestHandler } from 'express';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { MAX_DOCUMENT_LENGTH, MAX_DOCUMENT_MEGABYTES } from '../documents/input.js';

/**
 * Uploads come in larger than any query: a PDF travels as base64 in `proposeFacts`' variables, an
 * import file as text in `checkImport`'s. Each kind gets its own route, with a body limit that fits
 * the largest file accepted; a route serves its own mutations and nothing else, so the API's own
 * body limit keeps guarding every other operation.
 */
export interface UploadRoute {
  path: string;
  /** The only root fields an operation sent here may select. */
  fields: readonly string[];
  /** The largest body, in bytes. */
  limit: number;
  /** What a body over the limit is told. */
  tooLarge: string;
}

/** The largest import file, in megabytes (a 100,000-row CSV is about 15 MB). */
export const MAX_IMPORT_MEGABYTES = 32;

export const DOCUMENT_UPLOADS: UploadRoute = {
  path: '/graphql/documents',
  fields: ['proposeFacts'],
  // The largest document, plus room for the query, its title and its source details.
  limit: MAX_DOCUMENT_LENGTH + 256 * 1024,
  tooLarge: `The document is larger than ${MAX_DOCUMENT_MEGABYTES} MB, the most one upload may be: split it and add the parts one by one, or paste its text.`,
};

export const IMPORT_UPLOADS: UploadRoute = {
  path: '/graphql/imports',
  fields: ['checkImport', 'applyImport'],
  limit: MAX_IMPORT_MEGABYTES * 1024 * 1024,
  tooLarge: `The import file is larger than ${MAX_IMPORT_MEGABYTES} MB, the most one upload may be: split it into several files, or use \`npm run import\` on the server.`,
};

export const UPLOAD_ROUTES = [DOCUMENT_UPLOADS, IMPORT_UPLOADS] as const;

/** The middleware chain of an upload route, ending in the GraphQL handler. */
export function uploads(route: UploadRoute, graphql: RequestHandler): RequestHandler[] {
  const onlyItsFields: RequestHandler = (request, response, next) => {
    if (request.method === 'POST' && selectsOnly(request.body, route.fields)) {
      next();
      return;
    }
    response.status(400).json({
      errors: [
        {
          message: `${route.path} takes one ${route.fields.join(' or ')} mutation and nothing else: send other operations to /graphql.`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  };
  return [express.json({ limit: route.limit }), onlyItsFields, graphql];
}

/** One operation, a mutation, whose root fields are among these. */
function selectsOnly(body: unknown, fields: readonly string[]): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.length > 10_000) return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 2000 });
  } catch {
    return false;
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  return (
    operations.length === 1 &&
    operation?.operation === 'mutation' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && [...fields, '__typename'].includes(selection.name.value),
    )
  );
}
