import { graphql } from '../../gql';

export const ImportProblemFieldsFragment = graphql(`
  fragment ImportProblemFields on ImportProblem {
    file
    line
    column
    message
    row
  }
`);

export const ImportReportFieldsFragment = graphql(`
  fragment ImportReportFields on ImportReport {
    rows
    createdCount
    updatedCount
    unchangedCount
    created
    updated
    rejectedCount
    duplicatesCount
    rejected(first: 20) {
      ...ImportProblemFields
    }
    duplicates(first: 20) {
      line
      name
      matches
    }
    newSources
  }
`);

export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    fileName
    kind
    status
    done
    total
    error
    check {
      ...ImportReportFields
    }
    result {
      ...ImportReportFields
    }
  }
`);

export const CheckImportMutation = graphql(`
  mutation CheckImport($file: ImportFileInput!) {
    checkImport(file: $file) {
      ...ImportJobFields
    }
  }
`);

export const ApplyImportMutation = graphql(`
  mutation ApplyImport($id: ID!) {
    applyImport(id: $id) {
      ...ImportJobFields
    }
  }
`);

/** A page of an import's rejected rows, to save them all (the diff shows the first few). */
export const ImportRejectedQuery = graphql(`
  query ImportRejected($id: ID!, $first: Int!, $offset: Int!) {
    importJob(id: $id) {
      id
      check {
        rejected(first: $first, offset: $offset) {
          ...ImportProblemFields
        }
      }
      result {
        rejected(first: $first, offset: $offset) {
          ...ImportProblemFields
        }
      }
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);
