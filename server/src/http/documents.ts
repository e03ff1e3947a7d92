import express, { type RequestHandler } from 'express';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { MAX_DOCUMENT_LENGTH, MAX_DOCUMENT_MEGABYTES } from '../documents/input.js';

/**
 * Documents come in larger than any query: a PDF travels as base64 in `proposeFacts`' variables.
 * They get their own route, with a body limit that fits the largest document accepted; the route
 * serves `proposeFacts` and nothing else, so the API's own body limit keeps guarding every other
 * operation.
 */
export const DOCUMENTS_PATH = '/graphql/documents';

/** The largest document, plus room for the query, its title and its source details. */
export const DOCUMENT_BODY_LIMIT = MAX_DOCUMENT_LENGTH + 256 * 1024;

export const DOCUMENT_TOO_LARGE = `The document is larger than ${MAX_DOCUMENT_MEGABYTES} MB, the most one upload may be: split it and add the parts one by one, or paste its text.`;

/** The middleware chain of the documents route, ending in the GraphQL handler. */
export function documentUploads(graphql: RequestHandler): RequestHandler[] {
  return [express.json({ limit: DOCUMENT_BODY_LIMIT }), onlyProposeFacts, graphql];
}

const onlyProposeFacts: RequestHandler = (request, response, next) => {
  if (request.method === 'POST' && isProposeFacts(request.body)) {
    next();
    return;
  }
  response.status(400).json({
    errors: [
      {
        message: `${DOCUMENTS_PATH} takes one proposeFacts mutation and nothing else: send other operations to /graphql.`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
};

/** One operation, a mutation, whose only root field is proposeFacts. */
function isProposeFacts(body: unknown): boolean {
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
      (selection) => selection.kind === Kind.FIELD && ['proposeFacts', '__typename'].includes(selection.name.value),
    )
  );
}
