import { applySchema } from '../db/migrations.js';
import { AtlasError } from '../errors.js';
import { addEditor, listEditors, revokeEditor } from '../graph/editors/repo.js';
import { connectForCli } from './connect.js';

/**
 * `npm run editor:add -- NAME` (prints the new token once), `npm run editor:list`,
 * `npm run editor:revoke -- NAME`. Only an scrypt hash of a token is stored, in the graph.
 */
const [command, ...rest] = process.argv.slice(2);
const name = rest.join(' ').trim();
const usage = 'Usage: npm run editor:add -- NAME | npm run editor:list | npm run editor:revoke -- NAME\n';

if (!['add', 'list', 'revoke'].includes(command ?? '') || (command !== 'list' && !name)) {
  process.stderr.write(usage);
  process.exit(2);
}

const { database } = await connectForCli();
try {
  // The editors' constraints come with the schema: make sure they hold before the first editor.
  await applySchema(database.executor);
  if (command === 'add') {
    const { token } = await addEditor(database.executor, name);
    process.stdout.write(
      `Editor "${name}" added. Their token (shown once, keep it secret):\n\n  ${token}\n\n` +
        'They send it as "Authorization: Bearer <token>", or paste it into "Sign in" in the web app.\n',
    );
  } else if (command === 'list') {
    const editors = await listEditors(database.executor);
    if (editors.length === 0) process.stdout.write('No named editors yet: npm run editor:add -- NAME\n');
    for (const editor of editors) {
      const state = editor.revokedAt ? `revoked ${editor.revokedAt}` : 'active';
      process.stdout.write(`${editor.name}\tadded ${editor.createdAt}\t${state}\n`);
    }
  } else if (await revokeEditor(database.executor, name)) {
    process.stdout.write(`Editor "${name}" revoked: their token no longer writes. Their changes keep their name.\n`);
  } else {
    process.stderr.write(`No editor is named "${name}" (npm run editor:list shows them).\n`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof AtlasError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
