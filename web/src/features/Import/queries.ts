import { graphql } from '../../gql';

export const ImportReportFieldsFragment = graphql(`
  fragment ImportReportFields on ImportReport {
    rows
    createdCount
    updatedCount
    unchangedCount
    created
    updated
    rejected {
      file
      line
      column
      message
      row
    }
    duplicates {
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

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);
