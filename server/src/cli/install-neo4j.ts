import { ensureLauncherBuilt } from '../db/embedded-build.js';
import { checkJava } from '../db/embedded.js';
import { createLogger } from '../logger.js';

/** `npm run neo4j:install`: resolves Neo4j's jars and builds the launcher ahead of the first start. */
await checkJava();
await ensureLauncherBuilt(createLogger('info'));
